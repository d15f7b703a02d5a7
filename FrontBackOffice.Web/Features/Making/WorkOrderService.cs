using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Making;
using FrontBackOffice.Domain.Orders;
using FrontBackOffice.Domain.Stock;
using FrontBackOffice.Web.Company;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Security;
using FrontBackOffice.Web.Shared.Locations;
using FrontBackOffice.Web.Shared.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontBackOffice.Web.Features.Making;

public sealed record WorkOrderRow(int Id, string Number, string Sku, string ProductName, string Location, int Quantity, WorkOrderStatus Status, DateTime CreatedAt, int Produced);

/// <summary>A component of a work order, with what is available of it now at the work order's location.</summary>
public sealed record WorkOrderComponentRow(int ComponentId, string Sku, string Name, int Required, int Consumed, decimal ConsumedValue, int Available);

/// <summary>A work order as its page shows it, with the steps its state allows (as the domain decides them).</summary>
public sealed record WorkOrderDetail(
    int Id, string Number, int ProductId, string Sku, string ProductName, string Location, int Quantity, int BomVersion, WorkOrderStatus Status,
    string CreatedBy, DateTime CreatedAt, DateTime? ReleasedAt, DateTime? StartedAt, DateTime? DoneAt, DateTime? CancelledAt,
    int Produced, int Scrapped, decimal MaterialValue, decimal LabourValue, decimal FinishedValue, decimal Variance, IReadOnlyList<WorkOrderComponentRow> Components,
    bool CanRelease, bool CanStart, bool CanComplete, bool CanCancel);

/// <summary>A product that has an active bill of materials, as the new work order's picker shows it.</summary>
public sealed record MakeableProduct(int Id, string Sku, string Name, int BomVersion)
{
    public override string ToString() => $"{Sku} · {Name}";
}

