using System.Net;
using FrontBackOffice.Domain.Staff;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Tests.Features.Admin;

[Collection(AppCollection.Name)]
public class CreateAdminCommandTests
{
    [Fact]
    public async Task CreateAdmin_OnAnEmptyDatabase_MakesAnAdminWhoCanSignIn()
    {
        await using var app = new AppFactory { Demo = false, RunJobServer = false };
        var output = new StringWriter();

        var code = await CreateAdminCommand.RunAsync(app.Services, ["create-admin", "--email", "boss@prod.example", "--name", "Bea Boss"],
            new StringReader("Prod#Admin2026\n"), output);
        var again = await CreateAdminCommand.RunAsync(app.Services, ["create-admin", "--email", "boss@prod.example"], new StringReader("Other#Admin2026\n"), new StringWriter());

        Assert.Equal((0, 1), (code, again));
        Assert.Contains("Admin boss@prod.example created", output.ToString());
        await using var db = app.CreateDbContext();
        Assert.Equal(["boss@prod.example"], await db.Users.Select(u => u.Email!).ToListAsync());
        var client = await app.SignedInClientAsync("boss@prod.example", "Prod#Admin2026");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/back/admin/users")).StatusCode);
        Assert.Equal(StaffRoles.Admin, await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select r.Name).SingleAsync());
    }

    [Fact]
    public async Task CreateAdmin_RefusesAWeakPassword_AndAMissingEmail()
    {
        await using var app = new AppFactory { Demo = false, RunJobServer = false };
        var output = new StringWriter();

        var weak = await CreateAdminCommand.RunAsync(app.Services, ["create-admin", "--email", "boss@prod.example"], new StringReader("short\n"), output);
        var usage = await CreateAdminCommand.RunAsync(app.Services, ["create-admin"], new StringReader(""), new StringWriter());

        Assert.Equal((1, 2), (weak, usage));
        Assert.Contains("at least 8 characters", output.ToString());
        await using var db = app.CreateDbContext();
        Assert.Empty(await db.Users.ToListAsync());
    }
}
