using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Purchasing;
using FrontBackOffice.Domain.Stock;
using FrontBackOffice.Web.Company;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Security;
using FrontBackOffice.Web.Shared.Locations;
using FrontBackOffice.Web.Shared.Stock;
using FrontBackOffice.Web.Shared.Submissions;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Features.Purchasing;

public sealed record PurchaseOrderRow(int Id, string Number, int SupplierId, string Supplier, string Location, PurchaseOrderStatus Status, DateTime CreatedAt, decimal NetTotal);

public sealed record PurchaseOrderFilter(PurchaseOrderStatus? Status = null, int? SupplierId = null, bool OpenOnly = false);

public sealed record PurchaseLineDetail(
    int Id, int ProductId, string Sku, string ProductName, int Quantity, decimal UnitPrice, decimal Net, int Received, int Billed)
{
    public int Outstanding => Math.Max(0, Quantity - Received);
    public int ToBill => Received - Billed;
}

public sealed record ReceiptRow(int Id, DateTime ReceivedAt, string Sku, int Quantity, decimal UnitCost, decimal Value, string? Reference, string ReceivedBy);

public sealed record PurchaseOrderDetail(
    int Id, string Number, int SupplierId, string Supplier, int LocationId, string Location, PurchaseOrderStatus Status, string CreatedBy, DateTime CreatedAt,
    DateTime? OrderedAt, decimal NetTotal, IReadOnlyList<PurchaseLineDetail> Lines, IReadOnlyList<ReceiptRow> Receipts, IReadOnlyList<BillRow> Bills, long Version)
{
    public bool CanEdit => Status == PurchaseOrderStatus.Draft;
    public bool CanPlace => Status == PurchaseOrderStatus.Draft;
    public bool CanReceive => Status is PurchaseOrderStatus.Ordered or PurchaseOrderStatus.PartiallyReceived;
    public bool CanBill => Lines.Any(l => l.ToBill > 0);
    public bool CanCancel => Status is PurchaseOrderStatus.Draft or PurchaseOrderStatus.Ordered;

    public PurchaseOrderInput ToInput() => new(SupplierId, LocationId, Lines.Select(l => new PurchaseLineInput(l.ProductId, l.Quantity, l.UnitPrice)).ToList());
}

/// <summary>A product as the order form picks it: its price defaults to the last price paid for it.</summary>
public sealed record PurchasableProduct(int Id, string Sku, string Name, decimal LastPrice);

/// <summary>
/// Purchase orders and the goods received against them. Warehouse drafts, places, cancels and receives them; Accounting
/// reads them for the bills. A receipt raises the stock at the order's price, and the product's cost becomes the moving
/// average.
/// </summary>
public sealed class PurchaseOrderService(IDbContextFactory<AppDbContext> dbFactory, AccessGuard guard, BusinessCalendar calendar, Submissions submissions)
{
    private const int Attempts = 3;

    private static readonly SortMap<OrderJoin> Sorts = new SortMap<OrderJoin>(nameof(PurchaseOrderRow.CreatedAt), true).ThenBy(j => j.Order.Id)
        .Add(nameof(PurchaseOrderRow.Number), j => j.Order.Number)
        .Add(nameof(PurchaseOrderRow.Supplier), j => j.Supplier)
        .Add(nameof(PurchaseOrderRow.Status), j => j.Order.Status)
        .Add(nameof(PurchaseOrderRow.CreatedAt), j => j.Order.CreatedAt)
        .Add(nameof(PurchaseOrderRow.NetTotal), j => j.Order.NetTotal);

    public async Task<PageResult<PurchaseOrderRow>> SearchAsync(PageRequest request, PurchaseOrderFilter filter, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ReadPurchasing, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = from o in db.PurchaseOrders.AsNoTracking()
                    join s in db.Suppliers on o.SupplierId equals s.Id
                    join l in db.Locations on o.LocationId equals l.Id
                    select new OrderJoin { Order = o, Supplier = s.Name, Location = l.Code };
        if (filter.Status is { } status)
        {
            query = query.Where(j => j.Order.Status == status);
        }
        if (filter.OpenOnly)
        {
            query = query.Where(j => j.Order.Status == PurchaseOrderStatus.Ordered || j.Order.Status == PurchaseOrderStatus.PartiallyReceived);
        }
        if (filter.SupplierId is { } supplier)
        {
            query = query.Where(j => j.Order.SupplierId == supplier);
        }
        if (request.Term is { } term)
        {
            query = query.Where(j => j.Order.Number.ToLower().Contains(term) || j.Supplier.ToLower().Contains(term));
        }
        return await query.ToPageAsync(request, Sorts,
            j => new PurchaseOrderRow(j.Order.Id, j.Order.Number, j.Order.SupplierId, j.Supplier, j.Location, j.Order.Status, j.Order.CreatedAt, j.Order.NetTotal),
            cancellationToken);
    }

