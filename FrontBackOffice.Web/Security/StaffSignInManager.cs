using FrontBackOffice.Domain.Audit;
using FrontBackOffice.Web.Shared.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FrontBackOffice.Web.Security;

/// <summary>Refuses sign-in to disabled accounts, and writes every sign-in, failure and lockout to the audit log.</summary>
public sealed class StaffSignInManager(
    UserManager<StaffUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<StaffUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<StaffUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<StaffUser> confirmation,
    AuditTrail audit,
    TimeProvider clock)
    : SignInManager<StaffUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(StaffUser user) =>
        user.DisabledAt is null && await base.CanSignInAsync(user);

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        var result = await base.PasswordSignInAsync(userName, password, isPersistent, lockoutOnFailure);
        var remote = Context.Connection.RemoteIpAddress?.ToString();
        if (result.Succeeded && user is not null)
        {
            user.LastSignInAt = clock.GetUtcNow().UtcDateTime;
            await UserManager.UpdateAsync(user);
            await audit.RecordAsync(AuditKind.SignIn, user.DisplayName, user.Id, "Signed in.", user.Email, remote);
        }
        else if (result.IsLockedOut)
        {
            await audit.RecordAsync(AuditKind.Lockout, user?.DisplayName ?? userName, user?.Id, "Sign-in refused: the account is locked out.", userName, remote);
        }
        else
        {
            await audit.RecordAsync(AuditKind.SignInFailed, user?.DisplayName ?? userName, user?.Id,
                result.IsNotAllowed ? "Sign-in refused: the account is disabled." : "Sign-in failed: wrong e-mail or password.", userName, remote);
        }
        return result;
    }
}
