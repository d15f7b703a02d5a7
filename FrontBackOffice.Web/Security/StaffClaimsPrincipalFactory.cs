using System.Security.Claims;
using FrontBackOffice.Domain.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FrontBackOffice.Web.Security;

/// <summary>Adds the user's office and display name to the principal at sign-in.</summary>
public sealed class StaffClaimsPrincipalFactory(
    UserManager<StaffUser> userManager, RoleManager<IdentityRole> roleManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole>(userManager, roleManager, options)
{
    public const string DisplayNameClaim = "display_name";

    /// <summary>Present while the account's password is a temporary one.</summary>
    public const string MustChangePasswordClaim = "must_change_password";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(MustChangePasswordClaim, "true"));
        }
        var roles = identity.FindAll(Options.ClaimsIdentity.RoleClaimType).Select(c => c.Value);
        if (StaffRoles.OfficeOf(roles) is { } office)
        {
            identity.AddClaim(new Claim(OfficeClaim.Type, OfficeClaim.ValueOf(office)));
        }
        return identity;
    }
}
