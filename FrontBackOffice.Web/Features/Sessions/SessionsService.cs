using System.Security.Claims;
using FrontBackOffice.Domain;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Security;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Features.Sessions;

/// <summary>One browser where the person is signed in.</summary>
public sealed record SessionRow(string Id, DateTime SignedInAt, DateTime LastSeenAt, DateTime? ExpiresAt, string? RemoteAddress, string? UserAgent, bool IsThisBrowser);

/// <summary>Every member of staff sees the browsers they are signed in on, and may sign any of them out.</summary>
public sealed class SessionsService(IDbContextFactory<AppDbContext> dbFactory, AccessGuard guard, AuthenticationStateProvider authentication, TimeProvider clock)
{
    public async Task<IReadOnlyList<SessionRow>> MineAsync(CancellationToken cancellationToken = default)
    {
        var actor = await guard.DemandSignedInAsync(cancellationToken);
        var current = await CurrentSessionAsync();
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var sessions = await db.SignInSessions.AsNoTracking()
            .Where(s => s.UserId == actor.UserId && (s.ExpiresAt == null || s.ExpiresAt > now))
            .OrderByDescending(s => s.LastSeenAt)
            .Select(s => new SessionRow(s.Id, s.CreatedAt, s.LastSeenAt, s.ExpiresAt, s.RemoteAddress, s.UserAgent, false))
            .ToListAsync(cancellationToken);
        return sessions.Select(s => s with { IsThisBrowser = s.Id == current }).ToList();
    }

    /// <summary>Signs one of the person's own browsers out.</summary>
    public async Task EndAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        var actor = await guard.DemandSignedInAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.SignInSessions.Where(s => s.Id == sessionId && s.UserId == actor.UserId).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            throw new NotFoundException("That session has already ended.");
        }
    }

    private async Task<string?> CurrentSessionAsync() =>
        (await authentication.GetAuthenticationStateAsync()).User.FindFirstValue(DatabaseTicketStore.SessionClaim);
}
