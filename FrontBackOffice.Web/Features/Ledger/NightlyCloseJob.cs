using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Audit;
using FrontBackOffice.Domain.Ledger;
using FrontBackOffice.Web.Company;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Jobs;
using FrontBackOffice.Web.Shared.Audit;
using FrontBackOffice.Web.Shared.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontBackOffice.Web.Features.Ledger;

/// <summary>
/// The nightly accounting close: for every business day not yet closed before today, oldest first, it posts
/// the day's goods receipts (inventory), finished work orders (components, labour, units made, production variance), shipments (cost of goods sold), invoices (receivable, revenue, VAT) and supplier
/// bills (payable, VAT, price variance) in chunks, checks that the
/// day's debits equal its credits, and closes the day. Days missed while the app was down are caught up.
/// Each chunk is one transaction; a document already posted is skipped (and the database refuses a second
/// entry for it), so a retry after a crash ends where a clean run would. A document of nothing (a free replacement)
/// books nothing and the day closes all the same. Every run ends with the <see cref="BooksCheck"/>, whose findings are
/// part of the run's summary.
/// </summary>
public sealed class NightlyCloseJob(
    IDbContextFactory<AppDbContext> dbFactory, BusinessCalendar calendar, IOptions<NightlyAccountingOptions> options, LedgerPosting ledger, AuditTrail audit,
    Formats formats)
    : IBatchJob
{
    public async Task<UserMessage> RunAsync(JobRunContext run, CancellationToken cancellationToken)
    {
        var closed = await CloseOpenDaysAsync(run, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return UserMessage.Of($"{closed} {(await BooksCheck.RunAsync(db, cancellationToken)).Describe(formats)}");
    }

    private async Task<UserMessage> CloseOpenDaysAsync(JobRunContext run, CancellationToken cancellationToken)
    {
        var today = calendar.Today;
        DateOnly? lastClosed;
        DateOnly first;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            lastClosed = await db.ClosedDays.MaxAsync(d => (DateOnly?)d.Date, cancellationToken);
            first = lastClosed?.AddDays(1) ?? await FirstBusinessDayAsync(db, today, cancellationToken);
        }
        if (first >= today)
        {
            return lastClosed is { } closed ? UserMessage.Of($"Nothing to close: the books are closed up to {closed:d MMM yyyy}.") : UserMessage.Of("Nothing to close yet.");
        }

        var progress = await ProgressAsync(first, today, cancellationToken);
        await run.ReportAsync(progress.Done, progress.Total);
        int receipts = 0, workOrders = 0, shipments = 0, invoices = 0, bills = 0;
        for (var day = first; day < today; day = day.AddDays(1))
        {
            receipts += await PostInChunksAsync(run, progress, ReceiptsOf(day), r => r.ReceiptId,
                (r, lockDate) => Postings.Receipt(r, lockDate, run.StartedBy, calendar.UtcNow), cancellationToken);
            workOrders += await PostInChunksAsync(run, progress, WorkOrdersOf(day), w => w.WorkOrderId,
                (w, lockDate) => Postings.WorkOrder(w, lockDate, run.StartedBy, calendar.UtcNow), cancellationToken);
            shipments += await PostInChunksAsync(run, progress, ShipmentsOf(day), s => s.OrderId,
                (s, lockDate) => Postings.Shipment(s, lockDate, run.StartedBy, calendar.UtcNow), cancellationToken);
            invoices += await PostInChunksAsync(run, progress, InvoicesOf(day), i => i.OrderId,
                (i, lockDate) => Postings.Invoice(i, lockDate, run.StartedBy, calendar.UtcNow), cancellationToken);
            bills += await PostInChunksAsync(run, progress, BillsOf(day), b => b.BillId,
                (b, lockDate) => Postings.Bill(b, lockDate, run.StartedBy, calendar.UtcNow), cancellationToken);
            await CloseAsync(day, run.StartedBy, cancellationToken);
            progress.Done++;
            await run.ReportAsync(progress.Done, progress.Total);
        }
        var days = today.DayNumber - first.DayNumber;
        return UserMessage.Of($"Closed {days} day(s), {first:d MMM yyyy} to {today.AddDays(-1):d MMM yyyy}: posted {receipts} goods receipt(s), {workOrders} work order(s), {shipments} shipment(s), {invoices} invoice(s) and {bills} supplier bill(s); every day balanced.");
    }

    private sealed class Progress
    {
        public int Done { get; set; }
        public int Total { get; init; }
    }

    /// <summary>A day's documents of one kind with id above <c>afterId</c>, oldest first, not yet posted.</summary>
    private delegate IQueryable<T> Documents<T>(AppDbContext db, int afterId);

    private static Documents<ReceiptToPost> ReceiptsOf(DateOnly day) => (db, afterId) =>
        from r in db.GoodsReceipts
        where r.ReceivedOn == day && r.Id > afterId
            && !db.JournalEntries.Any(e => e.SourceType == PostingSource.GoodsReceipt && e.SourceId == r.Id)
        join p in db.Products on r.ProductId equals p.Id
        orderby r.Id
        select new ReceiptToPost(r.Id, day, r.Value, p.Sku, r.Quantity,
            db.PurchaseOrders.Where(o => o.Id == r.PurchaseOrderId).Select(o => o.Number).FirstOrDefault(), r.Reason);

    private static Documents<WorkOrderToPost> WorkOrdersOf(DateOnly day) => (db, afterId) =>
        from o in db.WorkOrders
        where o.DoneOn == day && o.Id > afterId
            && !db.JournalEntries.Any(e => e.SourceType == PostingSource.WorkOrder && e.SourceId == o.Id)
        join p in db.Products on o.ProductId equals p.Id
        orderby o.Id
        select new WorkOrderToPost(o.Id, o.Number, day, p.Sku, o.Produced, o.Scrapped, o.MaterialValue, o.LabourValue, o.FinishedValue);

    private static Documents<BillToPost> BillsOf(DateOnly day) => (db, afterId) =>
        from b in db.SupplierBills
        where b.RecordedOn == day && b.Id > afterId
            && !db.JournalEntries.Any(e => e.SourceType == PostingSource.SupplierBill && e.SourceId == b.Id)
        join s in db.Suppliers on b.SupplierId equals s.Id
        join o in db.PurchaseOrders on b.PurchaseOrderId equals o.Id
        orderby b.Id
        select new BillToPost(b.Id, day, s.Name, b.SupplierReference, o.Number, b.ReceivedValue, b.Net, b.Vat, b.Gross);

    private static Documents<ShipmentToPost> ShipmentsOf(DateOnly day) => (db, afterId) =>
        from o in db.SalesOrders
        where o.ShippedOn == day && o.Id > afterId && o.CostOfGoodsSold != null
            && !db.JournalEntries.Any(e => e.SourceType == PostingSource.Shipment && e.SourceId == o.Id)
        orderby o.Id
        select new ShipmentToPost(o.Id, day, o.CostOfGoodsSold!.Value);

    private static Documents<InvoiceToPost> InvoicesOf(DateOnly day) => (db, afterId) =>
        from o in db.SalesOrders
        where o.InvoiceDate == day && o.Id > afterId && o.InvoiceNumber != null
            && !db.JournalEntries.Any(e => e.SourceType == PostingSource.Invoice && e.SourceId == o.Id)
        orderby o.Id
        select new InvoiceToPost(o.Id, o.InvoiceNumber!, day, o.NetTotal, o.VatTotal, o.GrossTotal, o.DiscountTotal);

    /// <summary>Posts the documents a chunk at a time: each chunk is read, then booked in one transaction.</summary>
    private async Task<int> PostInChunksAsync<T>(
        JobRunContext run, Progress progress, Documents<T> documents, Func<T, int> idOf, Func<T, LockDate, JournalEntry?> post,
        CancellationToken cancellationToken)
    {
        var posted = 0;
        var afterId = 0;
        while (true)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var chunk = await documents(db, afterId).Take(options.Value.ChunkSize).ToListAsync(cancellationToken);
            if (chunk.Count == 0)
            {
                return posted;
            }
            await ledger.PostInBulkAsync(db, chunk, post, cancellationToken);
            afterId = idOf(chunk[^1]);
            posted += chunk.Count;
            progress.Done += chunk.Count;
            await run.ReportAsync(progress.Done, progress.Total);
        }
    }

    private async Task CloseAsync(DateOnly day, string closedBy, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var totals = await db.JournalEntries.Where(e => e.Date == day)
            .SelectMany(e => e.Lines)
            .GroupBy(_ => 1)
            .Select(g => new { Debits = g.Sum(l => l.Debit), Credits = g.Sum(l => l.Credit) })
            .SingleOrDefaultAsync(cancellationToken);
        var entries = await db.JournalEntries.CountAsync(e => e.Date == day, cancellationToken);
        db.ClosedDays.Add(new ClosedDay(day, entries, totals?.Debits ?? 0, totals?.Credits ?? 0, closedBy, calendar.UtcNow));
        audit.Add(db, AuditKind.DayClosed, closedBy, null,
            UserMessage.Of($"Closed {day:d MMM yyyy}: {entries} journal entries, debits = credits = {totals?.Debits ?? 0:N2} {formats.Currency}."),
            day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Documents of the open days (done: those already posted) plus one step per day to close.</summary>
    private async Task<Progress> ProgressAsync(DateOnly first, DateOnly today, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var shipped = db.SalesOrders.Where(o => o.ShippedOn >= first && o.ShippedOn < today && o.CostOfGoodsSold != null);
        var invoiced = db.SalesOrders.Where(o => o.InvoiceDate >= first && o.InvoiceDate < today && o.InvoiceNumber != null);
        var received = db.GoodsReceipts.Where(r => r.ReceivedOn >= first && r.ReceivedOn < today);
        var billed = db.SupplierBills.Where(b => b.RecordedOn >= first && b.RecordedOn < today);
        var made = db.WorkOrders.Where(o => o.DoneOn >= first && o.DoneOn < today);
        var documents = await shipped.CountAsync(cancellationToken) + await invoiced.CountAsync(cancellationToken)
            + await received.CountAsync(cancellationToken) + await billed.CountAsync(cancellationToken) + await made.CountAsync(cancellationToken);
        var posted = await shipped.CountAsync(o => db.JournalEntries.Any(e => e.SourceType == PostingSource.Shipment && e.SourceId == o.Id), cancellationToken)
            + await invoiced.CountAsync(o => db.JournalEntries.Any(e => e.SourceType == PostingSource.Invoice && e.SourceId == o.Id), cancellationToken)
            + await received.CountAsync(r => db.JournalEntries.Any(e => e.SourceType == PostingSource.GoodsReceipt && e.SourceId == r.Id), cancellationToken)
            + await billed.CountAsync(b => db.JournalEntries.Any(e => e.SourceType == PostingSource.SupplierBill && e.SourceId == b.Id), cancellationToken)
            + await made.CountAsync(o => db.JournalEntries.Any(e => e.SourceType == PostingSource.WorkOrder && e.SourceId == o.Id), cancellationToken);
        return new Progress { Done = posted, Total = documents + (today.DayNumber - first.DayNumber) };
    }

    /// <summary>With nothing closed yet, the books start at the first day with a document or an entry (or yesterday).</summary>
    private static async Task<DateOnly> FirstBusinessDayAsync(AppDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var firstShipment = await db.SalesOrders.MinAsync(o => o.ShippedOn, cancellationToken);
        var firstInvoice = await db.SalesOrders.MinAsync(o => o.InvoiceDate, cancellationToken);
        var firstReceipt = await db.GoodsReceipts.MinAsync(r => (DateOnly?)r.ReceivedOn, cancellationToken);
        var firstBill = await db.SupplierBills.MinAsync(b => (DateOnly?)b.RecordedOn, cancellationToken);
        var firstWorkOrder = await db.WorkOrders.MinAsync(o => o.DoneOn, cancellationToken);
        var firstEntry = await db.JournalEntries.MinAsync(e => (DateOnly?)e.Date, cancellationToken);
        return new[] { firstShipment, firstInvoice, firstReceipt, firstBill, firstWorkOrder, firstEntry, today.AddDays(-1) }.Where(d => d is not null).Min()!.Value;
    }
}