    public async Task<PurchaseOrderDetail> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ReadPurchasing, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var head = await (from o in db.PurchaseOrders.AsNoTracking()
                          where o.Id == id
                          join s in db.Suppliers on o.SupplierId equals s.Id
                          join l in db.Locations on o.LocationId equals l.Id
                          select new { Order = o, Supplier = s.Name, Location = l.Name, Version = EF.Property<long>(o, RowVersions.Name) })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException($"There is no purchase order #{id}.");
        var lines = await (from l in db.PurchaseOrderLines.AsNoTracking()
                           where l.OrderId == id
                           join p in db.Products on l.ProductId equals p.Id
                           orderby l.Id
                           select new PurchaseLineDetail(l.Id, l.ProductId, p.Sku, p.Name, l.Quantity, l.UnitPrice, l.Net, l.Received, l.Billed))
            .ToListAsync(cancellationToken);
        var receipts = await (from r in db.GoodsReceipts.AsNoTracking()
                              where r.PurchaseOrderId == id
                              join p in db.Products on r.ProductId equals p.Id
                              orderby r.Id
                              select new ReceiptRow(r.Id, r.ReceivedAt, p.Sku, r.Quantity, r.UnitCost, r.Value, r.Reference, r.ReceivedBy))
            .ToListAsync(cancellationToken);
        var bills = await BillQueries.Joined(db).Where(j => j.Bill.PurchaseOrderId == id).OrderBy(j => j.Bill.Id).Select(BillQueries.Row).ToListAsync(cancellationToken);
        var order = head.Order;
        return new PurchaseOrderDetail(order.Id, order.Number, order.SupplierId, head.Supplier, order.LocationId, head.Location, order.Status, order.CreatedBy,
            order.CreatedAt, order.OrderedAt, order.NetTotal, lines, receipts, bills, head.Version);
    }

    public async Task<IReadOnlyList<LocationChoice>> LocationsAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManagePurchasing, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.LocationChoicesAsync(cancellationToken);
    }

    /// <summary>Products for an order line, with the price last ordered (or, never ordered, the product's cost).</summary>
    public async Task<IReadOnlyList<PurchasableProduct>> ProductsAsync(string? search, int take = 20, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManagePurchasing, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var term = new PageRequest(Search: search).Term;
        var products = db.Products.AsNoTracking();
        if (term is not null)
        {
            products = products.Where(p => p.Sku.ToLower().Contains(term) || p.Name.ToLower().Contains(term));
        }
        return await products.OrderBy(p => p.Sku).Take(take)
            .Select(p => new PurchasableProduct(p.Id, p.Sku, p.Name,
                db.PurchaseOrderLines.Where(l => l.ProductId == p.Id).OrderByDescending(l => l.Id).Select(l => (decimal?)l.UnitPrice).FirstOrDefault() ?? p.UnitCost))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Drafts an order under the year's next number; the same <paramref name="submission"/> never drafts a second one.</summary>
    public async Task<int> CreateAsync(PurchaseOrderInput input, Guid? submission = null, CancellationToken cancellationToken = default)
    {
        var actor = await guard.DemandAsync(Policies.ManagePurchasing, cancellationToken);
        input.Validate().ThrowIfAny();
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            await RefuseUnknownReferencesAsync(db, input, cancellationToken);
            try
            {
                return await submissions.OnceAsync(db, submission, nameof(PurchaseOrder), async () =>
                {
                    var now = calendar.UtcNow;
                    var sequence = await db.PurchaseOrderSequences.OfYearAsync(
                        calendar.DayOf(now).Year, year => new PurchaseOrderSequence(year), cancellationToken);
                    var order = new PurchaseOrder(sequence.Next(), input, actor.Name, now);
                    db.PurchaseOrders.Add(order);
                    await db.SaveChangesAsync(cancellationToken);
                    return order.Id;
                }, cancellationToken);
            }
            catch (DbUpdateException e) when (attempt < Attempts && IsRetryable(e))
            {
                // Another order took the year's next number first: take the one after it.
            }
        }
    }

    public async Task UpdateAsync(int id, long version, PurchaseOrderInput input, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManagePurchasing, cancellationToken);
        input.Validate().ThrowIfAny();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await RefuseUnknownReferencesAsync(db, input, cancellationToken);
        var order = await LoadAsync(db, id, cancellationToken);
        db.ExpectRowVersion(order, version);
        order.Edit(input);
        await SaveAsync(db, cancellationToken);
    }

    public async Task PlaceAsync(int id, long version, CancellationToken cancellationToken = default) =>
        await ChangeAsync(id, version, order => order.Place(calendar.UtcNow), cancellationToken);

    public async Task CancelAsync(int id, long version, CancellationToken cancellationToken = default) =>
        await ChangeAsync(id, version, order => order.Cancel(calendar.UtcNow), cancellationToken);

    /// <summary>
    /// Receives units per product of the order (product id → quantity) into the order's location: a receipt and a movement per line, at
    /// the line's price, all in one transaction. More than a line still expects needs <paramref name="overReceiptConfirmed"/>.
    /// The same <paramref name="submission"/> (the form's key) never receives twice.
    /// </summary>
    public async Task ReceiveAsync(
        int id, IReadOnlyDictionary<int, int> quantityByProduct, bool overReceiptConfirmed, string? reference, Guid? submission = null,
        CancellationToken cancellationToken = default)
    {
        var actor = await guard.DemandAsync(Policies.ManagePurchasing, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var order = await LoadAsync(db, id, cancellationToken);
            try
            {
                await submissions.OnceAsync(db, submission, nameof(GoodsReceipt), async () =>
                {
                    var received = order.Receive(quantityByProduct, overReceiptConfirmed);
                    var productIds = received.Select(r => r.Line.ProductId).ToList();
                    var products = await db.Products.Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
                    var now = calendar.UtcNow;
                    var lastReceipt = 0;
                    foreach (var (line, quantity) in received)
                    {
                        var receipt = GoodsReceipt.ForOrderLine(order.Id, line.Id, line.ProductId, order.LocationId, quantity, line.UnitPrice, reference,
                            actor.Name, now, calendar.DayOf(now));
                        await db.ReceiveIntoStockAsync(products[line.ProductId], receipt, cancellationToken);
                        lastReceipt = receipt.Id;
                    }
                    return lastReceipt;
                }, cancellationToken);
                return;
            }
            catch (DbUpdateException e) when (attempt < Attempts && IsRetryable(e))
            {
                // An order shipped the same product or someone received on this order meanwhile: receive on what is true now.
            }
            catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || e.IsLostRace())
            {
                throw new ConcurrencyConflictException($"{order.Number} or its products kept changing while you received; nothing was saved. Reload and try again.");
            }
        }
    }

    private async Task ChangeAsync(int id, long version, Action<PurchaseOrder> change, CancellationToken cancellationToken)
    {
        await guard.DemandAsync(Policies.ManagePurchasing, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var order = await LoadAsync(db, id, cancellationToken);
        db.ExpectRowVersion(order, version);
        change(order);
        await SaveAsync(db, cancellationToken);
    }

    private static async Task SaveAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException("Someone else changed this purchase order since you opened it. Reload it to see their changes.");
        }
    }

    private static bool IsRetryable(DbUpdateException e) => e is DbUpdateConcurrencyException || e.IsUniqueViolation() || e.IsLostRace();

    internal static async Task<PurchaseOrder> LoadAsync(AppDbContext db, int id, CancellationToken cancellationToken) =>
        await db.PurchaseOrders.Include(o => o.Lines.OrderBy(l => l.Id)).SingleOrDefaultAsync(o => o.Id == id, cancellationToken)
        ?? throw new NotFoundException($"There is no purchase order #{id}.");

    private static async Task RefuseUnknownReferencesAsync(AppDbContext db, PurchaseOrderInput input, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors()
            .Require(await db.Suppliers.AnyAsync(s => s.Id == input.SupplierId, cancellationToken), nameof(PurchaseOrderInput.SupplierId), "This supplier does not exist.")
            .Require(await db.Locations.AnyAsync(l => l.Id == input.LocationId, cancellationToken), nameof(PurchaseOrderInput.LocationId), "This location does not exist.");
        var ids = input.Lines.Select(l => l.ProductId).ToList();
        var known = await db.Products.Where(p => ids.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
        for (var i = 0; i < input.Lines.Count; i++)
        {
            errors.Require(known.Contains(input.Lines[i].ProductId), $"{nameof(PurchaseOrderInput.Lines)}[{i}].{nameof(PurchaseLineInput.ProductId)}", "This product does not exist.");
        }
        errors.ThrowIfAny();
    }

    private sealed class OrderJoin
    {
        public required PurchaseOrder Order { get; init; }
        public required string Supplier { get; init; }
        public required string Location { get; init; }
    }
}
