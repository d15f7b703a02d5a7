using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Audit;
using FrontBackOffice.Domain.Stock;
using FrontBackOffice.Web.Company;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Features.Admin;
using FrontBackOffice.Web.Jobs;
using FrontBackOffice.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Features.Stock;

public sealed record CountRow(int Id, string Location, CountState State, string OpenedBy, DateTime OpenedAt, int Lines, int Counted, DateTime? ClosedAt);

public sealed record CountDetail(
    int Id, int LocationId, string Location, CountState State, string OpenedBy, DateTime OpenedAt, string? SubmittedBy, DateTime? SubmittedAt,
    string? PostedBy, DateTime? ClosedAt, int Lines, int Counted, int WaitingForApproval, int Reconciled, decimal Gains, decimal Losses);

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

/// <summary>A count file that was refused whole: every bad line, by number.</summary>
public sealed class CountFileRefusedException(IReadOnlyList<string> errors)
    : DomainException($"The file was not imported: {errors.Count} bad line(s). Nothing was saved.")
{
    public IReadOnlyList<string> Errors { get; } = errors;
}

/// <summary>Stock counts: open (snapshot), count or import, submit (reconciliation job), approve, and the variance report.</summary>
public sealed class CountService(IDbContextFactory<AppDbContext> dbFactory, AccessGuard guard, JobLauncher jobs, AuditTrail audit, BusinessCalendar calendar)
{
    private static readonly SortMap<CountLine> LineSorts = new SortMap<CountLine>(nameof(CountLineRow.Sku), false, q => q.ThenBy(l => l.Id))
        .Add(nameof(CountLineRow.Sku), l => l.Sku)
        .Add(nameof(CountLineRow.ProductName), l => l.ProductName)
        .Add(nameof(CountLineRow.SystemQuantity), l => l.SystemQuantity)
        .Add(nameof(CountLineRow.Counted), l => l.Counted)
        .Add(nameof(CountLineRow.Variance), l => l.Variance)
        .Add(nameof(CountLineRow.Value), l => l.Value);

