using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FrontBackOffice.Web.Security;

/// <summary>
/// Every role assignment goes through here, so a user can never end up with roles of both offices.
/// </summary>
public sealed class StaffUserManager(
    IUserStore<StaffUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<StaffUser> passwordHasher,
    IEnumerable<IUserValidator<StaffUser>> userValidators,
    IEnumerable<IPasswordValidator<StaffUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<StaffUser>> logger)
    : UserManager<StaffUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public override Task<IdentityResult> AddToRoleAsync(StaffUser user, string role) => AddToRolesAsync(user, [role]);

    public override async Task<IdentityResult> AddToRolesAsync(StaffUser user, IEnumerable<string> roles)
    {
        var wanted = roles.ToList();
        var refusal = await RefuseMixedOfficesAsync(user, wanted);
        return refusal ?? await base.AddToRolesAsync(user, wanted);
    }

    private async Task<IdentityResult?> RefuseMixedOfficesAsync(StaffUser user, IEnumerable<string> added)
    {
        var roles = (await GetRolesAsync(user)).Concat(added);
        try
        {
            StaffRoles.OfficeOf(roles);
            return null;
        }
        catch (DomainException refused)
        {
            return IdentityResult.Failed(new IdentityError { Code = "RolesOfBothOffices", Description = refused.Message });
        }
    }
}
