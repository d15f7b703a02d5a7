using System.Linq.Expressions;
using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Audit;
using FrontBackOffice.Domain.Stock;
using FrontBackOffice.Web.Company;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Shared.Audit;
using FrontBackOffice.Web.Jobs;
using FrontBackOffice.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontBackOffice.Web.Features.Stock;

public sealed record CountRow(int Id, string Location, CountState State, string OpenedBy, DateTime OpenedAt, int Lines, int Counted, DateTime? ClosedAt);

/// <summary>A count as its page shows it, with the steps its state allows (as the domain decides them).</summary>
public sealed record CountDetail(
    int Id, int LocationId, string Location, CountState State, string OpenedBy, DateTime OpenedAt, string? SubmittedBy, DateTime? SubmittedAt,
    string? PostedBy, DateTime? ClosedAt, int Lines, int Counted, int WaitingForApproval, int Reconciled, decimal Gains, decimal Losses,
    bool CanCount, bool CanSubmit, bool CanApprove, bool CanReconcileAgain);

public sealed record CountLineRow(
    int Id, string Sku, string ProductName, int SystemQuantity, int? Counted, int? Expected, int? Variance, decimal? UnitCost, decimal? Value,
    bool NeedsApproval, string? ApprovedBy, bool Posted);

public enum CountLineFilter
{
    All,
    Uncounted,
    Variances,
    WaitingForApproval,
}