/// <summary>
/// Work orders: Warehouse drafts them from a product's active bill of materials, releases them (reserving every
/// component at the location, all or nothing), starts and completes them (the components leave stock at their average
/// cost, the units made come in at what they cost) or cancels them (freeing what they reserved). Accounting reads them.
/// </summary>
public sealed class WorkOrderService(
    IDbContextFactory<AppDbContext> dbFactory, AccessGuard guard, BusinessCalendar calendar, IOptions<MakingOptions> options, Submissions submissions)
{
    private const int Attempts = 10;

    private static readonly SortMap<WorkOrderJoin> Sorts = new SortMap<WorkOrderJoin>(nameof(WorkOrderRow.CreatedAt), true).ThenBy(j => j.Order.Id)
        .Add(nameof(WorkOrderRow.Number), j => j.Order.Number)
        .Add(nameof(WorkOrderRow.Sku), j => j.Sku)
        .Add(nameof(WorkOrderRow.Quantity), j => j.Order.Quantity)
        .Add(nameof(WorkOrderRow.Status), j => j.Order.Status)
        .Add(nameof(WorkOrderRow.CreatedAt), j => j.Order.CreatedAt);

    public async Task<PageResult<WorkOrderRow>> SearchAsync(PageRequest request, WorkOrderStatus? status = null, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ReadMaking, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = from o in db.WorkOrders.AsNoTracking()
                    join p in db.Products on o.ProductId equals p.Id
                    join l in db.Locations on o.LocationId equals l.Id
                    select new WorkOrderJoin { Order = o, Sku = p.Sku, ProductName = p.Name, Location = l.Code };
        if (status is { } wanted)
        {
            query = query.Where(j => j.Order.Status == wanted);
        }
        if (request.Term is { } term)
        {
            query = query.Where(j => j.Order.Number.ToLower().Contains(term) || j.Sku.ToLower().Contains(term) || j.ProductName.ToLower().Contains(term));
        }
        return await query.ToPageAsync(request, Sorts,
            j => new WorkOrderRow(j.Order.Id, j.Order.Number, j.Sku, j.ProductName, j.Location, j.Order.Quantity, j.Order.Status, j.Order.CreatedAt, j.Order.Produced),
            cancellationToken);
    }

    public async Task<WorkOrderDetail> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ReadMaking, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var order = await db.WorkOrders.AsNoTracking().Include(o => o.Components).SingleOrDefaultAsync(o => o.Id == id, cancellationToken)
            ?? throw new NotFoundException($"There is no work order #{id}.");
        var product = await db.Products.AsNoTracking().Where(p => p.Id == order.ProductId).Select(p => new { p.Sku, p.Name }).SingleAsync(cancellationToken);
        var location = await db.Locations.AsNoTracking().Where(l => l.Id == order.LocationId).Select(l => l.Code + " · " + l.Name).SingleAsync(cancellationToken);
        var componentIds = order.Components.Select(c => c.ComponentId).ToList();
        var components = await (from p in db.Products.AsNoTracking()
                                where componentIds.Contains(p.Id)
                                select new
                                {
                                    p.Id, p.Sku, p.Name,
                                    Available = db.StockLevels.Where(l => l.ProductId == p.Id && l.LocationId == order.LocationId)
                                        .Select(l => l.OnHand - l.Reserved).FirstOrDefault(),
                                }).ToDictionaryAsync(p => p.Id, cancellationToken);
        return new WorkOrderDetail(order.Id, order.Number, order.ProductId, product.Sku, product.Name, location, order.Quantity, order.BomVersion, order.Status,
            order.CreatedBy, order.CreatedAt, order.ReleasedAt, order.StartedAt, order.DoneAt, order.CancelledAt,
            order.Produced, order.Scrapped, order.MaterialValue, order.LabourValue, order.FinishedValue, order.Variance,
            order.Components.OrderBy(c => components[c.ComponentId].Sku)
                .Select(c => new WorkOrderComponentRow(c.ComponentId, components[c.ComponentId].Sku, components[c.ComponentId].Name,
                    c.Required, c.Consumed, c.ConsumedValue, components[c.ComponentId].Available))
                .ToList(),
            order.CanRelease, order.CanStart, order.CanComplete, order.CanCancel);
    }

    /// <summary>Products with an active bill of materials, by SKU or name.</summary>
    public async Task<IReadOnlyList<MakeableProduct>> MakeableProductsAsync(string? search, int take = 20, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageMaking, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = from b in db.BillsOfMaterials.AsNoTracking()
                    where b.ReplacedAt == null
                    join p in db.Products on b.ProductId equals p.Id
                    select new { p.Id, p.Sku, p.Name, b.Version };
        if (new PageRequest(Search: search).Term is { } term)
        {
            query = query.Where(p => p.Sku.ToLower().Contains(term) || p.Name.ToLower().Contains(term));
        }
        return await query.OrderBy(p => p.Sku).Take(take).Select(p => new MakeableProduct(p.Id, p.Sku, p.Name, p.Version)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<LocationChoice>> LocationsAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageMaking, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.LocationChoicesAsync(cancellationToken);
    }

    /// <summary>
    /// Drafts a work order by the product's active bill of materials under the year's next number; the same
    /// <paramref name="submission"/> never drafts a second one.
    /// </summary>
    public async Task<int> CreateAsync(WorkOrderInput input, Guid? submission = null, CancellationToken cancellationToken = default)
    {
        var actor = await guard.DemandAsync(Policies.ManageMaking, cancellationToken);
        input.Validate().ThrowIfAny();
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var bom = await WorkOrderDrafts.ActiveBomAsync(db, input.ProductId, cancellationToken);
            var errors = new ValidationErrors()
                .Require(bom is not null, nameof(WorkOrderInput.ProductId), "This product has no bill of materials to make it by.")
                .Require(await db.Locations.AnyAsync(l => l.Id == input.LocationId, cancellationToken), nameof(WorkOrderInput.LocationId), "This location does not exist.");
            errors.ThrowIfAny();
            try
            {
                return await submissions.OnceAsync(db, submission, nameof(WorkOrder), async () =>
                {
                    var order = await WorkOrderDrafts.DraftAsync(db, input, bom!, actor.Name, calendar, cancellationToken);
                    await db.SaveChangesAsync(cancellationToken);
                    return order.Id;
                }, cancellationToken);
            }
            catch (DbUpdateException e) when (attempt < Attempts && (e is DbUpdateConcurrencyException || e.IsUniqueViolation()))
            {
                // Another work order took the year's next number first: take the one after it.
            }
        }
    }

    /// <summary>Reserves every component at the work order's location, or none: a shortage anywhere refuses the release.</summary>
    public async Task ReleaseAsync(int id, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageMaking, cancellationToken);
        await dbFactory.ChangeWithRetryAsync("work order", Attempts, async db =>
        {
            var order = await LoadAsync(db, id, cancellationToken);
            await WorkOrderStock.ReleaseAsync(db, order, calendar.UtcNow, cancellationToken);
        }, cancellationToken);
    }

    public async Task StartAsync(int id, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageMaking, cancellationToken);
        await dbFactory.ChangeWithRetryAsync("work order", Attempts, async db => (await LoadAsync(db, id, cancellationToken)).Start(calendar.UtcNow), cancellationToken);
    }

    /// <summary>
    /// Records the units made and scrapped in one transaction: the components of the units attempted leave stock at their
    /// average cost (a movement out each, the rest of their reservation freed), and the units made come into stock at
    /// the materials and labour they carry.
    /// </summary>
    public async Task CompleteAsync(int id, int produced, int scrapped, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageMaking, cancellationToken);
        await dbFactory.ChangeWithRetryAsync("work order", Attempts, async db =>
        {
            var order = await LoadAsync(db, id, cancellationToken);
            var now = calendar.UtcNow;
            await WorkOrderStock.CompleteAsync(db, order, produced, scrapped, options.Value.LabourPerUnit, now, calendar.DayOf(now), cancellationToken);
        }, cancellationToken);
    }

    /// <summary>Cancels a work order before it is done; a released one frees the components it reserved.</summary>
    public async Task CancelAsync(int id, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageMaking, cancellationToken);
        await dbFactory.ChangeWithRetryAsync("work order", Attempts, async db =>
        {
            var order = await LoadAsync(db, id, cancellationToken);
            var heldComponents = order.HoldsComponents;
            order.Cancel(calendar.UtcNow);
            if (heldComponents)
            {
                var levels = await db.StockLevelsAsync(order.LocationId, order.Components.Select(c => c.ComponentId), cancellationToken);
                foreach (var component in order.Components)
                {
                    levels[component.ComponentId].Release(component.Required);
                }
            }
        }, cancellationToken);
    }

    private static async Task<WorkOrder> LoadAsync(AppDbContext db, int id, CancellationToken cancellationToken) =>
        await db.WorkOrders.Include(o => o.Components).SingleOrDefaultAsync(o => o.Id == id, cancellationToken)
        ?? throw new NotFoundException($"There is no work order #{id}.");

    private sealed class WorkOrderJoin
    {
        public required WorkOrder Order { get; init; }
        public required string Sku { get; init; }
        public required string ProductName { get; init; }
        public required string Location { get; init; }
    }
}

