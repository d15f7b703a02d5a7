using FrontBackOffice.Domain.Staff;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Features.Admin;
using FrontBackOffice.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontBackOffice.Tests.Features.Admin;

/// <summary>A company without demo data whose only Admin is root@test.local.</summary>
public sealed class AdminCompany : AppFactory
{
    public const string Root = "root@test.local";
    public const string RootPassword = "Root#Pass2026";

    public AdminCompany()
    {
        Demo = false;
        RunJobServer = false;
    }

    public Task InitializeAsync() => this.StaffAsync(Root, [StaffRoles.Admin], "Root Admin", RootPassword);

    public ServiceCaller<StaffAdminService> Staff(string email) => As<StaffAdminService>(email);

    public async Task<string> IdOfAsync(string email)
    {
        await using var db = CreateDbContext();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    /// <summary>Creates an account through the service and changes its temporary password, as its owner would.</summary>
    public async Task<string> StaffAsync(string email, string role, string password = "Own#Pass2026")
    {
        var temporary = await Staff(Root).RunAsync(s => s.CreateAsync(new NewStaff(email.Split('@')[0], email, role)));
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        Assert.True((await users.ChangePasswordAsync(user, temporary.Password, password)).Succeeded);
        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        return user.Id;
    }
}
