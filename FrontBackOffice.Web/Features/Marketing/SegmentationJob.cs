using FrontBackOffice.Domain;
using System.Text.Json;
using FrontBackOffice.Domain.Marketing;
using FrontBackOffice.Domain.Orders;
using FrontBackOffice.Web.Company;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontBackOffice.Web.Features.Marketing;

/// <summary>
/// What a segmentation run scores against, fixed when it first starts so that a run resumed after a crash scores the
/// rest of the customers exactly as it scored the first: the moment it looks back from, the window, and the quintile
/// boundaries of the customers who bought in it.
/// </summary>
public sealed class SegmentationRun(long runId, DateTime asOf, int windowDays, string bounds)
{
    public long RunId { get; private set; } = runId;
    public DateTime AsOf { get; private set; } = asOf;
    public int WindowDays { get; private set; } = windowDays;

    /// <summary>The <see cref="RfmBounds"/>, as JSON.</summary>
    public string Bounds { get; private set; } = bounds;
}

/// <summary>
/// The nightly customer segmentation: every customer's recency, frequency and monetary value over
/// <c>Marketing:SegmentationWindowDays</c> of confirmed, shipped and invoiced orders, scored 1 to 5 by quintile, and the
/// segment they make. Customers are scored a chunk per transaction, each written with the run's id: a resumed run skips
/// those it scored, and a change of segment is kept once per run (the database refuses a second).
/// </summary>
public sealed class SegmentationJob(IDbContextFactory<AppDbContext> dbFactory, BusinessCalendar calendar, IOptions<MarketingOptions> options) : IBatchJob
{
    /// <summary>
    /// The orders that do not count: every other (confirmed, shipped, invoiced) does. Asked as "not these", so that
    /// SQLite reads a chunk's orders by the customer index rather than the whole window by the status index.
    /// </summary>
    private static readonly OrderStatus[] NotCounted = [OrderStatus.Draft, OrderStatus.Cancelled];

