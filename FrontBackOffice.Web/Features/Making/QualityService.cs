using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Complaints;
using FrontBackOffice.Domain.Making;
using FrontBackOffice.Web.Company;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Features.Making;

/// <summary>Product-quality complaints over units shipped, per 1,000 units; no rate without units shipped.</summary>
public static class ComplaintRate
{
    public const int WindowDays = 90;

    public static decimal? Per1000(int complaints, int unitsShipped) =>
        unitsShipped == 0 ? null : decimal.Round(complaints * 1000m / unitsShipped, 2);
}

/// <summary>A product customers complained about in the window, with its rate and its improvement actions still open.</summary>
public sealed record QualityRow(int ProductId, string Sku, string Name, int Complaints, int UnitsShipped, int OpenActions)
{
    public decimal? RatePer1000 => ComplaintRate.Per1000(Complaints, UnitsShipped);
}

/// <summary>One week of the trend: complaints opened and units shipped in the 7 days from its start.</summary>
public sealed record QualityWeek(DateOnly From, int Complaints, int UnitsShipped)
{
    public decimal? RatePer1000 => ComplaintRate.Per1000(Complaints, UnitsShipped);
}

public sealed record QualityComplaint(int Id, string Number, DateTime OpenedAt, ComplaintStatus Status, string Subject, string Customer);

public sealed record ImprovementRow(int Id, string Note, string Owner, DateOnly DueOn, string RaisedBy, DateTime RaisedAt, int? ComplaintId, DateTime? DoneAt, string? DoneBy, bool Overdue)
{
    public bool IsOpen => DoneAt is null;
}

public sealed record ProductQuality(
    int ProductId, string Sku, string Name, DateOnly From, DateOnly To, int Complaints, int UnitsShipped, IReadOnlyList<QualityWeek> Weeks,
    IReadOnlyList<QualityComplaint> RecentComplaints, IReadOnlyList<ImprovementRow> Actions)
{
    public decimal? RatePer1000 => ComplaintRate.Per1000(Complaints, UnitsShipped);

    /// <summary>
    /// Each week's rate over it and the weeks before it, <paramref name="weeks"/> in all (within the window): a week with
    /// complaints and no shipment still shows, and one shipment does not make a spike.
    /// </summary>
    public IReadOnlyList<decimal?> TrailingRates(int weeks = 4) => Weeks
        .Select((_, i) => Weeks.Skip(Math.Max(0, i - weeks + 1)).Take(Math.Min(weeks, i + 1)).ToList())
        .Select(span => ComplaintRate.Per1000(span.Sum(w => w.Complaints), span.Sum(w => w.UnitsShipped)))
        .ToList();
}

/// <summary>
/// From complaints to quality: the products customers complain about (category product quality) over the last 90 days,
/// each complaint rate per 1,000 units shipped and its weekly trend, and the improvement actions Warehouse raises for
/// them (an action raised for a complaint is noted on the complaint's timeline). Accounting reads them.
/// </summary>
public sealed class QualityService(IDbContextFactory<AppDbContext> dbFactory, AccessGuard guard, BusinessCalendar calendar)
{
    private const int RecentComplaints = 50;

    private static readonly SortMap<QualityJoin> Sorts = new SortMap<QualityJoin>(nameof(QualityRow.Complaints), true).ThenBy(j => j.ProductId)
        .Add(nameof(QualityRow.Sku), j => j.Sku)
        .Add(nameof(QualityRow.Name), j => j.Name)
        .Add(nameof(QualityRow.Complaints), j => j.Complaints)
        .Add(nameof(QualityRow.UnitsShipped), j => j.UnitsShipped);

