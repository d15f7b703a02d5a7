using System.Security.Claims;
using System.Security.Cryptography;
using FrontBackOffice.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontBackOffice.Web.Security;

/// <summary>
/// A signed-in browser, kept in the app's database (shared by every node): the sign-in cookie holds only its key. Signing
/// out, disabling the person or ending their sessions deletes the row, and the cookie is worth nothing from then on.
/// </summary>
public sealed class SignInSession
{
    public const int UserAgentMaxLength = 300;
    public const int RemoteAddressMaxLength = 64;

    private SignInSession()
    {
    }

    public SignInSession(string id, string userId, byte[] ticket, DateTime createdAt, DateTime? expiresAt, string? remoteAddress, string? userAgent)
    {
        Id = id;
        UserId = userId;
        Ticket = ticket;
        CreatedAt = LastSeenAt = createdAt;
        ExpiresAt = expiresAt;
        RemoteAddress = remoteAddress is null ? null : Domain.Text.Bounded(remoteAddress, RemoteAddressMaxLength);
        UserAgent = userAgent is null ? null : Domain.Text.Bounded(userAgent, UserAgentMaxLength);
    }

    public string Id { get; private set; } = "";
    public string UserId { get; private set; } = "";
    public byte[] Ticket { get; private set; } = [];
    public DateTime CreatedAt { get; private set; }
    public DateTime LastSeenAt { get; private set; }
    public DateTime? ExpiresAt { get; private set; }
    public string? RemoteAddress { get; private set; }
    public string? UserAgent { get; private set; }

    public bool IsLiveAt(DateTime now) => ExpiresAt is null || ExpiresAt > now;

    public void Renew(byte[] ticket, DateTime? expiresAt, DateTime at)
    {
        Ticket = ticket;
        ExpiresAt = expiresAt;
        LastSeenAt = at;
    }
}

/// <summary>The cookie handler's store of sign-in tickets: the rows of <see cref="SignInSession"/>.</summary>
public sealed class DatabaseTicketStore(IDbContextFactory<AppDbContext> dbFactory, IHttpContextAccessor http, TimeProvider clock) : ITicketStore
{
    /// <summary>The claim that names the session a principal signed in with.</summary>
    public const string SessionClaim = "session_id";

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        Name(ticket, key);
        var userId = ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var now = clock.GetUtcNow().UtcDateTime;
        var request = http.HttpContext;
        await using var db = await dbFactory.CreateDbContextAsync();
        await db.SignInSessions.Where(s => s.UserId == userId && s.ExpiresAt != null && s.ExpiresAt < now).ExecuteDeleteAsync();
        db.SignInSessions.Add(new SignInSession(key, userId, TicketSerializer.Default.Serialize(ticket), now, ticket.Properties.ExpiresUtc?.UtcDateTime,
            request?.Connection.RemoteIpAddress?.ToString(), request?.Request.Headers.UserAgent.ToString()));
        await db.SaveChangesAsync();
        return key;
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var session = await db.SignInSessions.SingleOrDefaultAsync(s => s.Id == key);
        if (session is not null)
        {
            Name(ticket, key);
            session.Renew(TicketSerializer.Default.Serialize(ticket), ticket.Properties.ExpiresUtc?.UtcDateTime, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        }
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var session = await db.SignInSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == key);
        return session is not null && session.IsLiveAt(clock.GetUtcNow().UtcDateTime) ? TicketSerializer.Default.Deserialize(session.Ticket) : null;
    }

    public async Task RemoveAsync(string key)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await db.SignInSessions.Where(s => s.Id == key).ExecuteDeleteAsync();
    }

    /// <summary>Puts the session's key on the principal (a refreshed principal gets it again), so every check can find its session.</summary>
    private static void Name(AuthenticationTicket ticket, string key)
    {
        if (ticket.Principal.Identity is ClaimsIdentity identity && !identity.HasClaim(SessionClaim, key))
        {
            identity.AddClaim(new Claim(SessionClaim, key));
        }
    }
}

public sealed class SignInSessionConfiguration : IEntityTypeConfiguration<SignInSession>
{
    public void Configure(EntityTypeBuilder<SignInSession> session)
    {
        session.Property(s => s.Id).HasMaxLength(64);
        session.Property(s => s.UserId).HasMaxLength(450);
        session.Property(s => s.RemoteAddress).HasMaxLength(SignInSession.RemoteAddressMaxLength);
        session.Property(s => s.UserAgent).HasMaxLength(SignInSession.UserAgentMaxLength);
        session.HasOne<StaffUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        session.HasIndex(s => new { s.UserId, s.LastSeenAt });
    }
}
