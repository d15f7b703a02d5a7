using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Stock;
using FrontBackOffice.Web.Company;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Security;
using FrontBackOffice.Web.Shared.Locations;
using FrontBackOffice.Web.Shared.Stock;
using FrontBackOffice.Web.Shared.Submissions;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Features.Stock;

public sealed record ProductRow(int Id, string Sku, string Name, decimal UnitPrice, decimal UnitCost, int ReorderLevel, int OnHand, int Reserved);

/// <param name="OnHand">Units at every location: while there are any, the unit cost is their moving average and is not typed.</param>
public sealed record ProductDetail(int Id, string Sku, string Name, decimal UnitPrice, decimal UnitCost, int ReorderLevel, ProductSourcing Sourcing, int OnHand, long Version)
{
    public ProductDetails ToDetails() => new(Sku, Name, UnitPrice, UnitCost, ReorderLevel, Sourcing);
}

public sealed record LevelRow(int ProductId, string Sku, string Name, string Location, int OnHand, int Reserved, int ReorderLevel)
{
    public int Available => OnHand - Reserved;
    public bool Low => Available < ReorderLevel;
}

/// <summary>A stock movement with what caused it; a goods receipt's delivery note is its <see cref="Reference"/>.</summary>
public sealed record MovementRow(
    long Id, DateTime OccurredAt, string Location, MovementKind Kind, int Quantity, decimal UnitCost, string SourceType, int SourceId, string? Reference);

public sealed record LevelFilter(int? LocationId = null, bool LowOnly = false);

/// <summary>The warehouse's products, stock levels, movements and goods receipts.</summary>
public sealed class StockService(IDbContextFactory<AppDbContext> dbFactory, AccessGuard guard, BusinessCalendar calendar, Submissions submissions)
{
    private const int Attempts = 3;

    private static readonly SortMap<Product> ProductSorts = new SortMap<Product>(nameof(ProductRow.Sku), false).ThenBy(p => p.Id)
        .Add(nameof(ProductRow.Sku), p => p.Sku)
        .Add(nameof(ProductRow.Name), p => p.Name)
        .Add(nameof(ProductRow.UnitPrice), p => p.UnitPrice)
        .Add(nameof(ProductRow.UnitCost), p => p.UnitCost)
        .Add(nameof(ProductRow.ReorderLevel), p => p.ReorderLevel);

    private static readonly SortMap<LevelJoin> LevelSorts = new SortMap<LevelJoin>(nameof(LevelRow.Sku), false).ThenBy(l => l.Level.Id)
        .Add(nameof(LevelRow.Sku), l => l.Product.Sku)
        .Add(nameof(LevelRow.Name), l => l.Product.Name)
        .Add(nameof(LevelRow.Location), l => l.Location)
        .Add(nameof(LevelRow.OnHand), l => l.Level.OnHand)
        .Add(nameof(LevelRow.Reserved), l => l.Level.Reserved)
        .Add(nameof(LevelRow.ReorderLevel), l => l.Product.ReorderLevel);

    private static readonly SortMap<StockMovement> MovementSorts = new SortMap<StockMovement>(nameof(MovementRow.OccurredAt), true).ThenBy(m => m.Id)
        .Add(nameof(MovementRow.OccurredAt), m => m.OccurredAt)
        .Add(nameof(MovementRow.Kind), m => m.Kind)
        .Add(nameof(MovementRow.Quantity), m => m.Quantity);

