using FrontBackOffice.Domain.Staff;
using FrontBackOffice.Web.Security;
using Microsoft.AspNetCore.Identity;

namespace FrontBackOffice.Web.Demo;

/// <summary>One demo user per role, all with the documented demo password.</summary>
public static class DemoStaff
{
    public const string Password = "Demo#2026";

    public static IReadOnlyList<(string Email, string Name, string Role)> Users { get; } =
    [
        ("sales@demo.local", "Sam Sales", StaffRoles.Sales),
        ("support@demo.local", "Sue Support", StaffRoles.Support),
        ("marketing@demo.local", "Mia Marketing", StaffRoles.Marketing),
        ("hr@demo.local", "Hana HR", StaffRoles.HR),
        ("accounting@demo.local", "Alex Accounting", StaffRoles.Accounting),
        ("warehouse@demo.local", "Walt Warehouse", StaffRoles.Warehouse),
        ("admin@demo.local", "Ada Admin", StaffRoles.Admin),
    ];

    public static async Task SeedAsync(UserManager<StaffUser> users)
    {
        foreach (var (email, name, role) in Users)
        {
            if (await users.FindByEmailAsync(email) is not null)
            {
                continue;
            }
            var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
            Check(await users.CreateAsync(user, Password), email);
            Check(await users.AddToRoleAsync(user, role), email);
        }
    }

    private static void Check(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Demo user {email} could not be created: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
