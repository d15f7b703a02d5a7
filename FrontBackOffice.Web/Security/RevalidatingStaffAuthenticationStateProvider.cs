using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Options;

namespace FrontBackOffice.Web.Security;

/// <summary>
/// Re-checks the signed-in account of every open circuit on a short interval, so that disabling,
/// locking or re-roling a user sends their open pages to sign-in within that interval.
/// </summary>
public sealed class RevalidatingStaffAuthenticationStateProvider(
    ILoggerFactory loggerFactory, IServiceScopeFactory scopeFactory, IOptions<SecurityOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => options.Value.SessionRevalidationInterval;

    /// <summary>The account changed while this browser was open (disabled, locked, re-roled): the sign-in page says so.</summary>
    public bool SessionEnded { get; private set; }

    protected override async Task<bool> ValidateAuthenticationStateAsync(
        AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var sessions = scope.ServiceProvider.GetRequiredService<StaffSessions>();
        var current = await sessions.CurrentActorAsync(authenticationState.User, cancellationToken) is not null;
        SessionEnded |= !current;
        return current;
    }
}
