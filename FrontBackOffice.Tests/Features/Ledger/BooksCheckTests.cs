using FrontBackOffice.Domain.Ledger;
using FrontBackOffice.Domain.Orders;
using FrontBackOffice.Domain.Staff;
using FrontBackOffice.Domain.Stock;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Features.Home;
using FrontBackOffice.Web.Features.Orders;
using FrontBackOffice.Web.Features.Stock;
using FrontBackOffice.Web.Shared.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace FrontBackOffice.Tests.Features.Ledger;

/// <summary>
/// The nightly close and the books check on a small company: 10 units of a product at a unit cost of 6.00 were put in
/// stock without a receipt (so nothing books them), and orders ship and invoice over two days.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class BooksCheckTests : IAsyncLifetime
{
    private const string Seller = "seller@test.local";
    private const string Accountant = "accountant@test.local";
    private const string Storekeeper = "storekeeper@test.local";

    private readonly AppFactory app = new()
    {
        Demo = false,
        RunJobServer = false,
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero)),
    };

    private int customer;
    private int product;
    private int location;

    private ServiceCaller<OrderService> Orders => app.As<OrderService>(Seller);

    public async Task InitializeAsync()
    {
        await app.StaffAsync(Seller, [StaffRoles.Sales]);
        await app.StaffAsync(Accountant, [StaffRoles.Accounting]);
        await app.StaffAsync(Storekeeper, [StaffRoles.Warehouse]);
        await using (var db = app.CreateDbContext())
        {
            db.Locations.Add(new Location("MAIN", "Main warehouse"));
            await db.SaveChangesAsync();
        }
        customer = await app.CustomerAsync();
        (product, location) = await app.ProductInStockAsync(10, price: 20m, cost: 6m);
    }

    public Task DisposeAsync() => app.DisposeAsync().AsTask();

    private async Task<int> ShippedAsync(decimal price, int quantity)
    {
        var order = await Orders.RunAsync(s => s.CreateDraftAsync(new OrderInput(customer, location, [new OrderLineInput(product, quantity, price, 0.21m)])));
        await Orders.RunAsync(s => s.ConfirmAsync(order));
        await Orders.RunAsync(s => s.ShipAsync(order));
        return order;
    }

    [Fact]
    public async Task FreeReplacement_InvoicedAtZero_BooksNothing_AndItsDayCloses()
    {
        var sold = await ShippedAsync(20m, 2);
        var replacement = await ShippedAsync(0m, 1);
        await Orders.RunAsync(s => s.InvoiceAsync(sold));
        await Orders.RunAsync(s => s.InvoiceAsync(replacement));
        app.Clock!.Advance(TimeSpan.FromDays(1));

        var summary = await app.CloseBooksAsync();

        await using var db = app.CreateDbContext();
        Assert.Equal(new DateOnly(2026, 3, 2), (await db.ClosedDays.SingleAsync()).Date);
        Assert.False(await db.JournalEntries.AnyAsync(e => e.SourceType == PostingSource.Invoice && e.SourceId == replacement));
        Assert.True(await db.JournalEntries.AnyAsync(e => e.SourceType == PostingSource.Invoice && e.SourceId == sold));
        // The replacement still cost the stock it took.
        Assert.Equal(6m, (await db.JournalEntries.Include(e => e.Lines).SingleAsync(e => e.SourceType == PostingSource.Shipment && e.SourceId == replacement))
            .Lines.Single(l => l.AccountCode == Accounts.CostOfGoodsSold).Debit);
        Assert.Contains("Closed 1 day(s)", summary);
    }

    [Fact]
    public async Task BooksCheck_ReportsStockThatCameInWithoutABooking_OnTheRunAndTheAccountingDashboard()
    {
        var order = await ShippedAsync(20m, 3);
        await Orders.RunAsync(s => s.InvoiceAsync(order));
        await ShippedAsync(20m, 1);
        app.Clock!.Advance(TimeSpan.FromDays(1));
        await using (var before = app.CreateDbContext())
        {
            // Shipped today but not yet booked: the check counts its cost as still in the ledger's inventory.
            var report = await BooksCheck.RunAsync(before, CancellationToken.None);
            Assert.Equal((0m, 60m, -60m), Inventory(report));
        }

        var summary = await app.CloseBooksAsync();

        await using var db = app.CreateDbContext();
        var after = await BooksCheck.RunAsync(db, CancellationToken.None);
        // 10 units at 6.00 were put in stock without a receipt; 4 left (-24.00 booked), 6 remain (36.00): the ledger is 60.00 short.
        Assert.Equal((-24m, 36m, -60m), Inventory(after));
        var receivables = after.Lines.Single(l => l.Rule == BooksCheck.ReceivablesRule);
        Assert.Equal((72.60m, 72.60m, true), (receivables.Ledger, receivables.Records, receivables.Holds));
        Assert.Empty(after.UnbalancedDays);
        Assert.Equal(1, after.Differences);
        Assert.Contains("Inventory (1300) = stock valuation: ledger -24.00 EUR, records 36.00 EUR, difference -60.00 EUR", summary);
        var accounting = await app.As<BackDashboardService>(Accountant).RunAsync(d => d.GetAsync());
        var warehouse = await app.As<BackDashboardService>(Storekeeper).RunAsync(d => d.GetAsync());
        Assert.Equal(-60m, accounting.Books!.Lines.Single(l => l.Rule == BooksCheck.InventoryRule).Difference);
        Assert.Null(warehouse.Books);
    }

    [Fact]
    public async Task AReceiptOfAClosedDayThatWasNeverBooked_IsADifference_NotSomethingStillToBook()
    {
        await app.As<StockService>(Storekeeper).RunAsync(s => s.ReceiveAsync(product, location, 2, 6m, null, "Found in returns"));
        await using var db = app.CreateDbContext();
        var open = await BooksCheck.RunAsync(db, CancellationToken.None);

        // The day is closed without the receipt's entry (as for a receipt made before receipts were booked).
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "ClosedDays" ("Date", "Entries", "Debits", "ClosedBy", "ClosedAt") VALUES ('2026-03-02', 0, 0, 'x', '2026-03-03 02:00:00');
            """);
        var closed = await BooksCheck.RunAsync(db, CancellationToken.None);

        // Stock 10 × 6.00 put in without a receipt + 2 × 6.00 received = 72.00; the ledger has nothing.
        Assert.Equal((0m, 60m, -60m), Inventory(open));
        Assert.Equal((0m, 72m, -72m), Inventory(closed));
    }

    [Fact]
    public async Task BooksCheck_FindsAClosedDayWhoseLinesDoNotBalance()
    {
        await using var db = app.CreateDbContext();
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "JournalEntries" ("Date", "Description", "SourceType", "SourceId", "PostedBy", "PostedAt") VALUES ('2026-02-27', 'Broken', 'Test', 1, 'x', '2026-02-27 10:00:00');
            INSERT INTO "JournalLines" ("EntryId", "AccountCode", "Debit", "Credit") VALUES ((SELECT MAX("Id") FROM "JournalEntries"), '1100', 10000, 0);
            INSERT INTO "ClosedDays" ("Date", "Entries", "Debits", "ClosedBy", "ClosedAt") VALUES ('2026-02-27', 1, 0, 'x', '2026-02-28 02:00:00');
            """);

        var report = await BooksCheck.RunAsync(db, CancellationToken.None);

        Assert.Equal([new DateOnly(2026, 2, 27)], report.UnbalancedDays);
        Assert.False(report.Holds);
    }

    private static (decimal Ledger, decimal Records, decimal Difference) Inventory(BooksCheckReport report) =>
        report.Lines.Single(l => l.Rule == BooksCheck.InventoryRule) is var line ? (line.Ledger, line.Records, line.Difference) : default;
}