    public async Task<IReadOnlyList<CountRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.Stock, cancellationToken);
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
        await guard.DemandAsync(Policies.Stock, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var s = await db.CountSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw new NotFoundException($"There is no count #{id}.");
        var location = await db.Locations.Where(l => l.Id == s.LocationId).Select(l => l.Name).SingleAsync(cancellationToken);
        var lines = db.CountLines.Where(l => l.SessionId == id);
        return new CountDetail(s.Id, s.LocationId, location, s.State, s.OpenedBy, s.OpenedAt, s.SubmittedBy, s.SubmittedAt, s.PostedBy, s.ClosedAt,
            await lines.CountAsync(cancellationToken),
            await lines.CountAsync(l => l.Counted != null, cancellationToken),
            await lines.CountAsync(l => l.NeedsApproval && l.ApprovedBy == null, cancellationToken),
            await lines.CountAsync(l => l.Expected != null, cancellationToken),
            await lines.Where(l => l.Value > 0).SumAsync(l => l.Value ?? 0, cancellationToken),
            -await lines.Where(l => l.Value < 0).SumAsync(l => l.Value ?? 0, cancellationToken));
    }

    public async Task<PageResult<CountLineRow>> LinesAsync(int id, PageRequest request, CountLineFilter filter, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.Stock, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.CountLines.AsNoTracking().Where(l => l.SessionId == id);
        query = filter switch
        {
            CountLineFilter.Uncounted => query.Where(l => l.Counted == null),
            CountLineFilter.Variances => query.Where(l => l.Variance != null && l.Variance != 0),
            CountLineFilter.WaitingForApproval => query.Where(l => l.NeedsApproval && l.ApprovedBy == null),
            _ => query,
        };
        if (request.Term is { } term)
        {
            query = query.Where(l => l.Sku.ToLower().Contains(term) || l.ProductName.ToLower().Contains(term));
        }
        return await query.ToPageAsync(request, LineSorts, l => new CountLineRow(l.Id, l.Sku, l.ProductName, l.SystemQuantity, l.Counted, l.Expected,
            l.Variance, l.UnitCost, l.Value, l.NeedsApproval, l.ApprovedBy, l.Posted), cancellationToken);
    }

    /// <summary>Every line of a count in SKU order, read as it is written out (the variance report exports).</summary>
    public async IAsyncEnumerable<CountLineRow> AllLinesAsync(int id, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.Stock, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
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
        var actor = await guard.DemandAsync(Policies.Stock, cancellationToken);
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
        await guard.DemandAsync(Policies.Stock, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await EnsureCountingAsync(db, id, cancellationToken);
        var line = await db.CountLines.SingleOrDefaultAsync(l => l.SessionId == id && l.Id == lineId, cancellationToken)
            ?? throw new NotFoundException($"Count #{id} has no line #{lineId}.");
        line.Count(counted);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Imports <c>sku,counted</c>: the whole file, or nothing when any line is bad.</summary>
    public async Task<int> ImportAsync(int id, string file, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.Stock, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await EnsureCountingAsync(db, id, cancellationToken);
        var onCount = await db.CountLines.Where(l => l.SessionId == id).Select(l => new { l.Sku, l.Id }).ToDictionaryAsync(l => l.Sku, l => l.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var fileSkus = file.Split('\n').Skip(1).Select(r => r.Split(',')[0].Trim().Trim('"').ToUpperInvariant()).Where(s => s.Length > 0 && !onCount.ContainsKey(s)).Distinct().ToList();
        var elsewhere = (await db.Products.Where(p => fileSkus.Contains(p.Sku)).Select(p => p.Sku).ToListAsync(cancellationToken)).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var (lines, errors) = CountFile.Parse(file, sku => onCount.ContainsKey(sku) ? SkuStatus.OnCount : elsewhere.Contains(sku) ? SkuStatus.NotInLocation : SkuStatus.Unknown);
        if (errors.Count > 0)
        {
            throw new CountFileRefusedException(errors);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var chunk in lines.Chunk(1000))
        {
            var ids = chunk.Select(l => onCount[l.Sku]).ToList();
            var tracked = await db.CountLines.Where(l => ids.Contains(l.Id)).ToDictionaryAsync(l => l.Id, cancellationToken);
            foreach (var line in chunk)
            {
                tracked[onCount[line.Sku]].Count(line.Counted);
            }
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        await transaction.CommitAsync(cancellationToken);
        return lines.Count;
    }

    /// <summary>Closes the counting and starts the reconciliation job.</summary>
    public async Task<long> SubmitAsync(int id, CancellationToken cancellationToken = default)
    {
        var actor = await guard.DemandAsync(Policies.Stock, cancellationToken);
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var session = await db.CountSessions.SingleOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw new NotFoundException($"There is no count #{id}.");
            session.Submit(actor.Name, calendar.UtcNow);
            await db.SaveChangesAsync(cancellationToken);
        }
        return await jobs.TriggerAsync(JobKinds.StockReconciliation, SubjectOf(id), cancellationToken: cancellationToken);
    }

    /// <summary>Approves large variances; once none waits, the reconciliation job runs again to post the count.</summary>
    public async Task<long?> ApproveAsync(int id, IReadOnlyCollection<int> lineIds, CancellationToken cancellationToken = default)
    {
        var actor = await guard.DemandAsync(Policies.Stock, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var session = await db.CountSessions.SingleOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw new NotFoundException($"There is no count #{id}.");
        if (session.State != CountState.AwaitingApproval)
        {
            throw new DomainException($"Count #{id} is {session.State}: there is nothing to approve.");
        }
        foreach (var line in await db.CountLines.Where(l => l.SessionId == id && lineIds.Contains(l.Id)).ToListAsync(cancellationToken))
        {
            line.Approve(actor.Name);
            audit.Add(db, AuditKind.Approval, actor, $"Approved the variance of {line.Sku} in count #{id}: {line.Variance} units, {line.Value:0.00}.", SubjectOf(id));
        }
        await db.SaveChangesAsync(cancellationToken);
        if (await db.CountLines.AnyAsync(l => l.SessionId == id && l.NeedsApproval && l.ApprovedBy == null, cancellationToken))
        {
            return null;
        }
        session.ResumePosting();
        await db.SaveChangesAsync(cancellationToken);
        return await jobs.TriggerAsync(JobKinds.StockReconciliation, SubjectOf(id), cancellationToken: cancellationToken);
    }

    /// <summary>Runs the reconciliation again (after a failure) for a submitted count.</summary>
    public async Task<long> RetryAsync(int id, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.Stock, cancellationToken);
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var session = await db.CountSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw new NotFoundException($"There is no count #{id}.");
            if (session.State != CountState.Reconciling)
            {
                throw new DomainException($"Count #{id} is {session.State} and has no reconciliation to run again.");
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
