using System.Data.Common;
using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Making;
using FrontBackOffice.Domain.Staff;
using FrontBackOffice.Domain.Stock;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Data.PostgreSql;
using FrontBackOffice.Web.Data.Sqlite;
using FrontBackOffice.Web.Features.Making;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace FrontBackOffice.Tests.Features.Making;

/// <summary>
/// Two bills of materials saved at the same moment, each fine alone, that together would make a product of itself:
/// the database makes both saves meet before either writes (each waits up to 3 s for the other at its insert), which
/// is the interleaving that once let both through.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class BomCycleRaceTests : IAsyncLifetime
{
    private readonly MeetBeforeInsert meeting = new("BillsOfMaterials");
    private readonly AppFactory app;

    public BomCycleRaceTests() => app = new AppFactory
    {
        Demo = false,
        RunJobServer = false,
        TestServices = services =>
        {
            services.ConfigureDbContext<SqliteAppDbContext>(options => options.AddInterceptors(meeting));
            services.ConfigureDbContext<PostgreSqlAppDbContext>(options => options.AddInterceptors(meeting));
        },
    };

    public Task InitializeAsync() => app.StaffAsync("keeper@test.local", [StaffRoles.Warehouse]);

    public Task DisposeAsync() => app.DisposeAsync().AsTask();

    [Fact]
    public async Task ADeskMadeOfATop_AndTheTopMadeOfTheDesk_SavedAtOnce_AreNotBothSaved()
    {
        int desk, top;
        await using (var db = app.CreateDbContext())
        {
            var products = new[] { new Product(new ProductDetails("DESK", "Desk", 0, 0, 0, ProductSourcing.Made)), new Product(new ProductDetails("TOP", "Top", 0, 0, 0, ProductSourcing.BoughtAndMade)) };
            db.Products.AddRange(products);
            await db.SaveChangesAsync();
            (desk, top) = (products[0].Id, products[1].Id);
        }
        var boms = app.As<BomService>("keeper@test.local");
        meeting.Arm();

        var saves = await Task.WhenAll(
            RefusalOf(() => boms.RunAsync(s => s.SaveVersionAsync(new BomInput(desk, [new(top, 1)])))),
            RefusalOf(() => boms.RunAsync(s => s.SaveVersionAsync(new BomInput(top, [new(desk, 1)])))));

        Assert.Contains("would be made of itself", Assert.Single(saves, refusal => refusal is not null));
        await using var check = app.CreateDbContext();
        Assert.Equal(1, await check.BillsOfMaterials.CountAsync());
    }

    private static async Task<string?> RefusalOf(Func<Task> save)
    {
        try
        {
            await save();
            return null;
        }
        catch (InvalidInputException refused)
        {
            return refused.Message;
        }
    }

    /// <summary>Once armed, holds each insert into the table until a second one arrives, or 3 s have passed.</summary>
    private sealed class MeetBeforeInsert(string table) : DbCommandInterceptor
    {
        private Barrier? barrier;

        public void Arm() => barrier = new Barrier(2);

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (barrier is { } meeting && command.CommandText.Contains($"INSERT INTO \"{table}\"", StringComparison.Ordinal))
            {
                await Task.Run(() => meeting.SignalAndWait(TimeSpan.FromSeconds(3)), cancellationToken);
            }
            return result;
        }
    }
}