    public async Task<IReadOnlyList<LocationChoice>> LocationsAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageStock, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.LocationChoicesAsync(cancellationToken);
    }

    public async Task<PageResult<ProductRow>> ProductsAsync(PageRequest request, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageStock, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Products.AsNoTracking();
        if (request.Term is { } term)
        {
            query = query.Where(p => p.Sku.ToLower().Contains(term) || p.Name.ToLower().Contains(term));
        }
        return await query.ToPageAsync(request, ProductSorts, p => new ProductRow(p.Id, p.Sku, p.Name, p.UnitPrice, p.UnitCost, p.ReorderLevel,
            db.StockLevels.Where(l => l.ProductId == p.Id).Sum(l => (int?)l.OnHand) ?? 0,
            db.StockLevels.Where(l => l.ProductId == p.Id).Sum(l => (int?)l.Reserved) ?? 0), cancellationToken);
    }

    public async Task<ProductDetail> ProductAsync(int id, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageStock, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Products.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new ProductDetail(p.Id, p.Sku, p.Name, p.UnitPrice, p.UnitCost, p.ReorderLevel, p.Sourcing, p.OnHand, EF.Property<long>(p, RowVersions.Name)))
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException($"There is no product #{id}.");
    }

    /// <summary>Adds a product; the same <paramref name="submission"/> (the form's key) never adds a second one.</summary>
    public async Task<int> CreateProductAsync(ProductDetails details, Guid? submission = null, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageStock, cancellationToken);
        details.Validate().ThrowIfAny();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await submissions.OnceAsync(db, submission, nameof(Product), async () =>
        {
            await RefuseTakenSkuAsync(db, details, null, cancellationToken);
            var product = new Product(details);
            db.Products.Add(product);
            await SaveProductAsync(db, cancellationToken);
            return product.Id;
        }, cancellationToken);
    }

    public async Task UpdateProductAsync(int id, long version, ProductDetails details, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageStock, cancellationToken);
        details.Validate().ThrowIfAny();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var product = await db.Products.SingleOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw new NotFoundException($"There is no product #{id}.");
        await RefuseTakenSkuAsync(db, details, id, cancellationToken);
        db.ExpectRowVersion(product, version);
        product.Update(details);
        await SaveProductAsync(db, cancellationToken);
    }

    public async Task<PageResult<LevelRow>> LevelsAsync(PageRequest request, LevelFilter filter, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageStock, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = from l in db.StockLevels.AsNoTracking()
                    join p in db.Products on l.ProductId equals p.Id
                    join loc in db.Locations on l.LocationId equals loc.Id
                    select new LevelJoin { Level = l, Product = p, Location = loc.Code };
        if (filter.LocationId is { } location)
        {
            query = query.Where(j => j.Level.LocationId == location);
        }
        if (filter.LowOnly)
        {
            query = query.Where(j => j.Level.OnHand - j.Level.Reserved < j.Product.ReorderLevel);
        }
        if (request.Term is { } term)
        {
            query = query.Where(j => j.Product.Sku.ToLower().Contains(term) || j.Product.Name.ToLower().Contains(term));
        }
        return await query.ToPageAsync(request, LevelSorts,
            j => new LevelRow(j.Product.Id, j.Product.Sku, j.Product.Name, j.Location, j.Level.OnHand, j.Level.Reserved, j.Product.ReorderLevel), cancellationToken);
    }

    public async Task<PageResult<MovementRow>> MovementsAsync(int productId, PageRequest request, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageStock, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var locations = await db.Locations.ToDictionaryAsync(l => l.Id, l => l.Code, cancellationToken);
        var page = await db.StockMovements.AsNoTracking().Where(m => m.ProductId == productId).ToPageAsync(request, MovementSorts,
            m => new
            {
                m.Id, m.OccurredAt, m.LocationId, m.Kind, m.Quantity, m.UnitCost, m.SourceType, m.SourceId,
                Reference = m.SourceType == StockSource.GoodsReceipt ? db.GoodsReceipts.Where(r => r.Id == m.SourceId).Select(r => r.Reference).FirstOrDefault()
                    : m.SourceType == StockSource.WorkOrder ? db.WorkOrders.Where(o => o.Id == m.SourceId).Select(o => o.Number).FirstOrDefault()
                    : null,
            }, cancellationToken);
        return new PageResult<MovementRow>(page.Items.Select(m => new MovementRow(m.Id, m.OccurredAt, locations[m.LocationId], m.Kind, m.Quantity, m.UnitCost,
            m.SourceType, m.SourceId, m.Reference)).ToList(), page.Total);
    }

    /// <summary>
    /// Books goods in without a purchase order (a correction, with its reason): a receipt and its movement, raising the
    /// stock level (made if the product was never here) and the product's value at the moving average. The same
    /// <paramref name="submission"/> (the form's key) never books twice.
    /// </summary>
    public async Task<int> ReceiveAsync(
        int productId, int locationId, int quantity, decimal unitCost, string? reference, string? reason, Guid? submission = null,
        CancellationToken cancellationToken = default)
    {
        var actor = await guard.DemandAsync(Policies.ManageStock, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var now = calendar.UtcNow;
            var receipt = GoodsReceipt.Free(productId, locationId, quantity, unitCost, reference, reason, actor.Name, now, calendar.DayOf(now));
            var product = await db.Products.SingleOrDefaultAsync(p => p.Id == productId, cancellationToken);
            if (product is null || !await db.Locations.AnyAsync(l => l.Id == locationId, cancellationToken))
            {
                throw new NotFoundException("The product or location does not exist.");
            }
            try
            {
                return await submissions.OnceAsync(db, submission, nameof(GoodsReceipt), async () =>
                {
                    await db.ReceiveIntoStockAsync(product, receipt, cancellationToken);
                    return receipt.Id;
                }, cancellationToken);
            }
            catch (DbUpdateException e) when (attempt < Attempts && (e is DbUpdateConcurrencyException || e.IsUniqueViolation() || e.IsLostRace()))
            {
                // An order or another receipt changed the same product or stock level meanwhile: book again on them as they are now.
            }
        }
    }

    private static async Task RefuseTakenSkuAsync(AppDbContext db, ProductDetails details, int? exceptId, CancellationToken cancellationToken)
    {
        var sku = details.Sku.Trim().ToUpperInvariant();
        var holder = await db.Products.Where(p => p.Sku == sku && p.Id != exceptId).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken);
        if (holder is not null)
        {
            throw new InvalidInputException(new ValidationErrors().Add(nameof(ProductDetails.Sku), $"SKU {sku} is already used by {holder}."));
        }
    }

    private static async Task SaveProductAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException("Someone else changed this product since you opened it. Open it again to see their changes.");
        }
        catch (DbUpdateException e) when (e.IsUniqueViolationOf(nameof(Product.Sku)))
        {
            throw new InvalidInputException(new ValidationErrors().Add(nameof(ProductDetails.Sku), "This SKU is already used by another product."));
        }
    }

    private sealed class LevelJoin
    {
        public required StockLevel Level { get; init; }
        public required Product Product { get; init; }
        public required string Location { get; init; }
    }
}