/// <summary>Stock counts: open (snapshot), count or import, submit (reconciliation job), approve, and the variance report.</summary>
public sealed class CountService(
    IDbContextFactory<AppDbContext> dbFactory, AccessGuard guard, JobLauncher jobs, AuditTrail audit, BusinessCalendar calendar, Formats formats,
    IOptions<StockOptions> options)
{
    private static readonly SortMap<CountLine> LineSorts = new SortMap<CountLine>(nameof(CountLineRow.Sku), false).ThenBy(l => l.Id)
        .Add(nameof(CountLineRow.Sku), l => l.Sku)
        .Add(nameof(CountLineRow.ProductName), l => l.ProductName)
        .Add(nameof(CountLineRow.SystemQuantity), l => l.SystemQuantity)
        .Add(nameof(CountLineRow.Counted), l => l.Counted)
        .Add(nameof(CountLineRow.Variance), l => l.Variance)
        .Add(nameof(CountLineRow.Value), l => l.Value);

    public async Task<IReadOnlyList<CountRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageStock, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await (from s in db.CountSessions.AsNoTracking()
                      join l in db.Locations on s.LocationId equals l.Id
                      orderby s.Id descending
                      select new CountRow(s.Id, l.Name, s.State, s.OpenedBy, s.OpenedAt,
                          db.CountLines.Count(c => c.SessionId == s.Id), db.CountLines.Count(c => c.SessionId == s.Id && c.Counted != null), s.ClosedAt))
            .Take(100).ToListAsync(cancellationToken);
    }

    public async Task<CountDetail> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageStock, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var s = await db.CountSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw new NotFoundException($"There is no count #{id}.");
        var location = await db.Locations.Where(l => l.Id == s.LocationId).Select(l => l.Name).SingleAsync(cancellationToken);
        var lines = db.CountLines.Where(l => l.SessionId == id);
        return new CountDetail(s.Id, s.LocationId, location, s.State, s.OpenedBy, s.OpenedAt, s.SubmittedBy, s.SubmittedAt, s.PostedBy, s.ClosedAt,
            await lines.CountAsync(cancellationToken),
            await lines.CountAsync(l => l.Counted != null, cancellationToken),
            await lines.CountAsync(CountLine.Waiting, cancellationToken),
            await lines.CountAsync(l => l.Expected != null, cancellationToken),
            await lines.Where(CountLine.IsGain).SumAsync(l => l.Value ?? 0, cancellationToken),
            -await lines.Where(CountLine.IsLoss).SumAsync(l => l.Value ?? 0, cancellationToken),
            s.CanCount, s.CanSubmit, s.CanApprove, s.CanReconcileAgain);
    }

    public async Task<PageResult<CountLineRow>> LinesAsync(int id, PageRequest request, CountLineFilter filter, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageStock, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.CountLines.AsNoTracking().Where(l => l.SessionId == id);
        query = filter switch
        {
            CountLineFilter.Uncounted => query.Where(l => l.Counted == null),
            CountLineFilter.Variances => query.Where(CountLine.HasVariance),
            CountLineFilter.WaitingForApproval => query.Where(CountLine.Waiting),
            _ => query,
        };
        if (request.Term is { } term)
        {
            query = query.Where(l => l.Sku.ToLower().Contains(term) || l.ProductName.ToLower().Contains(term));
        }
        return await query.ToPageAsync(request, LineSorts, l => new CountLineRow(l.Id, l.Sku, l.ProductName, l.SystemQuantity, l.Counted, l.Expected,
            l.Variance, l.UnitCost, l.Value, l.NeedsApproval, l.ApprovedBy, l.Posted), cancellationToken);
    }

    /// <summary>Every line of a count in SKU order, read as it is written out (the variance report exports); a count that does not exist is refused.</summary>
    public async IAsyncEnumerable<CountLineRow> AllLinesAsync(int id, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageStock, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.CountSessions.AnyAsync(s => s.Id == id, cancellationToken))
        {
            throw new NotFoundException($"There is no count #{id}.");
        }
        await foreach (var l in db.CountLines.AsNoTracking().Where(l => l.SessionId == id).OrderBy(l => l.Sku).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return new CountLineRow(l.Id, l.Sku, l.ProductName, l.SystemQuantity, l.Counted, l.Expected, l.Variance, l.UnitCost, l.Value, l.NeedsApproval, l.ApprovedBy, l.Posted);
        }
    }

    /// <summary>
    /// Opens a count of a location: one line per product kept there, with its on-hand quantity now and the last
    /// movement now, taken in one transaction and one statement so the snapshot is consistent.
    /// </summary>
    public async Task<int> OpenAsync(int locationId, CancellationToken cancellationToken = default)
    {
        var actor = await guard.DemandAsync(Policies.ManageStock, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Locations.AnyAsync(l => l.Id == locationId, cancellationToken))
        {
            throw new NotFoundException($"There is no location #{locationId}.");
        }
        if (await db.CountSessions.AnyAsync(s => s.LocationId == locationId && s.State != CountState.Closed, cancellationToken))
        {
            throw new DomainException("This location already has a count going on; finish it first.");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var snapshot = await db.StockMovements.MaxAsync(m => (long?)m.Id, cancellationToken) ?? 0;
        var session = new CountSession(locationId, snapshot, actor.Name, calendar.UtcNow);
        db.CountSessions.Add(session);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            throw new DomainException("This location already has a count going on; finish it first.");
        }
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "CountLines" ("SessionId", "ProductId", "Sku", "ProductName", "SystemQuantity", "NeedsApproval", "Posted")
            SELECT {session.Id}, p."Id", p."Sku", p."Name", l."OnHand", {false}, {false}
            FROM "StockLevels" l JOIN "Products" p ON p."Id" = l."ProductId"
            WHERE l."LocationId" = {locationId}
            """, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return session.Id;
    }

    public async Task SetCountedAsync(int id, int lineId, int counted, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageStock, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await EnsureCountingAsync(db, id, cancellationToken);
        var line = await db.CountLines.SingleOrDefaultAsync(l => l.SessionId == id && l.Id == lineId, cancellationToken)
            ?? throw new NotFoundException($"Count #{id} has no line #{lineId}.");
        line.Count(counted);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Imports <c>sku,counted</c>: the whole file, or nothing when any line is bad. The file is taken up to
    /// <c>Stock:ImportMaxMegabytes</c> (read asynchronously, so an upload's stream is never waited on by a blocking
    /// read), parsed as it is read up to <c>Stock:ImportMaxLines</c> lines, and its SKUs are looked up in batches the
    /// database takes on any provider.
    /// </summary>
    public async Task<int> ImportAsync(int id, Stream file, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageStock, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await EnsureCountingAsync(db, id, cancellationToken);
        var (header, read) = await CsvFiles.ReadUploadAsync(file, options.Value.ImportMaxMegabytes, options.Value.ImportMaxLines, CountFileName, cancellationToken);
        var rows = read.Select(l => new CountFileRow(l.LineNumber, l.Fields)).ToList();
        var status = await SkuStatusesAsync(db, id, rows.Select(r => r.Fields[0].Trim().ToUpperInvariant()).Where(s => s.Length > 0).Distinct(), cancellationToken);

        var (lines, errors, badLines) = CountFile.Check(header, rows, sku => status.TryGetValue(sku, out var s) ? s.Status : SkuStatus.Unknown);
        if (badLines > 0)
        {
            throw new ImportRefusedException(errors, badLines);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var chunk in lines.Chunk(1000))
        {
            var ids = chunk.Select(l => status[l.Sku].LineId).ToList();
            var tracked = await db.CountLines.Where(l => ids.Contains(l.Id)).ToDictionaryAsync(l => l.Id, cancellationToken);
            foreach (var line in chunk)
            {
                tracked[status[line.Sku].LineId].Count(line.Counted);
            }
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        await transaction.CommitAsync(cancellationToken);
        return lines.Count;
    }

    /// <summary>Where each SKU stands for the count: on it (with its line), kept elsewhere, or unknown (missing from the map).</summary>
    private static async Task<Dictionary<string, (SkuStatus Status, int LineId)>> SkuStatusesAsync(
        AppDbContext db, int countId, IEnumerable<string> skus, CancellationToken cancellationToken)
    {
        var status = new Dictionary<string, (SkuStatus, int)>(StringComparer.OrdinalIgnoreCase);
        foreach (var batch in skus.Chunk(LookupBatch))
        {
            foreach (var line in await db.CountLines.Where(l => l.SessionId == countId && batch.Contains(l.Sku)).Select(l => new { l.Sku, l.Id }).ToListAsync(cancellationToken))
            {
                status[line.Sku] = (SkuStatus.OnCount, line.Id);
            }
            var elsewhere = batch.Where(s => !status.ContainsKey(s)).ToList();
            foreach (var sku in await db.Products.Where(p => elsewhere.Contains(p.Sku)).Select(p => p.Sku).ToListAsync(cancellationToken))
            {
                status[sku] = (SkuStatus.NotInLocation, 0);
            }
        }
        return status;
    }

    /// <summary>How a refusal names a count file.</summary>
    public const string CountFileName = "a count file";

    /// <summary>SKUs looked up per query: well under the parameters a statement may have (SQLite 32,766, SQL Server 2,100).</summary>
    private const int LookupBatch = 500;

    /// <summary>Closes the counting and starts the reconciliation job.</summary>
    public async Task<long> SubmitAsync(int id, CancellationToken cancellationToken = default)
    {
        var actor = await guard.DemandAsync(Policies.ManageStock, cancellationToken);
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var session = await db.CountSessions.SingleOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw new NotFoundException($"There is no count #{id}.");
            session.Submit(actor.Name, calendar.UtcNow);
            await db.SaveChangesAsync(cancellationToken);
        }
        return await jobs.TriggerAsync(JobKinds.StockReconciliation, SubjectOf(id), cancellationToken: cancellationToken);
    }

    /// <summary>Approves one large variance; once none waits, the reconciliation job runs again to post the count.</summary>
    public Task<long?> ApproveAsync(int id, int lineId, CancellationToken cancellationToken = default) =>
        ApproveWhereAsync(id, l => l.Id == lineId, cancellationToken);

    /// <summary>Approves every variance of the count that waits, in one statement however many there are, and posts the count.</summary>
    public Task<long?> ApproveAllAsync(int id, CancellationToken cancellationToken = default) =>
        ApproveWhereAsync(id, l => true, cancellationToken);

    private async Task<long?> ApproveWhereAsync(int id, Expression<Func<CountLine, bool>> which, CancellationToken cancellationToken)
    {
        var actor = await guard.DemandAsync(Policies.ManageStock, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var session = await db.CountSessions.SingleOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw new NotFoundException($"There is no count #{id}.");
        session.EnsureApproving();
        var waiting = db.CountLines.Where(l => l.SessionId == id).Where(CountLine.Waiting).Where(which);
        var (lines, value) = (await waiting.CountAsync(cancellationToken), await waiting.SumAsync(l => l.Value ?? 0, cancellationToken));
        if (lines == 0)
        {
            throw new DomainException("These variances are already approved.");
        }
        await waiting.ExecuteUpdateAsync(l => l.SetProperty(x => x.ApprovedBy, actor.Name), cancellationToken);
        audit.Add(db, AuditKind.Approval, actor, UserMessage.Of($"Approved {lines} variance(s) of count #{id}, worth {value:N2} {formats.Currency} in all."), SubjectOf(id));
        var posting = !await db.CountLines.Where(l => l.SessionId == id).AnyAsync(CountLine.Waiting, cancellationToken);
        if (posting)
        {
            session.ResumePosting();
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return posting ? await jobs.TriggerAsync(JobKinds.StockReconciliation, SubjectOf(id), cancellationToken: cancellationToken) : null;
    }

    /// <summary>Runs the reconciliation again (after a failure) for a submitted count.</summary>
    public async Task<long> RetryAsync(int id, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageStock, cancellationToken);
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var session = await db.CountSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw new NotFoundException($"There is no count #{id}.");
            if (!session.CanReconcileAgain)
            {
                throw new DomainException($"Count #{id} is {CountStates.Describe(session.State)} and has no reconciliation to run again.");
            }
        }
        return await jobs.TriggerAsync(JobKinds.StockReconciliation, SubjectOf(id), cancellationToken: cancellationToken);
    }

    public const string SubjectPrefix = "count-";

    public static string SubjectOf(int sessionId) => SubjectPrefix + sessionId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task EnsureCountingAsync(AppDbContext db, int id, CancellationToken cancellationToken)
    {
        var session = await db.CountSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw new NotFoundException($"There is no count #{id}.");
        session.EnsureCounting();
    }
}
