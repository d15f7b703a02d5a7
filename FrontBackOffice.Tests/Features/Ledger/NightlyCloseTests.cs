using FrontBackOffice.Domain;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Domain.Ledger;
using FrontBackOffice.Domain.Marketing;
using FrontBackOffice.Domain.Orders;
using FrontBackOffice.Web.Features.Orders;
using Microsoft.Extensions.DependencyInjection;
using FrontBackOffice.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Tests.Features.Ledger;

[Collection(AppCollection.Name)]
public class NightlyCloseTests : IAsyncLifetime
{
    private readonly LedgerCompany company = new();

    public async Task InitializeAsync() => await company.TradeForFiveDaysAsync();

    /// <summary>After every test the whole ledger still balances.</summary>
    public async Task DisposeAsync()
    {
        var (debits, credits) = await company.AllTotalsAsync();
        Assert.Equal(debits, credits);
        await company.DisposeAsync();
    }

    [Fact]
    public async Task Close_CatchesUpEveryMissedDay_OldestFirst_PostingEachDocumentOnce()
    {
        var summary = await company.CloseAsync();

        await using var db = company.CreateDbContext();
        var days = await db.ClosedDays.OrderBy(d => d.Date).Select(d => d.Date).ToListAsync();
        Assert.Equal(Enumerable.Range(0, 5).Select(i => company.FirstDay.AddDays(i)), days);
        Assert.Equal(15, await db.JournalEntries.CountAsync(e => e.SourceType == PostingSource.Shipment));
        Assert.Equal(12, await db.JournalEntries.CountAsync(e => e.SourceType == PostingSource.Invoice));
        Assert.Contains("Closed 5 day(s)", summary);
        Assert.Contains("posted 0 goods receipt(s), 0 work order(s), 15 shipment(s), 12 invoice(s) and 0 supplier bill(s)", summary);

        var orders = await db.SalesOrders.ToListAsync();
        foreach (var order in orders)
        {
            var shipment = await db.JournalEntries.Include(e => e.Lines).SingleAsync(e => e.SourceType == PostingSource.Shipment && e.SourceId == order.Id);
            Assert.Equal(order.ShippedOn, shipment.Date);
            Assert.Equal(order.CostOfGoodsSold, shipment.Lines.Single(l => l.AccountCode == Accounts.CostOfGoodsSold).Debit);
            if (order.InvoiceDate is { } invoiced)
            {
                var invoice = await db.JournalEntries.Include(e => e.Lines).SingleAsync(e => e.SourceType == PostingSource.Invoice && e.SourceId == order.Id);
                Assert.Equal(invoiced, invoice.Date);
                Assert.Equal(order.GrossTotal, invoice.Lines.Single(l => l.AccountCode == Accounts.AccountsReceivable).Debit);
                Assert.Equal(order.NetTotal + order.DiscountTotal, invoice.Lines.Single(l => l.AccountCode == Accounts.SalesRevenue).Credit);
                Assert.Equal(order.VatTotal, invoice.Lines.Single(l => l.AccountCode == Accounts.VatPayable).Credit);
            }
        }
    }

    [Fact]
    public async Task Close_BooksRevenueAtThePrices_AndAPromotionsDiscountToSalesDiscounts()
    {
        var today = company.FirstDay.AddDays(5);
        int customer, location, cheap;
        await using (var db = company.CreateDbContext())
        {
            db.Promotions.Add(new Promotion(new PromotionInput("Spring", "SPRING", DiscountKind.Percentage, 15m, today, today, 0m, []), "test", DateTime.UtcNow));
            await db.SaveChangesAsync();
            (customer, location) = (await db.Customers.Select(c => c.Id).SingleAsync(), await db.Locations.Select(l => l.Id).SingleAsync());
            cheap = await db.Products.Where(p => p.UnitPrice == 19.99m).Select(p => p.Id).SingleAsync();
        }
        int id;
        await using (var scope = await company.ScopeForAsync(LedgerCompany.Seller))
        {
            var orders = scope.ServiceProvider.GetRequiredService<OrderService>();
            id = await orders.CreateDraftAsync(new OrderInput(customer, location, [new OrderLineInput(cheap, 3, 19.99m, 0.21m)], PromotionCode: "spring"));
            await orders.ConfirmAsync(id);
            await orders.ShipAsync(id);
            await orders.InvoiceAsync(id);
        }
        company.Clock!.Advance(TimeSpan.FromDays(1));

        await company.CloseAsync();

        await using var books = company.CreateDbContext();
        var invoice = await books.JournalEntries.Include(e => e.Lines).SingleAsync(e => e.SourceType == PostingSource.Invoice && e.SourceId == id);
        // 3 × 19.99 = 59.97, 15 % off = 9.00, leaving 50.97; VAT 21 % = 10.70; gross 61.67.
        Assert.Equal([("1200", 61.67m, 0m), ("2100", 0m, 10.70m), ("4000", 0m, 59.97m), ("4100", 9.00m, 0m)],
            invoice.Lines.OrderBy(l => l.AccountCode).Select(l => (l.AccountCode, l.Debit, l.Credit)));
    }

