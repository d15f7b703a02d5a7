using System.Data;
using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Making;
using FrontBackOffice.Domain.Stock;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Features.Making;

/// <summary>A product that can be made, with its active bill of materials if it has one.</summary>
public sealed record MadeProductRow(int Id, string Sku, string Name, ProductSourcing Sourcing, int? Version, int Components);

/// <summary>A component of a version, with what it adds to one finished unit at today's average cost (scrap included).</summary>
public sealed record BomComponentRow(int ComponentId, string Sku, string Name, decimal QuantityPerUnit, decimal ScrapPercent, decimal UnitCost)
{
    public decimal CostPerUnit => decimal.Round(QuantityPerUnit * (1 + ScrapPercent / 100) * UnitCost, 4);
}

public sealed record BomVersion(int Version, string CreatedBy, DateTime CreatedAt, DateTime? ReplacedAt, IReadOnlyList<BomComponentRow> Lines)
{
    public bool IsActive => ReplacedAt is null;

    /// <summary>The components of one finished unit at today's average costs.</summary>
    public decimal MaterialCost => Lines.Sum(l => l.CostPerUnit);
}

/// <summary>A product's bills of materials, the active version first, then the older ones newest first.</summary>
public sealed record BomDetail(int ProductId, string Sku, string Name, ProductSourcing Sourcing, IReadOnlyList<BomVersion> Versions)
{
    public BomVersion? Active => Versions.FirstOrDefault(v => v.IsActive);
}

public sealed record ComponentChoice(int Id, string Sku, string Name, decimal UnitCost);

/// <summary>
/// What made products are made of: Warehouse writes a new version of a product's bill of materials (the old one stays
/// with the work orders made by it); Accounting reads them.
/// </summary>
public sealed class BomService(IDbContextFactory<AppDbContext> dbFactory, AccessGuard guard, TimeProvider clock)
{
    private const int Attempts = 5;

    private static readonly SortMap<Product> Sorts = new SortMap<Product>(nameof(MadeProductRow.Sku), false).ThenBy(p => p.Id)
        .Add(nameof(MadeProductRow.Sku), p => p.Sku)
        .Add(nameof(MadeProductRow.Name), p => p.Name);

    public async Task<PageResult<MadeProductRow>> MadeProductsAsync(PageRequest request, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ReadMaking, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Products.AsNoTracking().Where(p => p.Sourcing == ProductSourcing.Made || p.Sourcing == ProductSourcing.BoughtAndMade);
        if (request.Term is { } term)
        {
            query = query.Where(p => p.Sku.ToLower().Contains(term) || p.Name.ToLower().Contains(term));
        }
        return await query.ToPageAsync(request, Sorts, p => new MadeProductRow(p.Id, p.Sku, p.Name, p.Sourcing,
                db.BillsOfMaterials.Where(b => b.ProductId == p.Id && b.ReplacedAt == null).Select(b => (int?)b.Version).FirstOrDefault(),
                db.BillsOfMaterials.Where(b => b.ProductId == p.Id && b.ReplacedAt == null).SelectMany(b => b.Lines).Count()),
            cancellationToken);
    }

    public async Task<BomDetail> GetAsync(int productId, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ReadMaking, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var product = await db.Products.AsNoTracking().SingleOrDefaultAsync(p => p.Id == productId, cancellationToken)
            ?? throw new NotFoundException($"There is no product #{productId}.");
        var versions = await db.BillsOfMaterials.AsNoTracking().Where(b => b.ProductId == productId)
            .OrderByDescending(b => b.Version)
            .Select(b => new
            {
                b.Version, b.CreatedBy, b.CreatedAt, b.ReplacedAt,
                Lines = b.Lines.OrderBy(l => l.Id).Join(db.Products, l => l.ComponentId, c => c.Id,
                    (l, c) => new BomComponentRow(c.Id, c.Sku, c.Name, l.QuantityPerUnit, l.ScrapPercent, c.UnitCost)).ToList(),
            })
            .ToListAsync(cancellationToken);
        // A version is only ever replaced by a newer one: the newest is the active one.
        return new BomDetail(product.Id, product.Sku, product.Name, product.Sourcing,
            versions.Select(v => new BomVersion(v.Version, v.CreatedBy, v.CreatedAt, v.ReplacedAt, v.Lines)).ToList());
    }

