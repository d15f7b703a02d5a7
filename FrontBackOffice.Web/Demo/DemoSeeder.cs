using FrontBackOffice.Web.Security;
using Microsoft.AspNetCore.Identity;

namespace FrontBackOffice.Web.Demo;

/// <summary>
/// Fills an empty database with the demo company when <c>Seed:Demo</c> is true. Every step checks what is
/// already there, so a second start changes nothing.
/// </summary>
public static class DemoSeeder
{
    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await DemoStaff.SeedAsync(services.GetRequiredService<UserManager<StaffUser>>());
    }
}
