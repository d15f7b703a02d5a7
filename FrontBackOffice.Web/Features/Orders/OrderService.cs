using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Marketing;
using FrontBackOffice.Domain.Orders;
using FrontBackOffice.Domain.Stock;
using FrontBackOffice.Web.Company;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Security;
using FrontBackOffice.Web.Shared.Locations;
using FrontBackOffice.Web.Shared.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontBackOffice.Web.Features.Orders;

public sealed record OrderRow(int Id, string Number, string CustomerName, DateTime CreatedAt, OrderStatus Status, decimal NetTotal, decimal GrossTotal, string? InvoiceNumber);

public sealed record OrderLineDetail(
    int ProductId, string Sku, string ProductName, int Quantity, decimal UnitPrice, decimal VatRate, decimal Discount, decimal Net, decimal Vat, decimal Gross, decimal? UnitCost);

/// <summary>An order as its page shows it, with the steps its state allows (as the domain decides them).</summary>
public sealed record OrderDetail(
    int Id, string Number, int CustomerId, string CustomerName, int LocationId, string LocationName, OrderStatus Status,
    DateTime CreatedAt, string CreatedBy, DateTime? ConfirmedAt, DateTime? ShippedAt, DateTime? InvoicedAt, DateOnly? InvoiceDate,
    string? InvoiceNumber, DateTime? CancelledAt, decimal NetTotal, decimal VatTotal, decimal GrossTotal, long Version,
    IReadOnlyList<OrderLineDetail> Lines, bool CanEdit, bool CanConfirm, bool CanShip, bool CanInvoice, bool CanCancel, bool HoldsReservation,
    string? CampaignCode, PromotionTerms? Promotion, decimal DiscountTotal);

/// <summary>A product as the order form's picker shows it, with what is still available at the location.</summary>
public sealed record ProductChoice(int Id, string Sku, string Name, decimal UnitPrice, int Available)
{
    public override string ToString() => $"{Sku} · {Name}";
}

