using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Marketing;
using FrontBackOffice.Domain.Orders;
using FrontBackOffice.Web.Company;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Security;
using FrontBackOffice.Web.Shared.Submissions;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Features.Marketing;

/// <summary>A promotion in the list, with the orders that use it and what it took off them (cancelled orders left out).</summary>
public sealed record PromotionRow(
    int Id, string Name, string Code, DiscountKind Kind, decimal Value, DateOnly StartsOn, DateOnly EndsOn, decimal MinimumOrder, int Products,
    int Orders, decimal Discounts);

/// <summary>A product a promotion may apply to, as the promotion's form picks it.</summary>
public sealed record PromotionProductChoice(int Id, string Sku, string Name)
{
    public override string ToString() => $"{Sku} · {Name}";
}

public sealed record PromotionDetail(int Id, PromotionInput Input, IReadOnlyList<PromotionProductChoice> Products, long Version);

/// <summary>Marketing's promotions: the discount codes Sales enters on orders (see <see cref="PromotionTerms"/>).</summary>
public sealed class PromotionService(
    IDbContextFactory<AppDbContext> dbFactory, AccessGuard guard, BusinessCalendar calendar, Submissions submissions)
{
    private static readonly SortMap<Promotion> Sorts = new SortMap<Promotion>(nameof(PromotionRow.StartsOn), true).ThenBy(p => p.Id)
        .Add(nameof(PromotionRow.Name), p => p.Name)
        .Add(nameof(PromotionRow.Code), p => p.Code)
        .Add(nameof(PromotionRow.Value), p => p.Value)
        .Add(nameof(PromotionRow.StartsOn), p => p.StartsOn)
        .Add(nameof(PromotionRow.EndsOn), p => p.EndsOn)
        .Add(nameof(PromotionRow.MinimumOrder), p => p.MinimumOrder);

    public async Task<PageResult<PromotionRow>> SearchAsync(PageRequest request, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManagePromotions, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var promotions = db.Promotions.AsNoTracking();
        if (request.Term is { } term)
        {
            promotions = promotions.Where(p => p.Name.ToLower().Contains(term) || p.Code.ToLower().Contains(term));
        }
        var used = db.SalesOrders.Where(o => o.Status != OrderStatus.Cancelled);
        return await promotions.ToPageAsync(request, Sorts,
            p => new PromotionRow(p.Id, p.Name, p.Code, p.Kind, p.Value, p.StartsOn, p.EndsOn, p.MinimumOrder, p.Products.Count,
                used.Count(o => o.PromotionId == p.Id), used.Where(o => o.PromotionId == p.Id).Sum(o => o.DiscountTotal)),
            cancellationToken);
    }

    public async Task<PromotionDetail> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManagePromotions, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // Tracked, so that its row version is read with it.
        var promotion = await db.Promotions.Include(p => p.Products).SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException($"There is no promotion #{id}.");
        var productIds = promotion.Products.Select(p => p.ProductId).ToList();
        var products = await db.Products.Where(p => productIds.Contains(p.Id)).OrderBy(p => p.Sku)
            .Select(p => new PromotionProductChoice(p.Id, p.Sku, p.Name)).ToListAsync(cancellationToken);
        return new PromotionDetail(promotion.Id, promotion.Input, products, db.RowVersionOf(promotion));
    }

    /// <summary>Products matching the search, for the promotion's product set.</summary>
    public async Task<IReadOnlyList<PromotionProductChoice>> ProductChoicesAsync(string? search, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManagePromotions, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var term = search?.Trim().ToLowerInvariant() ?? "";
        return await db.Products.Where(p => term == "" || p.Sku.ToLower().Contains(term) || p.Name.ToLower().Contains(term))
            .OrderBy(p => p.Sku).Take(25).Select(p => new PromotionProductChoice(p.Id, p.Sku, p.Name)).ToListAsync(cancellationToken);
    }

    /// <summary>Adds a promotion; the same <paramref name="submission"/> (the form's key) never adds a second one.</summary>
    public async Task<int> CreateAsync(PromotionInput input, Guid? submission = null, CancellationToken cancellationToken = default)
    {
        var actor = await guard.DemandAsync(Policies.ManagePromotions, cancellationToken);
        input.Validate().ThrowIfAny();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await submissions.OnceAsync(db, submission, nameof(Promotion), async () =>
        {
            await RefuseUnknownAsync(db, input, null, cancellationToken);
            var promotion = new Promotion(input, actor.Name, calendar.UtcNow);
            db.Promotions.Add(promotion);
            await SaveAsync(db, cancellationToken);
            return promotion.Id;
        }, cancellationToken);
    }

    /// <summary>Changes a promotion; the orders that already use it keep the discount they were given.</summary>
    public async Task UpdateAsync(int id, long version, PromotionInput input, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManagePromotions, cancellationToken);
        input.Validate().ThrowIfAny();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var promotion = await db.Promotions.Include(p => p.Products).SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new NotFoundException($"There is no promotion #{id}.");
        await RefuseUnknownAsync(db, input, id, cancellationToken);
        db.ExpectRowVersion(promotion, version);
        promotion.Update(input);
        await SaveAsync(db, cancellationToken);
    }

    /// <summary>Refuses a code another promotion has and a product that does not exist.</summary>
    private static async Task RefuseUnknownAsync(AppDbContext db, PromotionInput input, int? exceptId, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var code = Campaign.NormalizeCode(input.Code);
        if (await db.Promotions.Where(p => p.Code == code && p.Id != exceptId).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken) is { } holder)
        {
            errors.Add(nameof(PromotionInput.Code), $"This code already belongs to {holder}.");
        }
        var wanted = input.ProductIds.Distinct().ToList();
        if (await db.Products.CountAsync(p => wanted.Contains(p.Id), cancellationToken) != wanted.Count)
        {
            errors.Add(nameof(PromotionInput.ProductIds), "One of these products does not exist any more.");
        }
        errors.ThrowIfAny();
    }

    private static async Task SaveAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException("Someone else changed this promotion since you opened it. Open it again to see their changes.");
        }
        catch (DbUpdateException e) when (e.IsUniqueViolationOf(nameof(Promotion.Code)))
        {
            throw new InvalidInputException(new ValidationErrors().Add(nameof(PromotionInput.Code), "This code already belongs to another promotion."));
        }
    }
}
