using FrontBackOffice.Domain.Orders;
using FrontBackOffice.Domain.Staff;
using FrontBackOffice.Domain.Stock;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Features.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FrontBackOffice.Tests.Features.Ledger;

/// <summary>
/// An app without demo data on a clock the test moves: a seller ships and invoices orders over five days,
/// always the same way, so two such companies end with identical books.
/// </summary>
public sealed class LedgerCompany : AppFactory
{
    public const string Seller = "seller@test.local";
    public const string Accountant = "accountant@test.local";

    /// <summary>The first business day: a Monday, 10:00 in Amsterdam.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public LedgerCompany(int chunkSize = 2)
        : base()
    {
        Demo = false;
        RunJobServer = false;
        Clock = new FakeTimeProvider(Start);
        Settings["Jobs:NightlyAccounting:ChunkSize"] = chunkSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public DateOnly FirstDay => DateOnly.FromDateTime(Start.UtcDateTime);

    /// <summary>Five days of business: each day ships three orders and invoices those shipped the day before.</summary>
    public async Task TradeForFiveDaysAsync()
    {
        await this.StaffAsync(Seller, [StaffRoles.Sales]);
        await this.StaffAsync(Accountant, [StaffRoles.Accounting]);
        await using (var db = CreateDbContext())
        {
            db.Locations.Add(new Location("MAIN", "Main warehouse"));
            await db.SaveChangesAsync();
        }
        var (cheap, location) = await this.ProductInStockAsync(500, price: 19.99m, cost: 7.3333m);
        var (dear, _) = await this.ProductInStockAsync(500, price: 249m, cost: 151.25m);
        var customer = await this.CustomerAsync("Ledger Customer");

        var shippedYesterday = new List<int>();
        for (var day = 0; day < 5; day++)
        {
            await using var scope = await ScopeForAsync(Seller);
            var orders = scope.ServiceProvider.GetRequiredService<OrderService>();
            foreach (var id in shippedYesterday)
            {
                await orders.InvoiceAsync(id);
            }
            shippedYesterday.Clear();
            for (var n = 1; n <= 3; n++)
            {
                var id = await orders.CreateDraftAsync(new OrderInput(customer, location,
                    [new OrderLineInput(cheap, n + day, 19.99m, 0.21m), new OrderLineInput(dear, 1, 249m, n == 3 ? 0.09m : 0.21m)]));
                await orders.ConfirmAsync(id);
                await orders.ShipAsync(id);
                shippedYesterday.Add(id);
            }
            Clock!.Advance(TimeSpan.FromDays(1));
        }
    }

    public Task<string> CloseAsync(Func<int, int, Task>? report = null) => this.CloseBooksAsync(report);

    /// <summary>The books as text, without ids or posting times, to compare two companies.</summary>
    public async Task<string[]> BooksAsync()
    {
        await using var db = CreateDbContext();
        var entries = await db.JournalEntries.Include(e => e.Lines).OrderBy(e => e.SourceType).ThenBy(e => e.SourceId).ToListAsync();
        var days = await db.ClosedDays.OrderBy(d => d.Date).ToListAsync();
        return entries.Select(e => $"{e.Date:yyyy-MM-dd} {e.SourceType} {e.SourceId} {e.Description} | "
                + string.Join(", ", e.Lines.OrderBy(l => l.AccountCode).ThenBy(l => l.Debit).Select(l => $"{l.AccountCode} {l.Debit:0.00}/{l.Credit:0.00}")))
            .Concat(days.Select(d => $"closed {d.Date:yyyy-MM-dd} {d.Entries} {d.Debits:0.00} {d.ClosedBy}"))
            .ToArray();
    }

    public async Task<(decimal Debits, decimal Credits)> AllTotalsAsync()
    {
        await using var db = CreateDbContext();
        return (await db.JournalLines.SumAsync(l => l.Debit), await db.JournalLines.SumAsync(l => l.Credit));
    }
}