    public async Task<PageResult<QualityRow>> ProductsAsync(PageRequest request, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ReadMaking, cancellationToken);
        var (first, since) = Window();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = from g in db.Complaints.AsNoTracking()
                        .Where(c => c.Category == ComplaintCategory.ProductQuality && c.ProductId != null && c.OpenedAt >= since)
                        .GroupBy(c => c.ProductId!.Value)
                        .Select(g => new { ProductId = g.Key, Complaints = g.Count() })
                    join p in db.Products on g.ProductId equals p.Id
                    select new QualityJoin
                    {
                        ProductId = p.Id, Sku = p.Sku, Name = p.Name, Complaints = g.Complaints,
                        UnitsShipped = (from l in db.SalesOrderLines
                                        join o in db.SalesOrders on l.OrderId equals o.Id
                                        where l.ProductId == p.Id && o.ShippedOn >= first
                                        select (int?)l.Quantity).Sum() ?? 0,
                        OpenActions = db.ImprovementActions.Count(a => a.ProductId == p.Id && a.DoneAt == null),
                    };
        if (request.Term is { } term)
        {
            query = query.Where(j => j.Sku.ToLower().Contains(term) || j.Name.ToLower().Contains(term));
        }
        return await query.ToPageAsync(request, Sorts, j => new QualityRow(j.ProductId, j.Sku, j.Name, j.Complaints, j.UnitsShipped, j.OpenActions), cancellationToken);
    }

    public async Task<ProductQuality> GetAsync(int productId, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ReadMaking, cancellationToken);
        var (first, since) = Window();
        var today = calendar.Today;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var product = await db.Products.AsNoTracking().Where(p => p.Id == productId).Select(p => new { p.Sku, p.Name }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"There is no product #{productId}.");
        var complaints = db.Complaints.AsNoTracking().Where(c => c.Category == ComplaintCategory.ProductQuality && c.ProductId == productId);
        var opened = await complaints.Where(c => c.OpenedAt >= since).Select(c => c.OpenedAt).ToListAsync(cancellationToken);
        var shipped = await (from l in db.SalesOrderLines
                             join o in db.SalesOrders on l.OrderId equals o.Id
                             where l.ProductId == productId && o.ShippedOn >= first
                             group l by o.ShippedOn into day
                             select new { Day = day.Key!.Value, Units = day.Sum(l => l.Quantity) }).ToListAsync(cancellationToken);
        var openedDays = opened.Select(calendar.DayOf).ToList();
        var weeks = Enumerable.Range(0, (ComplaintRate.WindowDays + 6) / 7).Select(i => first.AddDays(7 * i))
            .Select(start => new QualityWeek(start,
                openedDays.Count(d => d >= start && d < start.AddDays(7)),
                shipped.Where(s => s.Day >= start && s.Day < start.AddDays(7)).Sum(s => s.Units)))
            .ToList();
        var recent = await (from c in complaints
                            join customer in db.Customers on c.CustomerId equals customer.Id
                            orderby c.OpenedAt descending
                            select new { c.Id, c.OpenedAt, c.Status, c.Subject, Customer = customer.Name })
            .Take(RecentComplaints).ToListAsync(cancellationToken);
        var actions = await db.ImprovementActions.AsNoTracking().Where(a => a.ProductId == productId)
            .OrderBy(a => a.DoneAt != null).ThenBy(a => a.DueOn).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        return new ProductQuality(productId, product.Sku, product.Name, first, today, opened.Count, shipped.Sum(s => s.Units), weeks,
            recent.Select(c => new QualityComplaint(c.Id, Complaint.NumberOf(c.Id), c.OpenedAt, c.Status, c.Subject, c.Customer)).ToList(),
            actions.Select(a => new ImprovementRow(a.Id, a.Note, a.Owner, a.DueOn, a.RaisedBy, a.RaisedAt, a.ComplaintId, a.DoneAt, a.DoneBy, a.IsOverdueOn(today))).ToList());
    }

    /// <summary>
    /// Raises an improvement action for a product; one raised for a complaint (a product-quality complaint about this
    /// product) is noted on the complaint's timeline in the same transaction.
    /// </summary>
    public async Task<int> RaiseAsync(ImprovementActionInput input, CancellationToken cancellationToken = default)
    {
        var actor = await guard.DemandAsync(Policies.ManageMaking, cancellationToken);
        var now = calendar.UtcNow;
        var action = new ImprovementAction(input, calendar.DayOf(now), actor.Name, now);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Products.AnyAsync(p => p.Id == input.ProductId, cancellationToken))
        {
            throw new NotFoundException($"There is no product #{input.ProductId}.");
        }
        if (input.ComplaintId is { } complaintId)
        {
            var complaint = await db.Complaints.SingleOrDefaultAsync(
                c => c.Id == complaintId && c.ProductId == input.ProductId && c.Category == ComplaintCategory.ProductQuality, cancellationToken);
            if (complaint is null)
            {
                throw new InvalidInputException(new ValidationErrors().Add(nameof(ImprovementActionInput.ComplaintId),
                    "Choose one of this product's quality complaints, or none."));
            }
            complaint.LinkImprovement(action.Description, new ComplaintActor(actor.UserId, actor.Name), now);
        }
        db.ImprovementActions.Add(action);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException("The complaint changed at the same moment; nothing was saved. Try again.");
        }
        return action.Id;
    }

    public async Task MarkDoneAsync(int actionId, CancellationToken cancellationToken = default)
    {
        var actor = await guard.DemandAsync(Policies.ManageMaking, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var action = await db.ImprovementActions.SingleOrDefaultAsync(a => a.Id == actionId, cancellationToken)
            ?? throw new NotFoundException($"There is no improvement action #{actionId}.");
        action.MarkDone(actor.Name, calendar.UtcNow);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException("Someone marked this action at the same moment. Reload to see it.");
        }
    }

    /// <summary>The first day of the window (today included) and the moment it began.</summary>
    private (DateOnly From, DateTime Since) Window()
    {
        var first = calendar.Today.AddDays(-(ComplaintRate.WindowDays - 1));
        return (first, calendar.StartOf(first));
    }

    private sealed class QualityJoin
    {
        public required int ProductId { get; init; }
        public required string Sku { get; init; }
        public required string Name { get; init; }
        public required int Complaints { get; init; }
        public required int UnitsShipped { get; init; }
        public required int OpenActions { get; init; }
    }
}
