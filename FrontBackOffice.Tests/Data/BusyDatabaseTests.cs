using System.Net.Http.Json;
using Bunit;
using FrontBackOffice.Domain.Customers;
using FrontBackOffice.Domain.Staff;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Components;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Features.Customers;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Tests.Data;

/// <summary>A database held by another writer: a change is refused after a short wait, nothing is saved, and staff are told.</summary>
[Collection(AppCollection.Name)]
public class BusyDatabaseTests
{
    [Fact]
    public async Task Change_WhileAnotherWriterHoldsTheDatabase_IsRefusedAsBusy_AndHealthSaysItCannotTakeWrites()
    {
        await using var app = new AppFactory { Demo = false, RunJobServer = false };
        await app.StaffAsync("seller@test.local", [StaffRoles.Sales]);
        await using (await TestDatabase.HoldWritesAsync(app.DataFolder, "Customers", "Submission"))
        {
            var refused = await Assert.ThrowsAnyAsync<Exception>(() => app.As<CustomerService>("seller@test.local")
                .RunAsync(s => s.CreateAsync(new CustomerDetails("Busy Ltd", "NL999999999B01", null, null, null, null, null))));
            var health = await app.AnonymousClient().GetFromJsonAsync<HealthAnswer>("/health");

            Assert.True(refused.IsDatabaseBusy(), refused.ToString());
            if (!TestDatabase.IsPostgreSql)
            {
                // A SQLite file held by a writer takes no write at all; a PostgreSQL server still takes writes to other tables.
                Assert.Equal(("Degraded", "Degraded"), (health!.Status, health.Checks["database-writes"]));
            }
        }

        Assert.Equal("Healthy", (await app.AnonymousClient().GetFromJsonAsync<HealthAnswer>("/health"))!.Status);
        await using var db = app.CreateDbContext();
        Assert.False(db.Customers.Any(c => c.Name == "Busy Ltd"));
    }

    /// <summary>
    /// A server database set read-only (as a standby is) is reported degraded. On SQLite, a file held by another writer
    /// is the same case, checked above.
    /// </summary>
    [Fact]
    public async Task ReadOnlyServerDatabase_IsReportedAsUnableToTakeWrites()
    {
        await using var app = new AppFactory { Demo = false, RunJobServer = false };
        await using var db = app.CreateDbContext();
        await using var writer = TestDatabase.IsPostgreSql ? null : await TestDatabase.HoldWritesAsync(app.DataFolder);
        if (TestDatabase.IsPostgreSql)
        {
            var readOnly = $"ALTER DATABASE \"{db.Database.GetDbConnection().Database}\" SET default_transaction_read_only = on";
            await db.Database.ExecuteSqlRawAsync(readOnly);
            Npgsql.NpgsqlConnection.ClearAllPools();
        }

        var health = await app.AnonymousClient().GetFromJsonAsync<HealthAnswer>("/health");

        Assert.Equal(("Degraded", "Degraded"), (health!.Status, health.Checks["database-writes"]));
    }

    private sealed record HealthAnswer(string Status, Dictionary<string, string> Checks);

    [Fact]
    public async Task ActionRefusedAsBusy_SaysSoWhereTheUserLooks_AndThePageGoesOn()
    {
        await using var ctx = ComponentTestContext.For(StaffRoles.Sales);
        ctx.Render<MudBlazor.MudSnackbarProvider>();

        var page = ctx.Render<SaveButton>();
        page.Find("button").Click();

        Assert.Contains("The database is busy: nothing was saved", page.Find("[data-testid=problem]").TextContent);
        Assert.Equal(1, page.Instance.Tries);
    }

    /// <summary>A page whose one action meets a database held by another writer.</summary>
    private sealed class SaveButton : ActionComponentBase
    {
        public int Tries { get; private set; }

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenComponent<ProblemAlert>(0);
            builder.AddComponentParameter(1, nameof(ProblemAlert.Text), Problem);
            builder.CloseComponent();
            builder.OpenElement(2, "button");
            builder.AddAttribute(3, "onclick", EventCallback.Factory.Create(this, () => RunAsync(() =>
            {
                Tries++;
                throw new SqliteException("database is locked", 5);
            })));
            builder.CloseElement();
        }
    }
}