/// <summary>How a work order is drafted, from the new work order's form or an accepted proposal.</summary>
internal static class WorkOrderDrafts
{
    /// <summary>The product's active bill of materials with its lines, or null when it has none.</summary>
    public static Task<BillOfMaterials?> ActiveBomAsync(AppDbContext db, int productId, CancellationToken cancellationToken) =>
        db.BillsOfMaterials.AsNoTracking().Include(b => b.Lines).SingleOrDefaultAsync(b => b.ProductId == productId && b.ReplacedAt == null, cancellationToken);

    /// <summary>A draft by <paramref name="bom"/> under the year's next number, added to the context to be saved.</summary>
    public static async Task<WorkOrder> DraftAsync(
        AppDbContext db, WorkOrderInput input, BillOfMaterials bom, string by, BusinessCalendar calendar, CancellationToken cancellationToken)
    {
        var now = calendar.UtcNow;
        var sequence = await db.WorkOrderSequences.OfYearAsync(calendar.DayOf(now).Year, year => new WorkOrderSequence(year), cancellationToken);
        var order = new WorkOrder(sequence.Next(), input, bom, by, now);
        db.WorkOrders.Add(order);
        return order;
    }
}

/// <summary>What a work order's steps do to the stock at its location, for the service and the demo company alike.</summary>
internal static class WorkOrderStock
{
    /// <summary>Releases the work order and reserves every component, or refuses with the shortages and changes nothing.</summary>
    public static async Task ReleaseAsync(AppDbContext db, WorkOrder order, DateTime at, CancellationToken cancellationToken)
    {
        var needed = order.Components.ToDictionary(c => c.ComponentId, c => c.Required);
        var levels = await db.StockLevelsAsync(order.LocationId, needed.Keys, cancellationToken);
        var products = await db.Products.Where(p => needed.Keys.Contains(p.Id)).Select(p => new { p.Id, p.Sku, p.Name }).ToListAsync(cancellationToken);
        order.Release(products.Select(p => new StockAvailability(p.Id, p.Sku, p.Name, levels[p.Id].Available)).ToList(), at);
        foreach (var (componentId, quantity) in needed)
        {
            levels[componentId].Reserve(quantity);
        }
    }

    /// <summary>
    /// Completes the work order: the components of the units attempted leave stock at their average cost (a movement out
    /// each, the rest of their reservation freed), and the units made come in at the materials and labour they carry.
    /// </summary>
    public static async Task CompleteAsync(
        AppDbContext db, WorkOrder order, int produced, int scrapped, decimal labourPerUnit, DateTime at, DateOnly on, CancellationToken cancellationToken)
    {
        var productIds = order.Components.Select(c => c.ComponentId).Append(order.ProductId).ToList();
        var products = await db.Products.Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var levels = await db.StockLevelsAsync(order.LocationId, productIds, cancellationToken);
        var source = new StockSource(StockSource.WorkOrder, order.Id);
        var finished = order.Complete(produced, scrapped, (component, units) =>
        {
            var issued = products[component.ComponentId].Issue(units);
            db.StockMovements.Add(levels[component.ComponentId].ConsumeReserved(units, issued.UnitCost, at, source));
            return issued;
        }, labourPerUnit, at, on);
        foreach (var component in order.Components.Where(c => c.Required > c.Consumed))
        {
            levels[component.ComponentId].Release(component.Required - component.Consumed);
        }
        if (produced > 0)
        {
            var made = products[order.ProductId].Produce(produced, finished);
            db.StockMovements.Add(levels[order.ProductId].Produce(produced, made.UnitCost, at, source));
        }
    }
}
