using System.Globalization;
using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Ledger;
using FrontBackOffice.Domain.Stock;
using FrontBackOffice.Web.Company;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Jobs;
using FrontBackOffice.Web.Shared.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontBackOffice.Web.Features.Stock;

/// <summary>
/// Reconciles a submitted count, a chunk of lines per transaction: expected = snapshot + movements since,
/// variance and value per line. Large variances wait for approval; otherwise (or once approved) it writes one
/// adjustment movement per line that differs and one balanced journal entry, and closes the count. It also checks
/// that every materialised stock level equals the sum of its movements. Safe to run again: a reconciled line is
/// not reconciled twice, a posted line is not adjusted twice (the database refuses it too), and the entry is
/// written once.
/// </summary>
public sealed class StockReconciliationJob(
    IDbContextFactory<AppDbContext> dbFactory, IOptions<StockOptions> options, BusinessCalendar calendar, LedgerPosting ledger, Formats formats) : IBatchJob
{
    private const int Attempts = 3;

    /// <summary>What <see cref="CountLine.Reconcile"/> sets, and then <see cref="CountLine.MarkPosted"/>: a count's lines are the job's alone while it runs.</summary>
    private static readonly string[] ReconciledColumns =
        [nameof(CountLine.Expected), nameof(CountLine.Variance), nameof(CountLine.UnitCost), nameof(CountLine.Value), nameof(CountLine.NeedsApproval)];

    private static readonly string[] PostedColumns = [nameof(CountLine.Posted), nameof(CountLine.Value)];

    /// <summary>What an adjustment changes of a stock level and of its product.</summary>
    private static readonly string[] LevelColumns = [nameof(StockLevel.OnHand)];

    private static readonly string[] ProductColumns = [nameof(Product.OnHand), nameof(Product.UnitCost), nameof(Product.StockValue)];

    public async Task<UserMessage> RunAsync(JobRunContext run, CancellationToken cancellationToken)
    {
        var sessionId = int.Parse(run.Subject[CountService.SubjectPrefix.Length..], CultureInfo.InvariantCulture);
        CountSession session;
        int total, reconciled;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            session = await db.CountSessions.AsNoTracking().SingleAsync(s => s.Id == sessionId, cancellationToken);
            if (session.State == CountState.Closed)
            {
                return UserMessage.Of($"Count #{sessionId} is already closed.");
            }
            if (session.State == CountState.Open)
            {
                throw new DomainException($"Count #{sessionId} has not been submitted.");
            }
            total = await db.CountLines.CountAsync(l => l.SessionId == sessionId, cancellationToken);
            reconciled = await db.CountLines.CountAsync(l => l.SessionId == sessionId && l.Expected != null, cancellationToken);
        }
        var progress = new Progress(run, total * 2 + 1, reconciled);
        await progress.ReportAsync(0);

        await ReconcileAsync(session, progress, cancellationToken);
        var integrity = await IntegrityAsync(cancellationToken);
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var waiting = await db.CountLines.CountAsync(l => l.SessionId == sessionId && l.NeedsApproval && l.ApprovedBy == null, cancellationToken);
            var tracked = await db.CountSessions.SingleAsync(s => s.Id == sessionId, cancellationToken);
            tracked.Reconciled(waiting > 0, calendar.UtcNow);
            await db.SaveChangesAsync(cancellationToken);
            if (waiting > 0)
            {
                return UserMessage.Of($"Count #{sessionId}: {total} line(s) reconciled; {waiting} line(s) wait for approval before posting. {integrity}");
            }
        }

        progress.Done = total + await PostedCountAsync(sessionId, cancellationToken);
        var adjusted = await AdjustAsync(session, run.StartedBy, progress, cancellationToken);
        var (gains, losses) = await CloseAsync(session, run.StartedBy, cancellationToken);
        await progress.ReportAsync(1);
        return UserMessage.Of($"Count #{sessionId} posted: {adjusted} adjustment(s), gains {gains:N2} {formats.Currency}, losses {losses:N2} {formats.Currency}; the count is closed. {integrity}");
    }

    private sealed class Progress(JobRunContext run, int total, int done)
    {
        public int Done { get; set; } = done;

        public Task ReportAsync(int more)
        {
            Done += more;
            return run.ReportAsync(Done, total);
        }
    }

    /// <summary>Computes expected, variance and value for the lines not yet reconciled.</summary>
    private async Task ReconcileAsync(CountSession session, Progress progress, CancellationToken cancellationToken)
    {
        var threshold = options.Value.ApprovalThreshold;
        var afterId = 0;
        while (true)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var lines = await db.CountLines.AsNoTracking().Where(l => l.SessionId == session.Id && l.Id > afterId && l.Expected == null)
                .OrderBy(l => l.Id).Take(options.Value.ChunkSize).ToListAsync(cancellationToken);
            if (lines.Count == 0)
            {
                return;
            }
            var products = Chunk(db, session.Id, afterId, lines[^1].Id).Select(l => l.ProductId);
            var since = await db.StockMovements
                .Where(m => m.LocationId == session.LocationId && m.Id > session.SnapshotMovementId && products.Contains(m.ProductId))
                .GroupBy(m => m.ProductId)
                .Select(g => new { ProductId = g.Key, Quantity = g.Sum(m => m.Quantity) })
                .ToDictionaryAsync(m => m.ProductId, m => m.Quantity, cancellationToken);
            var costs = await db.Products.Where(p => products.Contains(p.Id)).Select(p => new { p.Id, p.UnitCost })
                .ToDictionaryAsync(p => p.Id, p => p.UnitCost, cancellationToken);
            foreach (var line in lines)
            {
                line.Reconcile(since.GetValueOrDefault(line.ProductId), costs[line.ProductId], threshold);
            }
            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                await db.UpdateEachAsync(lines, ReconciledColumns, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            afterId = lines[^1].Id;
            await progress.ReportAsync(lines.Count);
        }
    }

    /// <summary>
    /// Writes the adjustment movement of every line that differs and is not yet posted: the levels, products and lines by
    /// prepared updates (the levels' and products' row versions catch an order working on the same stock meanwhile), the
    /// new movements in bulk, all in one transaction.
    /// </summary>
    private async Task<int> AdjustAsync(CountSession session, string postedBy, Progress progress, CancellationToken cancellationToken)
    {
        var adjusted = 0;
        var afterId = 0;
        while (true)
        {
            var chunk = await AdjustChunkAsync(session, afterId, postedBy, cancellationToken);
            if (chunk.Lines == 0)
            {
                return adjusted;
            }
            adjusted += chunk.Adjusted;
            afterId = chunk.LastId;
            await progress.ReportAsync(chunk.Lines);
        }
    }

    private async Task<(int Lines, int Adjusted, int LastId)> AdjustChunkAsync(CountSession session, int afterId, string postedBy, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var lines = await db.CountLines.AsNoTracking().Where(l => l.SessionId == session.Id && l.Id > afterId && !l.Posted)
                .OrderBy(l => l.Id).Take(options.Value.ChunkSize).ToListAsync(cancellationToken);
            if (lines.Count == 0)
            {
                return (0, 0, afterId);
            }
            // Only the lines that differ move stock: the levels and products of the others are not read.
            var products = Chunk(db, session.Id, afterId, lines[^1].Id).Where(l => l.Variance != 0).Select(l => l.ProductId);
            var levels = await db.StockLevels.Where(l => l.LocationId == session.LocationId && products.Contains(l.ProductId))
                .ToDictionaryAsync(l => l.ProductId, cancellationToken);
            var stock = await db.Products.Where(p => products.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
            var movements = new List<StockMovement>();
            var (adjustedLevels, adjustedProducts) = (new List<StockLevel>(), new List<Product>());
            foreach (var line in lines)
            {
                if (line.Variance is { } variance and not 0)
                {
                    StockValuation adjustment;
                    try
                    {
                        var movement = levels[line.ProductId].Adjust(variance, line.UnitCost!.Value, calendar.UtcNow, new StockSource(StockSource.StockCount, line.Id));
                        adjustment = variance > 0 ? stock[line.ProductId].Receive(variance, line.UnitCost!.Value) : stock[line.ProductId].Issue(-variance);
                        movements.Add(movement);
                        adjustedLevels.Add(levels[line.ProductId]);
                        adjustedProducts.Add(stock[line.ProductId]);
                    }
                    catch (DomainException refused)
                    {
                        throw new DomainException($"{line.Sku} cannot be adjusted by {variance}: {refused.Message}");
                    }
                    line.MarkPosted(adjustment);
                }
                else
                {
                    line.MarkPosted();
                }
            }
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await db.UpdateEachAsync(adjustedLevels, LevelColumns, cancellationToken);
                await db.UpdateEachAsync(adjustedProducts, ProductColumns, cancellationToken);
                await db.UpdateEachAsync(lines, PostedColumns, cancellationToken);
                await db.InsertNewAsync(movements, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return (lines.Count, movements.Count, lines[^1].Id);
            }
            catch (DbUpdateException e) when (attempt < Attempts && (e is DbUpdateConcurrencyException || e.IsLostRace()))
            {
                // An order reserved or shipped the same stock meanwhile: read the levels again.
            }
        }
    }

    /// <summary>
    /// A chunk's lines as a subquery, for the reads of their products' stock: those look the products up through their
    /// indexes in one statement of constant text, where a list of a thousand parameters would be sent, bound and parsed
    /// every time.
    /// </summary>
    private static IQueryable<CountLine> Chunk(AppDbContext db, int sessionId, int afterId, int lastId) =>
        db.CountLines.Where(l => l.SessionId == sessionId && l.Id > afterId && l.Id <= lastId);

    /// <summary>One journal entry for the whole count (gains and losses summed by the database), then the count closes.</summary>
    private async Task<(decimal Gains, decimal Losses)> CloseAsync(CountSession session, string postedBy, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var lines = db.CountLines.Where(l => l.SessionId == session.Id);
        var gains = await lines.Where(l => l.Value > 0).SumAsync(l => l.Value ?? 0, cancellationToken);
        var losses = -await lines.Where(l => l.Value < 0).SumAsync(l => l.Value ?? 0, cancellationToken);
        var location = await db.Locations.Where(l => l.Id == session.LocationId).Select(l => l.Code).SingleAsync(cancellationToken);
        await ledger.PostAsync(db, lockDate => Postings.StockCount(session.Id, location, gains, losses, calendar.Today, lockDate, postedBy, calendar.UtcNow),
            postedBy, null, CountService.SubjectOf(session.Id), cancellationToken);
        var tracked = await db.CountSessions.SingleAsync(s => s.Id == session.Id, cancellationToken);
        tracked.Close(postedBy, calendar.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
        return (gains, losses);
    }

    private async Task<int> PostedCountAsync(int sessionId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.CountLines.CountAsync(l => l.SessionId == sessionId && l.Posted, cancellationToken);
    }

    /// <summary>Every materialised stock level against the sum of its movements; the differences, if any, for the run's result.</summary>
    private async Task<UserMessage> IntegrityAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var differences = await (
                from l in db.StockLevels
                let moved = db.StockMovements.Where(m => m.ProductId == l.ProductId && m.LocationId == l.LocationId).Sum(m => (int?)m.Quantity) ?? 0
                where moved != l.OnHand
                join p in db.Products on l.ProductId equals p.Id
                join loc in db.Locations on l.LocationId equals loc.Id
                orderby p.Sku
                select new { p.Sku, Location = loc.Code, l.OnHand, Moved = moved })
            .Take(21).ToListAsync(cancellationToken);
        var products = await (
                from p in db.Products
                let levels = db.StockLevels.Where(l => l.ProductId == p.Id).Sum(l => (int?)l.OnHand) ?? 0
                where levels != p.OnHand
                orderby p.Sku
                select new { p.Sku, p.OnHand, Levels = levels })
            .Take(21).ToListAsync(cancellationToken);
        if (differences.Count == 0 && products.Count == 0)
        {
            return UserMessage.Of("Integrity check: every stock level equals the sum of its movements, and every product's stock the sum of its levels.");
        }
        var listed = differences.Take(20).Select(d => UserMessage.Of($"{d.Sku} at {d.Location}: level {d.OnHand}, movements {d.Moved}"))
            .Concat(products.Take(20).Select(d => UserMessage.Of($"{d.Sku}: product {d.OnHand}, levels {d.Levels}")));
        return UserMessage.Of($"Integrity check found stock that differs from its movements: {UserMessage.Join("; ", listed)}{(differences.Count > 20 || products.Count > 20 ? "; …" : "")}.");
    }
}