    /// <summary>Products a bill of materials can use, by SKU or name.</summary>
    public async Task<IReadOnlyList<ComponentChoice>> ComponentsAsync(string? search, int take = 20, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageMaking, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var products = db.Products.AsNoTracking();
        if (new PageRequest(Search: search).Term is { } term)
        {
            products = products.Where(p => p.Sku.ToLower().Contains(term) || p.Name.ToLower().Contains(term));
        }
        return await products.OrderBy(p => p.Sku).Take(take).Select(p => new ComponentChoice(p.Id, p.Sku, p.Name, p.UnitCost)).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Writes the next version of the product's bill of materials, which replaces the active one for new work orders.
    /// A component that would make the product, at some level, out of itself is refused next to its line, with the path.
    /// </summary>
    /// <returns>The new version's number.</returns>
    public async Task<int> SaveVersionAsync(BomInput input, CancellationToken cancellationToken = default)
    {
        var actor = await guard.DemandAsync(Policies.ManageMaking, cancellationToken);
        input.Validate().ThrowIfAny();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await SaveVersionAsync(input, actor.Name, cancellationToken);
            }
            catch (Exception e) when (attempt < Attempts && e.IsLostRace())
            {
                // A version of a product in the same structure was saved at the same moment: check the cycle again on it.
            }
        }
    }

    /// <summary>
    /// Checks and saves in one serializable transaction: two versions saved at once, each fine alone but together making
    /// a product of itself (a desk of a top, the top of the desk), cannot both be saved.
    /// </summary>
    private async Task<int> SaveVersionAsync(BomInput input, string author, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
        var product = await db.Products.AsNoTracking().SingleOrDefaultAsync(p => p.Id == input.ProductId, cancellationToken)
            ?? throw new NotFoundException($"There is no product #{input.ProductId}.");
        if (!product.CanBeMade)
        {
            throw new InvalidInputException(new ValidationErrors().Add(nameof(BomInput.ProductId),
                $"{product.Sku} is bought, not made: mark it made (or bought and made) before giving it a bill of materials."));
        }
        var components = input.Lines.Select(l => l.ComponentId).ToList();
        var skus = await db.Products.Where(p => components.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Sku, cancellationToken);
        var errors = new ValidationErrors();
        for (var i = 0; i < components.Count; i++)
        {
            errors.Require(skus.ContainsKey(components[i]), $"{nameof(BomInput.Lines)}[{i}].{nameof(BomLineInput.ComponentId)}", "This product no longer exists.");
        }
        errors.ThrowIfAny();
        if ((await StructureReachedFromAsync(db, components, cancellationToken)).CycleIf(product.Id, components) is { } cycle)
        {
            var names = await db.Products.Where(p => cycle.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Sku, cancellationToken);
            throw new InvalidInputException(errors.Add($"{nameof(BomInput.Lines)}[{components.IndexOf(cycle[1])}].{nameof(BomLineInput.ComponentId)}",
                $"{names[cycle[1]]} is made of {product.Sku} at some level, so {product.Sku} would be made of itself: {string.Join(" → ", cycle.Select(id => names[id]))}."));
        }

        // The active version is the product's newest: a version is only ever replaced by the next one.
        var active = await db.BillsOfMaterials.SingleOrDefaultAsync(b => b.ProductId == product.Id && b.ReplacedAt == null, cancellationToken);
        var bom = new BillOfMaterials(input, (active?.Version ?? 0) + 1, author, clock.GetUtcNow().UtcDateTime);
        active?.ReplacedBy(bom);
        db.BillsOfMaterials.Add(bom);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            throw new ConcurrencyConflictException($"Someone saved a version of {product.Sku}'s bill of materials at the same moment. Reload it and try again.");
        }
        return bom.Version;
    }

    /// <summary>The active bills of materials of the given products, of their components, and so on down (one query per level).</summary>
    private static async Task<BomStructure> StructureReachedFromAsync(AppDbContext db, IReadOnlyCollection<int> products, CancellationToken cancellationToken)
    {
        var reached = new Dictionary<int, BillOfMaterials>();
        var next = products.ToHashSet();
        while (next.Count > 0)
        {
            var level = await db.BillsOfMaterials.AsNoTracking().Include(b => b.Lines)
                .Where(b => b.ReplacedAt == null && next.Contains(b.ProductId)).ToListAsync(cancellationToken);
            foreach (var bom in level)
            {
                reached[bom.ProductId] = bom;
            }
            next = level.SelectMany(b => b.Lines).Select(l => l.ComponentId).Where(c => !reached.ContainsKey(c) && !next.Contains(c)).ToHashSet();
        }
        return new BomStructure(reached.Values);
    }
}
