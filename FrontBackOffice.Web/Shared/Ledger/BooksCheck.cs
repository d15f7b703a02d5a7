using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Ledger;
using FrontBackOffice.Web.Company;
using FrontBackOffice.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Shared.Ledger;

/// <summary>One invariant between the ledger and the business records it books: both sides, as the database sums them.</summary>
public sealed record BooksCheckLine(string Rule, decimal Ledger, decimal Records)
{
    public decimal Difference => Ledger - Records;

    public bool Holds => Difference == 0;
}

/// <summary>What the books check found: each invariant, and the closed days whose debits and credits differ.</summary>
public sealed record BooksCheckReport(IReadOnlyList<BooksCheckLine> Lines, IReadOnlyList<DateOnly> UnbalancedDays)
{
    public int Differences => Lines.Count(l => !l.Holds) + (UnbalancedDays.Count > 0 ? 1 : 0);

    public bool Holds => Differences == 0;

    /// <summary>What the check found, as a job's summary says it: each difference with its amounts, and the unbalanced days.</summary>
    public UserMessage Describe(Formats formats)
    {
        if (Holds)
        {
            return UserMessage.Of("Books check: the ledger agrees with the stock, the purchases, the work orders and the invoices, and every closed day balances.");
        }
        var currency = formats.Currency;
        var differences = Lines.Where(l => !l.Holds)
            .Select(l => UserMessage.Of($"{UserMessage.Of(l.Rule)}: ledger {l.Ledger:N2} {currency}, records {l.Records:N2} {currency}, difference {l.Difference:N2} {currency}"))
            .Concat(UnbalancedDays.Take(1).Select(first => UserMessage.Of($"{UnbalancedDays.Count} closed day(s) do not balance, the first {first:d MMM yyyy}")));
        return UserMessage.Of($"Books check: {UserMessage.Join("; ", differences)}.");
    }
}

/// <summary>
/// The invariants that tie the ledger to the warehouse, the purchases and the sales it books, checked by the database
/// after every nightly close and on the Accounting dashboard. A difference is reported, never absorbed:
/// <list type="bullet">
/// <item>inventory (1300) = the stock's value at its moving-average cost, less the receipts of the open days the close
/// has not booked yet, plus the shipments of the open days it has not booked yet, plus what the work orders done in the
/// open days and not booked yet consumed, less what they made;</item>
/// <item>goods received not invoiced (2050) = what purchase order lines received and bills have not cleared, less order
/// receipts of the open days not booked yet, plus the value bills of the open days not booked yet clear;</item>
/// <item>receivables (1200) = the gross of the invoices dated in closed days;</item>
/// <item>every closed day's debits = its credits, summed from its lines.</item>
/// </list>
/// </summary>
public static class BooksCheck
{
    public const string InventoryRule = "Inventory (1300) = stock valuation";
    public const string ReceivedNotBilledRule = "Goods received not invoiced (2050) = received not billed";
    public const string ReceivablesRule = "Receivables (1200) = invoiced gross";

    public static async Task<BooksCheckReport> RunAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        // Only documents of the open days are still to be booked: one in a closed day without its entry is a difference.
        var lastClosed = await db.ClosedDays.MaxAsync(d => (DateOnly?)d.Date, cancellationToken);

        var inventory = await BalanceAsync(db, Accounts.Inventory, cancellationToken);
        var stock = await StockValue(db).SumAsync(cancellationToken);
        var shippedNotBooked = await db.SalesOrders
            .Where(o => o.CostOfGoodsSold != null && (lastClosed == null || o.ShippedOn > lastClosed)
                && !db.JournalEntries.Any(e => e.SourceType == PostingSource.Shipment && e.SourceId == o.Id))
            .SumAsync(o => o.CostOfGoodsSold ?? 0, cancellationToken);
        var receiptsNotBooked = db.GoodsReceipts.Where(r => (lastClosed == null || r.ReceivedOn > lastClosed)
            && !db.JournalEntries.Any(e => e.SourceType == PostingSource.GoodsReceipt && e.SourceId == r.Id));
        var receivedNotBooked = await receiptsNotBooked.SumAsync(r => r.Value, cancellationToken);
        var madeNotBooked = await db.WorkOrders
            .Where(o => o.DoneOn != null && (lastClosed == null || o.DoneOn > lastClosed)
                && !db.JournalEntries.Any(e => e.SourceType == PostingSource.WorkOrder && e.SourceId == o.Id))
            .SumAsync(o => o.MaterialValue - o.FinishedValue, cancellationToken);

        var receivedNotBilled = -await BalanceAsync(db, Accounts.GoodsReceivedNotInvoiced, cancellationToken);
        var owedForReceipts = await db.PurchaseOrderLines.SumAsync(l => l.ReceivedValue - l.BilledReceivedValue, cancellationToken);
        var orderReceiptsNotBooked = await receiptsNotBooked.Where(r => r.PurchaseOrderLineId != null).SumAsync(r => r.Value, cancellationToken);
        var clearedByBillsNotBooked = await db.SupplierBills
            .Where(b => (lastClosed == null || b.RecordedOn > lastClosed)
                && !db.JournalEntries.Any(e => e.SourceType == PostingSource.SupplierBill && e.SourceId == b.Id))
            .SumAsync(b => b.ReceivedValue, cancellationToken);

        var receivables = await BalanceAsync(db, Accounts.AccountsReceivable, cancellationToken);
        var invoiced = lastClosed is { } closed
            ? await db.SalesOrders.Where(o => o.InvoiceNumber != null && o.InvoiceDate <= closed).SumAsync(o => o.GrossTotal, cancellationToken)
            : 0;

        var unbalanced = await (from e in db.JournalEntries
                                join d in db.ClosedDays on e.Date equals d.Date
                                from l in e.Lines
                                group l by e.Date into day
                                where day.Sum(l => l.Debit) != day.Sum(l => l.Credit)
                                orderby day.Key
                                select day.Key).ToListAsync(cancellationToken);

        return new BooksCheckReport(
            [
                new(InventoryRule, inventory, stock - receivedNotBooked + shippedNotBooked + madeNotBooked),
                new(ReceivedNotBilledRule, receivedNotBilled, owedForReceipts - orderReceiptsNotBooked + clearedByBillsNotBooked),
                new(ReceivablesRule, receivables, invoiced),
            ],
            unbalanced);
    }

    /// <summary>The value of every product's stock at its moving-average cost, to the cent.</summary>
    public static IQueryable<decimal> StockValue(AppDbContext db) => db.Products.Select(p => p.StockValue);

    private static async Task<decimal> BalanceAsync(AppDbContext db, string account, CancellationToken cancellationToken) =>
        await db.JournalLines.Where(l => l.AccountCode == account).SumAsync(l => l.Debit - l.Credit, cancellationToken);
}