/// <summary>Sales orders: entry, the lifecycle, and the stock each step reserves, ships or releases.</summary>
public sealed class OrderService(
    IDbContextFactory<AppDbContext> dbFactory, AccessGuard guard, BusinessCalendar calendar, IOptions<CompanyOptions> company, Submissions submissions)
{
    /// <summary>Enough for a burst of staff invoicing at once: they all contend for the year's one invoice sequence.</summary>
    private const int Attempts = 10;

    /// <summary>The list's sorts on the orders' own columns: a page is found among the orders, then joined to its customers.</summary>
    private static readonly SortMap<SalesOrder> OrderSorts = new SortMap<SalesOrder>(nameof(OrderRow.CreatedAt), true).ThenBy(o => o.Id)
        .Add(nameof(OrderRow.Number), o => o.Id)
        .Add(nameof(OrderRow.CreatedAt), o => o.CreatedAt)
        .Add(nameof(OrderRow.Status), o => o.Status)
        .Add(nameof(OrderRow.NetTotal), o => o.NetTotal)
        .Add(nameof(OrderRow.GrossTotal), o => o.GrossTotal)
        .Add(nameof(OrderRow.InvoiceNumber), o => o.InvoiceNumber);

    private static readonly SortMap<OrderJoin> Sorts = new SortMap<OrderJoin>(nameof(OrderRow.CreatedAt), true).ThenBy(o => o.Order.Id)
        .Add(nameof(OrderRow.Number), o => o.Order.Id)
        .Add(nameof(OrderRow.CustomerName), o => o.CustomerName)
        .Add(nameof(OrderRow.CreatedAt), o => o.Order.CreatedAt)
        .Add(nameof(OrderRow.Status), o => o.Order.Status)
        .Add(nameof(OrderRow.NetTotal), o => o.Order.NetTotal)
        .Add(nameof(OrderRow.GrossTotal), o => o.Order.GrossTotal)
        .Add(nameof(OrderRow.InvoiceNumber), o => o.Order.InvoiceNumber);

    public decimal DefaultVatRate => company.Value.VatRate;

    public async Task<PageResult<OrderRow>> ListAsync(PageRequest request, OrderStatus? status = null, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageOrders, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var orders = db.SalesOrders.AsNoTracking();
        if (status is { } wanted)
        {
            orders = orders.Where(o => o.Status == wanted);
        }
        if (request.Term is { } term)
        {
            var id = request.SearchedId("SO-");
            var customers = db.CustomersNamed(term);
            var invoiced = db.OrdersInvoiced(term);
            orders = orders.Where(o => o.Id == id || customers.Contains(o.CustomerId) || invoiced.Contains(o.Id));
        }
        // Every order has its customer: the count needs no join.
        var total = request.KnownTotal ?? await orders.CountAsync(cancellationToken);
        return await orders.ToPageAsync(total, request, OrderSorts,
            page => page.Join(db.Customers, o => o.CustomerId, c => c.Id, (o, c) => new OrderJoin { Order = o, CustomerName = c.Name }), Sorts,
            o => new OrderRow(o.Order.Id, SalesOrder.NumberOf(o.Order.Id), o.CustomerName, o.Order.CreatedAt, o.Order.Status,
                o.Order.NetTotal, o.Order.GrossTotal, o.Order.InvoiceNumber),
            cancellationToken);
    }

    public async Task<OrderDetail> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageOrders, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var order = await db.SalesOrders.Include(o => o.Lines).SingleOrDefaultAsync(o => o.Id == id, cancellationToken)
            ?? throw new NotFoundException($"There is no order #{id}.");
        var customer = await db.Customers.Where(c => c.Id == order.CustomerId).Select(c => c.Name).SingleAsync(cancellationToken);
        var location = await db.Locations.Where(l => l.Id == order.LocationId).Select(l => l.Name).SingleAsync(cancellationToken);
        var productIds = order.Lines.Select(l => l.ProductId).Distinct().ToList();
        var products = await db.Products.Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        return new OrderDetail(order.Id, order.Number, order.CustomerId, customer, order.LocationId, location, order.Status,
            order.CreatedAt, order.CreatedBy, order.ConfirmedAt, order.ShippedAt, order.InvoicedAt, order.InvoiceDate,
            order.InvoiceNumber, order.CancelledAt, order.NetTotal, order.VatTotal, order.GrossTotal, db.RowVersionOf(order),
            order.Lines.OrderBy(l => l.Id).Select(l => new OrderLineDetail(l.ProductId, products[l.ProductId].Sku, products[l.ProductId].Name,
                l.Quantity, l.UnitPrice, l.VatRate, l.Discount, l.Net, l.Vat, l.Gross, l.UnitCost)).ToList(),
            order.CanEdit, order.CanConfirm, order.CanShip, order.CanInvoice, order.CanCancel, order.HoldsReservation,
            await db.Campaigns.Where(c => c.Id == order.CampaignId).Select(c => c.Code).SingleOrDefaultAsync(cancellationToken),
            (await db.Promotions.AsNoTracking().Include(p => p.Products).SingleOrDefaultAsync(p => p.Id == order.PromotionId, cancellationToken))?.Terms,
            order.DiscountTotal);
    }

    public async Task<IReadOnlyList<LocationChoice>> LocationsAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageOrders, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.LocationChoicesAsync(cancellationToken);
    }

    /// <summary>Products matching the search, each with the quantity still available at the location.</summary>
    public async Task<IReadOnlyList<ProductChoice>> ProductChoicesAsync(int locationId, string? search, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageOrders, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var term = search?.Trim().ToLowerInvariant() ?? "";
        return await (
                from p in db.Products
                where term == "" || p.Sku.ToLower().Contains(term) || p.Name.ToLower().Contains(term)
                join l in db.StockLevels.Where(l => l.LocationId == locationId) on p.Id equals l.ProductId into levels
                from l in levels.DefaultIfEmpty()
                orderby p.Sku
                select new ProductChoice(p.Id, p.Sku, p.Name, p.UnitPrice, l == null ? 0 : l.OnHand - l.Reserved))
            .Take(25)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The promotion a code names, running today, for the order form to show its discount before the order is saved;
    /// refuses a code that names none or one outside its days.
    /// </summary>
    public async Task<PromotionTerms> PromotionAsync(string code, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageOrders, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var errors = new ValidationErrors();
        var terms = await PromotionOfAsync(db, code, errors, cancellationToken);
        if (terms?.RefusalOn(calendar.Today) is { } closed)
        {
            errors.Add(nameof(OrderInput.PromotionCode), closed);
        }
        errors.ThrowIfAny();
        return terms!;
    }

    /// <summary>Saves a new draft; the same <paramref name="submission"/> (the form's key) never saves a second one.</summary>
    public async Task<int> CreateDraftAsync(OrderInput input, Guid? submission = null, CancellationToken cancellationToken = default)
    {
        var actor = await guard.DemandAsync(Policies.ManageOrders, cancellationToken);
        input.Validate().ThrowIfAny();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (campaign, promotion) = await RefuseUnknownReferencesAsync(db, input, null, cancellationToken);
        return await submissions.OnceAsync(db, submission, "SalesOrder", async () =>
        {
            var order = new SalesOrder(input, calendar.UtcNow, actor.Name);
            if (promotion is not null)
            {
                order.ApplyPromotion(promotion, calendar.Today);
            }
            order.AttributeTo(campaign);
            db.SalesOrders.Add(order);
            await db.SaveChangesAsync(cancellationToken);
            return order.Id;
        }, cancellationToken);
    }

    public async Task UpdateDraftAsync(int id, long version, OrderInput input, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageOrders, cancellationToken);
        input.Validate().ThrowIfAny();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var order = await LoadAsync(db, id, cancellationToken);
        var (campaign, promotion) = await RefuseUnknownReferencesAsync(db, input, order.CampaignId, cancellationToken);
        db.ExpectRowVersion(order, version);
        order.Edit(input, promotion, calendar.Today);
        order.AttributeTo(campaign);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException("Someone else changed this order since you opened it. Open it again to see their changes.");
        }
    }

    /// <summary>Reserves the stock of every line, or of none: a shortage anywhere refuses the whole confirmation.</summary>
    public async Task ConfirmAsync(int id, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageOrders, cancellationToken);
        await ChangeWithRetryAsync(async db =>
        {
            var order = await LoadAsync(db, id, cancellationToken);
            var needed = order.QuantitiesByProduct();
            var levels = await db.StockLevelsAsync(order.LocationId, needed.Keys, cancellationToken);
            var availability = await db.Products.Where(p => needed.Keys.Contains(p.Id))
                .Select(p => new { p.Id, p.Sku, p.Name }).ToListAsync(cancellationToken);
            order.Confirm(availability.Select(p => new StockAvailability(p.Id, p.Sku, p.Name,
                levels.TryGetValue(p.Id, out var level) ? level.Available : 0)).ToList(), calendar.UtcNow);
            foreach (var (productId, quantity) in needed)
            {
                levels[productId].Reserve(quantity);
            }
        }, cancellationToken);
    }

    /// <summary>Writes one movement out per line, taking its value out of the product's stock at the average cost, and releases the reservation.</summary>
    public async Task ShipAsync(int id, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageOrders, cancellationToken);
        await ChangeWithRetryAsync(async db =>
        {
            var order = await LoadAsync(db, id, cancellationToken);
            var productIds = order.Lines.Select(l => l.ProductId).Distinct().ToList();
            var levels = await db.StockLevelsAsync(order.LocationId, productIds, cancellationToken);
            var products = await db.Products.Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
            var now = calendar.UtcNow;
            order.Ship(line =>
            {
                var issued = products[line.ProductId].Issue(line.Quantity);
                db.StockMovements.Add(levels[line.ProductId].ShipReserved(line.Quantity, issued.UnitCost, now, new StockSource(StockSource.SalesOrder, order.Id)));
                return issued;
            }, now, calendar.DayOf(now));
        }, cancellationToken);
    }

    /// <summary>Stamps the next invoice number of the year; the number and the invoice are saved together, so none is skipped.</summary>
    public async Task InvoiceAsync(int id, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageOrders, cancellationToken);
        await ChangeWithRetryAsync(async db =>
        {
            var order = await LoadAsync(db, id, cancellationToken);
            var now = calendar.UtcNow;
            var today = calendar.DayOf(now);
            var sequence = await db.InvoiceSequences.OfYearAsync(today.Year, year => new InvoiceSequence(year), cancellationToken);
            order.Invoice(sequence.Next(), today, now);
        }, cancellationToken);
    }

    /// <summary>Cancels a draft or confirmed order; a confirmed order's reservations are released.</summary>
    public async Task CancelAsync(int id, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageOrders, cancellationToken);
        await ChangeWithRetryAsync(async db =>
        {
            var order = await LoadAsync(db, id, cancellationToken);
            var heldStock = order.HoldsReservation;
            order.Cancel(calendar.UtcNow);
            if (heldStock)
            {
                var reserved = order.QuantitiesByProduct();
                var levels = await db.StockLevelsAsync(order.LocationId, reserved.Keys, cancellationToken);
                foreach (var (productId, quantity) in reserved)
                {
                    levels[productId].Release(quantity);
                }
            }
        }, cancellationToken);
    }

    private Task ChangeWithRetryAsync(Func<AppDbContext, Task> change, CancellationToken cancellationToken) =>
        dbFactory.ChangeWithRetryAsync("order", Attempts, change, cancellationToken);

    private static async Task<SalesOrder> LoadAsync(AppDbContext db, int id, CancellationToken cancellationToken) =>
        await db.SalesOrders.Include(o => o.Lines).SingleOrDefaultAsync(o => o.Id == id, cancellationToken)
        ?? throw new NotFoundException($"There is no order #{id}.");

    /// <summary>
    /// Refuses a customer, location or product that does not exist, a campaign code that names no campaign running
    /// today (unless it is the campaign the order already has), and a promotion code that names no promotion; returns
    /// the campaign and the promotion the codes name. Whether the promotion applies is the order's to say.
    /// </summary>
    private async Task<(int? Campaign, PromotionTerms? Promotion)> RefuseUnknownReferencesAsync(
        AppDbContext db, OrderInput input, int? attributed, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var promotion = string.IsNullOrWhiteSpace(input.PromotionCode) ? null : await PromotionOfAsync(db, input.PromotionCode, errors, cancellationToken);
        int? campaignId = null;
        if (!string.IsNullOrWhiteSpace(input.CampaignCode))
        {
            var code = Campaign.NormalizeCode(input.CampaignCode);
            var campaign = await db.Campaigns.Where(c => c.Code == code).Select(c => new { c.Id, c.StartsOn, c.EndsOn }).SingleOrDefaultAsync(cancellationToken);
            if (campaign is null)
            {
                errors.Add(nameof(OrderInput.CampaignCode), $"There is no campaign {code}.");
            }
            else if (campaign.Id != attributed && Campaign.StateOn(campaign.StartsOn, campaign.EndsOn, calendar.Today) != CampaignState.Running)
            {
                errors.Add(nameof(OrderInput.CampaignCode), $"Campaign {code} runs {campaign.StartsOn:yyyy-MM-dd} to {campaign.EndsOn:yyyy-MM-dd}, not today.");
            }
            campaignId = campaign?.Id;
        }
        if (!await db.Customers.AnyAsync(c => c.Id == input.CustomerId, cancellationToken))
        {
            errors.Add(nameof(OrderInput.CustomerId), "This customer does not exist.");
        }
        if (!await db.Locations.AnyAsync(l => l.Id == input.LocationId, cancellationToken))
        {
            errors.Add(nameof(OrderInput.LocationId), "This location does not exist.");
        }
        var productIds = input.Lines.Select(l => l.ProductId).Distinct().ToList();
        var known = await db.Products.Where(p => productIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
        for (var i = 0; i < input.Lines.Count; i++)
        {
            if (!known.Contains(input.Lines[i].ProductId))
            {
                errors.Add($"Lines[{i}].ProductId", "This product does not exist.");
            }
        }
        errors.ThrowIfAny();
        return (campaignId, promotion);
    }

    private static async Task<PromotionTerms?> PromotionOfAsync(AppDbContext db, string code, ValidationErrors errors, CancellationToken cancellationToken)
    {
        var normal = Campaign.NormalizeCode(code);
        var promotion = await db.Promotions.AsNoTracking().Include(p => p.Products).SingleOrDefaultAsync(p => p.Code == normal, cancellationToken);
        if (promotion is null)
        {
            errors.Add(nameof(OrderInput.PromotionCode), $"There is no promotion {normal}.");
        }
        return promotion?.Terms;
    }

    private sealed class OrderJoin
    {
        public required SalesOrder Order { get; init; }
        public required string CustomerName { get; init; }
    }
}
