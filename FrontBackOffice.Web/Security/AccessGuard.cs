using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Staff;
using System.Globalization;
using System.Security.Claims;
using FrontBackOffice.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontBackOffice.Web.Security;

/// <summary>The member of staff on whose behalf a service call runs.</summary>
public sealed record Actor(string UserId, string Name, IReadOnlyList<string> Roles)
{
    /// <summary>Whether their roles hold a policy of the table.</summary>
    public bool Holds(string policy) => Policies.Allows(policy, Roles);
}

/// <summary>The caller may not do what they asked; <see cref="Said"/> says why, in words the app translates.</summary>
public class AccessDeniedException : Exception
{
    public AccessDeniedException(string message) : this(UserMessage.Of(message)) { }

    public AccessDeniedException(UserMessageBuilder message) : this(message.ToMessage()) { }

    private AccessDeniedException(UserMessage said) : base(said.ToString(CultureInfo.InvariantCulture)) => Said = said;

    public UserMessage Said { get; }
}

/// <summary>The caller's account was disabled, locked or changed since they signed in.</summary>
public sealed class SessionEndedException()
    : AccessDeniedException("Your session has ended because your account was changed. Sign in again.");

/// <summary>
/// Every service method that reads or changes data starts here: the caller must hold the policy
/// and their account must still be what it was when they signed in (not disabled, locked or re-roled).
/// </summary>
public sealed class AccessGuard(
    AuthenticationStateProvider authenticationState,
    IAuthorizationService authorization,
    StaffSessions sessions)
{
    public Task<Actor> DemandAsync(string policy, CancellationToken cancellationToken = default) => DemandAnyAsync([policy], cancellationToken);

    /// <summary>The caller must hold one of the policies (the same act allowed in each office by a policy of its own).</summary>
    public async Task<Actor> DemandAnyAsync(IReadOnlyList<string> policies, CancellationToken cancellationToken = default)
    {
        var user = (await authenticationState.GetAuthenticationStateAsync()).User;
        if (!user.IsSignedIn())
        {
            throw new AccessDeniedException("Sign in to continue.");
        }
        foreach (var policy in policies)
        {
            if ((await authorization.AuthorizeAsync(user, policy)).Succeeded)
            {
                return await sessions.CurrentActorAsync(user, cancellationToken) ?? throw new SessionEndedException();
            }
        }
        throw new AccessDeniedException(
            $"You are not allowed to do this: it needs the role {StaffRoles.Named(policies.SelectMany(p => Policies.Table[p]).Distinct(), " or ")}.");
    }

    /// <summary>The caller's own live session, for what every member of staff may do for themselves (their preferences).</summary>
    public async Task<Actor> DemandSignedInAsync(CancellationToken cancellationToken = default)
    {
        var user = (await authenticationState.GetAuthenticationStateAsync()).User;
        if (!user.IsSignedIn())
        {
            throw new AccessDeniedException("Sign in to continue.");
        }
        return await sessions.CurrentActorAsync(user, cancellationToken) ?? throw new SessionEndedException();
    }

    public async Task<bool> AllowsAsync(string policy)
    {
        var user = (await authenticationState.GetAuthenticationStateAsync()).User;
        return user.IsSignedIn() && (await authorization.AuthorizeAsync(user, policy)).Succeeded;
    }
}

/// <summary>Checks a signed-in principal against the account as it is now in the database.</summary>
public sealed class StaffSessions(
    IDbContextFactory<AppDbContext> dbFactory, IOptions<IdentityOptions> identityOptions, TimeProvider clock)
{
    public async Task<Actor?> CurrentActorAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var userId = user.FindFirstValue(identityOptions.Value.ClaimsIdentity.UserIdClaimType);
        var stamp = user.FindFirstValue(identityOptions.Value.ClaimsIdentity.SecurityStampClaimType);
        if (userId is null || stamp is null)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        // A browser's sign-in lives as long as its session row: signing out or ending it ends the principal too.
        if (user.FindFirstValue(DatabaseTicketStore.SessionClaim) is { } session
            && !await db.SignInSessions.AnyAsync(s => s.Id == session && (s.ExpiresAt == null || s.ExpiresAt > now), cancellationToken))
        {
            return null;
        }
        var account = await db.Users
            .Where(u => u.Id == userId)
            .Select(u => new { u.DisplayName, u.SecurityStamp, u.LockoutEnd, u.DisabledAt, u.MustChangePassword })
            .SingleOrDefaultAsync(cancellationToken);

        var current = account is not null
            && account.DisabledAt is null
            && (account.LockoutEnd is null || account.LockoutEnd <= clock.GetUtcNow())
            && account.SecurityStamp == stamp
            && !account.MustChangePassword;
        return current ? new Actor(userId, account!.DisplayName, user.Roles().ToList()) : null;
    }
}
