using System.Net;
using System.Text.Json;
using FrontBackOffice.Domain.Staff;
using FrontBackOffice.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Tests.Data;

[Collection(AppCollection.Name)]
public class StartupTests(DemoApp app)
{
    [Fact]
    public async Task DemoMode_CreatesOneUserPerRole_AndASecondStartChangesNothing()
    {
        await using var folder = new TestDataFolder();
        string[] first;
        await using (var once = new AppFactory(folder.Path))
        {
            _ = once.Server;
            first = await SnapshotAsync(once);
        }
        await using var twice = new AppFactory(folder.Path);
        _ = twice.Server;

        var second = await SnapshotAsync(twice);

        Assert.Equal(StaffRoles.All.Count, first.Length);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task WithoutDemoMode_ThereAreNoUsers_ButTheRolesExist()
    {
        await using var plain = new AppFactory { Demo = false };
        _ = plain.Server;
        await using var db = plain.CreateDbContext();

        Assert.Equal(0, await db.Users.CountAsync());
        Assert.Equal(StaffRoles.All.Order(), (await db.Roles.Select(r => r.Name!).ToListAsync()).Order());
    }

    [Fact]
    public async Task Health_ReportsTheDatabaseAndTheJobStorage_WithoutSecrets()
    {
        var response = await app.AnonymousClient().GetAsync("/health");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = JsonDocument.Parse(body).RootElement;
        Assert.Equal("Healthy", report.GetProperty("status").GetString());
        Assert.Equal(TestDatabase.Provider, report.GetProperty("provider").GetString());
        Assert.Equal("Healthy", report.GetProperty("checks").GetProperty("database").GetString());
        Assert.Equal("Healthy", report.GetProperty("checks").GetProperty("jobs").GetString());
        Assert.DoesNotContain("Data Source", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Host=", body, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Oracle", "Database:Provider 'Oracle' is not known; use one of: Sqlite, SqlServer, PostgreSql.")]
    [InlineData("7", "Database:Provider '7' is not known; use one of: Sqlite, SqlServer, PostgreSql.")]
    [InlineData("PostgreSql", "ConnectionStrings:Default is not a PostgreSQL connection string")]
    [InlineData("SqlServer", "ConnectionStrings:Default is not a SQL Server connection string")]
    public void WrongProviderOrConnectionString_StopsTheApp_NamingTheSetting(string provider, string message)
    {
        using var broken = new AppFactory { Demo = false };
        broken.Settings["Database:Provider"] = provider;
        broken.Settings["ConnectionStrings:Default"] = "Data Source=app.db;Cache=Shared";

        var failure = Record.Exception(() => broken.Server);

        Assert.NotNull(failure);
        Assert.Contains(message, failure.ToString());
    }

    [Fact]
    public void MissingConnectionString_StopsTheApp_NamingTheSetting()
    {
        using var broken = new AppFactory { Demo = false };
        broken.Settings["ConnectionStrings:Default"] = "";

        var failure = Record.Exception(() => broken.Server);

        Assert.NotNull(failure);
        Assert.Contains("ConnectionStrings:Default", failure.ToString());
    }

    [Fact]
    public void InvalidCompanySetting_StopsTheApp_NamingTheSetting()
    {
        using var broken = new AppFactory { Demo = false };
        broken.Settings["Company:VatRate"] = "1.5";

        var failure = Record.Exception(() => broken.Server);

        Assert.NotNull(failure);
        Assert.Contains("Company:VatRate", failure.ToString());
    }

    private static async Task<string[]> SnapshotAsync(AppFactory factory)
    {
        await using var db = factory.CreateDbContext();
        return await db.Users.OrderBy(u => u.Email)
            .Select(u => u.Email + "|" + u.Id + "|" + u.SecurityStamp)
            .ToArrayAsync();
    }
}