    public async Task<UserMessage> RunAsync(JobRunContext run, CancellationToken cancellationToken)
    {
        var plan = await PlanAsync(run.RunId, cancellationToken);
        var bounds = JsonSerializer.Deserialize<RfmBounds>(plan.Bounds)!;
        int total;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            total = await db.Customers.CountAsync(cancellationToken);
        }
        await run.ReportAsync(0, total);
        var (afterId, done) = (0, 0);
        while (true)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var ids = await db.Customers.Where(c => c.Id > afterId).OrderBy(c => c.Id).Select(c => c.Id)
                .Take(options.Value.SegmentationChunkSize).ToListAsync(cancellationToken);
            if (ids.Count == 0)
            {
                break;
            }
            await ScoreAsync(db, run.RunId, plan, bounds, ids, cancellationToken);
            (afterId, done) = (ids[^1], done + ids.Count);
            await run.ReportAsync(done, total);
        }
        return await SummaryAsync(run.RunId, plan, cancellationToken);
    }

    /// <summary>The run's plan: read back when the run is resumed, else fixed now from the orders in the window.</summary>
    private async Task<SegmentationRun> PlanAsync(long runId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.SegmentationRuns.AsNoTracking().SingleOrDefaultAsync(r => r.RunId == runId, cancellationToken) is { } planned)
        {
            return planned;
        }
        var asOf = calendar.UtcNow;
        var windowDays = options.Value.SegmentationWindowDays;
        var bought = Bought(db, asOf.AddDays(-windowDays), asOf);
        var count = await bought.CountAsync(cancellationToken);
        var positions = count == 0 ? [] : Rfm.BoundaryPositions(count);
        var today = calendar.DayOf(asOf);
        var days = new List<int>();
        var orders = new List<int>();
        var net = new List<decimal>();
        foreach (var position in positions)
        {
            // Most recent first, so that the days since the last order come in ascending order.
            var last = await bought.OrderByDescending(b => b.Last).Select(b => b.Last).Skip(position).FirstAsync(cancellationToken);
            days.Add(today.DayNumber - calendar.DayOf(last).DayNumber);
            orders.Add(await bought.OrderBy(b => b.Orders).Select(b => b.Orders).Skip(position).FirstAsync(cancellationToken));
            net.Add(await bought.OrderBy(b => b.Net).Select(b => b.Net).Skip(position).FirstAsync(cancellationToken));
        }
        var plan = new SegmentationRun(runId, asOf, windowDays, JsonSerializer.Serialize(new RfmBounds(days, orders, net)));
        db.SegmentationRuns.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        return plan;
    }

    /// <summary>Scores a chunk of customers and keeps their changes of segment, in one transaction.</summary>
    private async Task ScoreAsync(AppDbContext db, long runId, SegmentationRun plan, RfmBounds bounds, List<int> ids, CancellationToken cancellationToken)
    {
        var (first, last) = (ids[0], ids[^1]);
        var since = plan.AsOf.AddDays(-plan.WindowDays);
        var bought = await Bought(db, since, plan.AsOf, first, last).ToDictionaryAsync(b => b.CustomerId, cancellationToken);
        var before = (await db.SalesOrders.Where(o => o.CustomerId >= first && o.CustomerId <= last && o.CreatedAt < since && !NotCounted.Contains(o.Status))
            .Select(o => o.CustomerId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var segments = await db.CustomerSegments.Where(s => s.CustomerId >= first && s.CustomerId <= last).ToDictionaryAsync(s => s.CustomerId, cancellationToken);
        var today = calendar.DayOf(plan.AsOf);
        foreach (var id in ids)
        {
            var segment = segments.GetValueOrDefault(id);
            if (segment?.RunId == runId)
            {
                continue; // scored by this run before it was interrupted
            }
            Purchases? purchases = bought.TryGetValue(id, out var b) ? new Purchases(today.DayNumber - calendar.DayOf(b.Last).DayNumber, b.Orders, b.Net) : null;
            var score = purchases is not null ? Rfm.Score(purchases, bounds) : before.Contains(id) ? Rfm.Lapsed : null;
            if (score is null)
            {
                continue; // never bought: not a segment's customer yet
            }
            if (segment is null)
            {
                segment = new CustomerSegment(id);
                db.CustomerSegments.Add(segment);
            }
            if (segment.Record(score, purchases, today, runId) is { } change)
            {
                db.SegmentChanges.Add(change);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A customer's orders in the window (set by member, so that queries can order by its members).</summary>
    private sealed class Purchased
    {
        public int CustomerId { get; init; }
        public DateTime Last { get; init; }
        public int Orders { get; init; }
        public decimal Net { get; init; }
    }

    /// <summary>Per customer (of an id range, when given), the last order, the orders and their net value in the window.</summary>
    private static IQueryable<Purchased> Bought(AppDbContext db, DateTime since, DateTime asOf, int first = 0, int last = int.MaxValue) =>
        db.SalesOrders
            .Where(o => o.CustomerId >= first && o.CustomerId <= last && o.CreatedAt >= since && o.CreatedAt <= asOf && !NotCounted.Contains(o.Status))
            .GroupBy(o => o.CustomerId)
            .Select(g => new Purchased { CustomerId = g.Key, Last = g.Max(o => o.CreatedAt), Orders = g.Count(), Net = g.Sum(o => o.NetTotal) });

    private async Task<UserMessage> SummaryAsync(long runId, SegmentationRun plan, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var bySegment = await db.CustomerSegments.Where(s => s.RunId == runId).GroupBy(s => s.Segment)
            .Select(g => new { Segment = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Segment, g => g.Count, cancellationToken);
        var changed = await db.SegmentChanges.CountAsync(c => c.RunId == runId, cancellationToken);
        // "5 champions, 8 loyal, …": each segment's count with its name, said in the reader's language.
        var segments = Enum.GetValues<Segment>();
        var counts = new UserMessage(string.Join(", ", segments.Select((_, i) => $"{{{i}}}")),
            [.. segments.Select(s => Customers(s, bySegment.GetValueOrDefault(s)))]);
        return UserMessage.Of($"Scored {bySegment.Values.Sum()} customer(s) on {plan.WindowDays} days of orders: {counts}; {changed} changed segment.");
    }

    /// <summary>How many customers a segment has, as the summary says it ("5 champions"; the word agrees with the count in the reader's language).</summary>
    private static UserMessage Customers(Segment segment, int count) => segment switch
    {
        Segment.Champions => UserMessage.Of($"{count} champions"),
        Segment.Loyal => UserMessage.Of($"{count} loyal"),
        Segment.Promising => UserMessage.Of($"{count} promising"),
        Segment.New => UserMessage.Of($"{count} new"),
        Segment.AtRisk => UserMessage.Of($"{count} at risk"),
        Segment.Lost => UserMessage.Of($"{count} lost"),
        _ => throw new ArgumentOutOfRangeException(nameof(segment), segment, null),
    };
}