    [Fact]
    public async Task Close_FirstOrder_HandCheckedAmounts()
    {
        await company.CloseAsync();

        await using var db = company.CreateDbContext();
        var first = await db.SalesOrders.OrderBy(o => o.Id).FirstAsync();
        var invoice = await db.JournalEntries.Include(e => e.Lines).SingleAsync(e => e.SourceType == PostingSource.Invoice && e.SourceId == first.Id);
        var shipment = await db.JournalEntries.Include(e => e.Lines).SingleAsync(e => e.SourceType == PostingSource.Shipment && e.SourceId == first.Id);
        // 1 × 19.99 + 1 × 249.00 = 268.99 net; VAT 21 %: 4.20 + 52.29 = 56.49; gross 325.48.
        Assert.Equal([("1200", 325.48m, 0m), ("2100", 0m, 56.49m), ("4000", 0m, 268.99m)],
            invoice.Lines.OrderBy(l => l.AccountCode).Select(l => (l.AccountCode, l.Debit, l.Credit)));
        // Cost: 1 × 7.3333 + 1 × 151.25 = 158.5833 → 158.58.
        Assert.Equal([("1300", 0m, 158.58m), ("5000", 158.58m, 0m)],
            shipment.Lines.OrderBy(l => l.AccountCode).Select(l => (l.AccountCode, l.Debit, l.Credit)));
    }

    [Fact]
    public async Task SecondClose_ChangesNothing()
    {
        await company.CloseAsync();
        var once = await company.BooksAsync();

        var summary = await company.CloseAsync();

        Assert.Equal(once, await company.BooksAsync());
        Assert.StartsWith("Nothing to close", summary);
    }

    [Fact]
    public async Task CloseKilledBetweenChunks_AndRetried_EndsIdenticalToACleanRun()
    {
        await using var clean = new LedgerCompany();
        await clean.TradeForFiveDaysAsync();
        await clean.CloseAsync();
        var reports = 0;

        var crash = await Record.ExceptionAsync(() => company.CloseAsync((_, _) =>
            ++reports == 4 ? throw new IOException("The process died between chunks.") : Task.CompletedTask));
        var halfway = await company.BooksAsync();
        await company.CloseAsync();

        Assert.IsType<IOException>(crash);
        Assert.NotEmpty(halfway);
        Assert.True(halfway.Length < (await clean.BooksAsync()).Length, "The crash should leave the close unfinished.");
        Assert.Equal(await clean.BooksAsync(), await company.BooksAsync());
    }

    [Fact]
    public async Task SecondPostingOfTheSameSource_IsRefusedByTheDatabase_EvenWhenCodeIsBypassed()
    {
        await company.CloseAsync();
        await using var db = company.CreateDbContext();
        var posted = await db.JournalEntries.FirstAsync(e => e.SourceType == PostingSource.Invoice);
        var today = DateOnly.FromDateTime(company.Clock!.GetUtcNow().UtcDateTime);
        db.JournalEntries.Add(JournalEntry.Post(today, UserMessage.Of("Twice"), posted.Source,
            [JournalLine.DebitOf(Accounts.AccountsReceivable, 1m), JournalLine.CreditOf(Accounts.SalesRevenue, 1m)], new LockDate(null), "test", DateTime.UtcNow));

        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.True(refused.IsUniqueViolation(), refused.InnerException!.Message);
    }

    [Fact]
    public async Task PostingIntoAClosedDay_IsRefusedByTheDatabase()
    {
        await company.CloseAsync();
        await using var db = company.CreateDbContext();
        db.JournalEntries.Add(JournalEntry.Post(company.FirstDay.AddDays(1), UserMessage.Of("Back-dated"), new PostingSource("Test", 1),
            [JournalLine.DebitOf(Accounts.Bank, 1m), JournalLine.CreditOf(Accounts.SalesRevenue, 1m)], new LockDate(null), "test", DateTime.UtcNow));

        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.Contains("The accounting day is closed", refused.InnerException!.Message);
    }

    [Fact]
    public async Task PostedEntries_CannotBeChangedOrDeleted()
    {
        await company.CloseAsync();
        await using var db = company.CreateDbContext();

        var change = await Record.ExceptionAsync(() => db.JournalLines.Take(1).ExecuteUpdateAsync(set => set.SetProperty(l => l.Debit, 0m)));
        var delete = await Record.ExceptionAsync(() => db.JournalEntries.Take(1).ExecuteDeleteAsync());

        Assert.Contains("cannot be changed", change!.ToString());
        Assert.Contains("cannot be deleted", delete!.ToString());
    }
}
