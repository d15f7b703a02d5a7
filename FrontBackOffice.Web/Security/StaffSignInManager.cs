using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Audit;
using FrontBackOffice.Web.Localization;
using FrontBackOffice.Web.Shared.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FrontBackOffice.Web.Security;

/// <summary>
/// Signs staff in with their e-mail and password. Until the password is right, an unknown e-mail, a locked account and
/// a disabled one look alike: the same password check runs (against a stand-in hash when there is no account), the
/// same failure comes back and the same kind of audit line is written, so a stranger learns nothing of which e-mails
/// have accounts. With the right password, a locked or disabled account says so. Every sign-in, failure and lockout
/// is written to the audit log.
/// </summary>
public sealed class StaffSignInManager(
    UserManager<StaffUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<StaffUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<StaffUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<StaffUser> confirmation,
    IPasswordHasher<StaffUser> passwordHasher,
    AuditTrail audit,
    TimeProvider clock)
    : SignInManager<StaffUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    private static readonly StaffUser Nobody = new() { DisplayName = "", UserName = "" };

    /// <summary>
    /// The hash an unknown e-mail's password is checked against: checking it costs what a real check costs. Made once
    /// per process (this manager lives for one request), so an unknown e-mail does not pay for making it too.
    /// </summary>
    private static string? standInHash;

    public override async Task<bool> CanSignInAsync(StaffUser user) =>
        user.DisabledAt is null && await base.CanSignInAsync(user);

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        var remote = Context.Connection.RemoteIpAddress?.ToString();
        if (!await PasswordIsRightAsync(user, password))
        {
            if (user is not null && lockoutOnFailure && UserManager.SupportsUserLockout)
            {
                await UserManager.AccessFailedAsync(user);
            }
            await audit.RecordAsync(AuditKind.SignInFailed, user?.DisplayName ?? userName, user?.Id, UserMessage.Of("Sign-in failed: wrong e-mail or password."), userName, remote);
            return SignInResult.Failed;
        }
        if (await IsLockedOut(user!))
        {
            await audit.RecordAsync(AuditKind.Lockout, user!.DisplayName, user.Id, UserMessage.Of("Sign-in refused: the account is locked out."), user.Email, remote);
            return SignInResult.LockedOut;
        }
        if (!await CanSignInAsync(user!))
        {
            await audit.RecordAsync(AuditKind.SignInFailed, user!.DisplayName, user.Id, UserMessage.Of("Sign-in refused: the account is disabled."), user.Email, remote);
            return SignInResult.NotAllowed;
        }
        await UserManager.ResetAccessFailedCountAsync(user!);
        user!.LastSignInAt = clock.GetUtcNow().UtcDateTime;
        await UserManager.UpdateAsync(user);
        await SignInAsync(user, isPersistent);
        if (Languages.Supported(user.Language) is { } language)
        {
            Languages.Remember(Context.Response, language);
        }
        await audit.RecordAsync(AuditKind.SignIn, user.DisplayName, user.Id, UserMessage.Of("Signed in."), user.Email, remote);
        return SignInResult.Success;
    }

    private async Task<bool> PasswordIsRightAsync(StaffUser? user, string password)
    {
        if (user is null)
        {
            var standIn = LazyInitializer.EnsureInitialized(ref standInHash, () => passwordHasher.HashPassword(Nobody, Guid.NewGuid().ToString("N")));
            passwordHasher.VerifyHashedPassword(Nobody, standIn, password);
            return false;
        }
        return await UserManager.CheckPasswordAsync(user, password);
    }
}
