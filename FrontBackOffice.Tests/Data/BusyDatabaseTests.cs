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
        await using (var writer = new SqliteConnection($"Data Source={Path.Combine(app.DataFolder, "app.db")}"))
        {
            await writer.OpenAsync();
            await using var hold = writer.CreateCommand();
            hold.CommandText = "BEGIN EXCLUSIVE;";
            await hold.ExecuteNonQueryAsync();

            var refused = await Assert.ThrowsAnyAsync<Exception>(() => app.As<CustomerService>("seller@test.local")
                .RunAsync(s => s.CreateAsync(new CustomerDetails("Busy Ltd", "NL999999999B01", null, null, null, null, null))));
            var health = await app.AnonymousClient().GetFromJsonAsync<HealthAnswer>("/health");

            Assert.True(refused.IsDatabaseBusy(), refused.ToString());
            Assert.Equal(("Degraded", "Degraded"), (health!.Status, health.Checks["database-writes"]));
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        Assert.Equal("Healthy", (await app.AnonymousClient().GetFromJsonAsync<HealthAnswer>("/health"))!.Status);
        await using var db = app.CreateDbContext();
        Assert.False(db.Customers.Any(c => c.Name == "Busy Ltd"));
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
