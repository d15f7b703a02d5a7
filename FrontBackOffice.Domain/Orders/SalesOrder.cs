using FrontBackOffice.Domain.Marketing;
using FrontBackOffice.Domain.Stock;

namespace FrontBackOffice.Domain.Orders;

public enum OrderStatus
{
    Draft,
    Confirmed,
    Shipped,
    Invoiced,
    Cancelled,
}

/// <summary>A line as entered: product, quantity, unit price and VAT rate.</summary>
public sealed record OrderLineInput(int ProductId, int Quantity, decimal UnitPrice, decimal VatRate);

/// <summary>
/// An order as entered: who buys, from which location it ships, its lines, the code of the campaign it came from and
/// the code of the promotion it uses, if any.
/// </summary>
public sealed record OrderInput(int CustomerId, int LocationId, IReadOnlyList<OrderLineInput> Lines, string? CampaignCode = null, string? PromotionCode = null)
{
    public ValidationErrors Validate()
    {
        var errors = new ValidationErrors()
            .Require(CustomerId > 0, nameof(CustomerId), "Choose the customer.")
            .Require(string.IsNullOrWhiteSpace(CampaignCode) || Campaign.IsCode(CampaignCode), nameof(CampaignCode),
                "A campaign code has 3 to 20 letters, digits and dashes, like SPRING-26.")
            .Require(string.IsNullOrWhiteSpace(PromotionCode) || Campaign.IsCode(PromotionCode), nameof(PromotionCode),
                "A promotion code has 3 to 20 letters, digits and dashes, like SPRING-26.")
            .Require(LocationId > 0, nameof(LocationId), "Choose the location the order ships from.")
            .Require(Lines.Count > 0, nameof(Lines), "Add at least one line.");
        for (var i = 0; i < Lines.Count; i++)
        {
            var line = Lines[i];
            var prefix = $"{nameof(Lines)}[{i}].";
            errors
                .Require(line.ProductId > 0, prefix + nameof(OrderLineInput.ProductId), "Choose a product.")
                .Require(line.Quantity > 0, prefix + nameof(OrderLineInput.Quantity), "The quantity must be more than zero.")
                .Require(line.UnitPrice >= 0, prefix + nameof(OrderLineInput.UnitPrice), "The unit price cannot be negative.")
                .Require(decimal.Round(line.UnitPrice, 2) == line.UnitPrice, prefix + nameof(OrderLineInput.UnitPrice), "The unit price has at most two decimals.")
                .Require(line.VatRate is >= 0 and < 1, prefix + nameof(OrderLineInput.VatRate), "The VAT rate must be between 0 % and 100 %.")
                .Require(decimal.Round(line.VatRate, 4) == line.VatRate, prefix + nameof(OrderLineInput.VatRate), "The VAT rate has at most two decimals in percent.");
        }
        return errors;
    }
}

/// <summary>How much of a product can still be promised at the order's location.</summary>
public sealed record StockAvailability(int ProductId, string Sku, string Name, int Available)
{
    /// <summary>Each product of <paramref name="ordered"/> (units by product) that <paramref name="availability"/> does not cover, as staff read it: "Widget (W-1): 5 ordered, 4 available".</summary>
    public static IReadOnlyList<UserMessage> ShortToOrder(IEnumerable<KeyValuePair<int, int>> ordered, IReadOnlyCollection<StockAvailability> availability) =>
        [.. Short(ordered, availability).Select(s => s.Known is { } a
            ? UserMessage.Of($"{a.Name} ({a.Sku}): {s.Wanted} ordered, {a.Available} available")
            : UserMessage.Of($"product #{s.ProductId}: {s.Wanted} ordered, none in stock"))];

    /// <summary>Each component of <paramref name="needed"/> (units by product) that <paramref name="availability"/> does not cover: "Desk leg (LEG): 40 needed, 39 available".</summary>
    public static IReadOnlyList<UserMessage> ShortToMake(IEnumerable<KeyValuePair<int, int>> needed, IReadOnlyCollection<StockAvailability> availability) =>
        [.. Short(needed, availability).Select(s => s.Known is { } a
            ? UserMessage.Of($"{a.Name} ({a.Sku}): {s.Wanted} needed, {a.Available} available")
            : UserMessage.Of($"product #{s.ProductId}: {s.Wanted} needed, none in stock"))];

    private static IEnumerable<(int ProductId, int Wanted, StockAvailability? Known)> Short(
        IEnumerable<KeyValuePair<int, int>> wanted, IReadOnlyCollection<StockAvailability> availability)
    {
        var byProduct = availability.ToDictionary(a => a.ProductId);
        return wanted
            .Select(q => (q.Key, q.Value, Known: byProduct.GetValueOrDefault(q.Key)))
            .Where(q => q.Known is null || q.Known.Available < q.Value);
    }
}

/// <summary>The number of an invoice: gapless within its year.</summary>
public sealed record InvoiceNumber(int Year, int Sequence)
{
    public override string ToString() => $"INV-{Year}-{Sequence:D5}";
}

/// <summary>
/// A sales order: Draft → Confirmed → Shipped → Invoiced, and Cancelled from Draft or Confirmed.
/// Each transition refuses to run from any other state.
/// </summary>
public sealed class SalesOrder
{
    private readonly List<SalesOrderLine> lines = [];

    private SalesOrder()
    {
    }

    public SalesOrder(OrderInput input, DateTime createdAt, string createdBy)
    {
        input.Validate().ThrowIfAny();
        CustomerId = input.CustomerId;
        LocationId = input.LocationId;
        CreatedAt = createdAt;
        CreatedBy = createdBy;
        SetLines(input.Lines);
    }

    public int Id { get; private set; }
    public int CustomerId { get; private set; }
    public int LocationId { get; private set; }
    public OrderStatus Status { get; private set; } = OrderStatus.Draft;
    public DateTime CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime? ConfirmedAt { get; private set; }
    public DateTime? ShippedAt { get; private set; }

    /// <summary>The business day of shipment, on which the nightly close books the cost of goods sold.</summary>
    public DateOnly? ShippedOn { get; private set; }

    public DateTime? InvoicedAt { get; private set; }
    public DateOnly? InvoiceDate { get; private set; }
    public int? InvoiceYear { get; private set; }
    public int? InvoiceSequence { get; private set; }
    public string? InvoiceNumber { get; private set; }
    public DateTime? CancelledAt { get; private set; }

    /// <summary>The lines' net after the discount.</summary>
    public decimal NetTotal { get; private set; }

    public decimal VatTotal { get; private set; }
    public decimal GrossTotal { get; private set; }

    /// <summary>What the promotion took off the lines' net; zero without one.</summary>
    public decimal DiscountTotal { get; private set; }

    /// <summary>The promotion whose discount the lines carry.</summary>
    public int? PromotionId { get; private set; }

    /// <summary>The cost of the goods shipped: their value at the average costs when they left the warehouse.</summary>
    public decimal? CostOfGoodsSold { get; private set; }

    /// <summary>The campaign the order is attributed to: entered with its code while the campaign ran.</summary>
    public int? CampaignId { get; private set; }


    public IReadOnlyList<SalesOrderLine> Lines => lines;

    public string Number => NumberOf(Id);

    public static string NumberOf(int id) => $"SO-{id:D6}";

    public bool CanEdit => Status == OrderStatus.Draft;
    public bool CanConfirm => Status == OrderStatus.Draft;
    public bool CanShip => Status == OrderStatus.Confirmed;
    public bool CanInvoice => Status == OrderStatus.Shipped;
    public bool CanCancel => Status is OrderStatus.Draft or OrderStatus.Confirmed;

    /// <summary>Its stock is reserved: confirmed and not yet shipped.</summary>
    public bool HoldsReservation => Status == OrderStatus.Confirmed;

    /// <summary>Units per product, summed over the lines (a product may be on several lines).</summary>
    public IReadOnlyDictionary<int, int> QuantitiesByProduct() =>
        lines.GroupBy(l => l.ProductId).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));

    /// <summary>Attributes a draft to the campaign whose code it was entered with (the caller found it running), or to none.</summary>
    public void AttributeTo(int? campaignId)
    {
        Require(CanEdit, "attributed to a campaign");
        CampaignId = campaignId;
    }

    /// <summary>
    /// Prices a new order's lines with <paramref name="promotion"/>'s discount: it must run on <paramref name="today"/>,
    /// the order must reach its minimum, and hold a product it applies to.
    /// </summary>
    public void ApplyPromotion(PromotionTerms promotion, DateOnly today)
    {
        Require(CanEdit, "given a promotion");
        RefuseUnlessApplies(promotion, lines.Select(l => l.Input).ToList(), today);
        Price(promotion);
    }

    /// <summary>
    /// Replaces a draft's lines and prices them with <paramref name="promotion"/>, or without a discount when null. The
    /// discount is worked out again from the lines' prices, so a promotion never comes off twice. A promotion new to the
    /// order must run on <paramref name="today"/>; the one the draft already has is kept after it ends.
    /// </summary>
    public void Edit(OrderInput input, PromotionTerms? promotion, DateOnly today)
    {
        Require(CanEdit, "edited");
        input.Validate().ThrowIfAny();
        if (promotion is not null)
        {
            RefuseUnlessApplies(promotion, input.Lines, promotion.PromotionId == PromotionId ? null : today);
        }
        CustomerId = input.CustomerId;
        LocationId = input.LocationId;
        SetLines(input.Lines);
        Price(promotion);
    }

    /// <summary>
    /// Confirms only if the available stock covers every line; otherwise nothing changes and the message names
    /// each short product. The caller reserves the stock in the same transaction.
    /// </summary>
    public void Confirm(IReadOnlyCollection<StockAvailability> availability, DateTime at)
    {
        Require(CanConfirm, "confirmed");
        var shortages = StockAvailability.ShortToOrder(QuantitiesByProduct(), availability);
        if (shortages.Count > 0)
        {
            throw new DomainException($"Not enough stock to confirm: {UserMessage.Join("; ", shortages)}.");
        }
        Status = OrderStatus.Confirmed;
        ConfirmedAt = at;
    }

    /// <summary>
    /// Ships every line: <paramref name="issue"/> takes the line's units out of stock at the product's average cost, and
    /// the cost of goods sold is what they were worth there.
    /// </summary>
    public void Ship(Func<SalesOrderLine, StockValuation> issue, DateTime at, DateOnly businessDay)
    {
        Require(CanShip, "shipped");
        var cost = 0m;
        foreach (var line in lines)
        {
            var valuation = issue(line);
            line.RecordUnitCost(valuation.UnitCost);
            cost += valuation.Value;
        }
        CostOfGoodsSold = cost;
        Status = OrderStatus.Shipped;
        ShippedAt = at;
        ShippedOn = businessDay;
    }

    public void Invoice(InvoiceNumber number, DateOnly invoiceDate, DateTime at)
    {
        Require(CanInvoice, "invoiced");
        InvoiceYear = number.Year;
        InvoiceSequence = number.Sequence;
        InvoiceNumber = number.ToString();
        InvoiceDate = invoiceDate;
        InvoicedAt = at;
        Status = OrderStatus.Invoiced;
    }

    /// <summary>Cancels a draft or confirmed order; the caller releases a confirmed order's reservations.</summary>
    public void Cancel(DateTime at)
    {
        Require(CanCancel, "cancelled");
        Status = OrderStatus.Cancelled;
        CancelledAt = at;
    }


    /// <summary>Sets the lines at their prices, without a discount.</summary>
    private void SetLines(IEnumerable<OrderLineInput> input)
    {
        lines.Clear();
        lines.AddRange(input.Select(l => new SalesOrderLine(l)));
        PromotionId = null;
        SumLines();
    }

    /// <summary>Refuses, next to the code, a promotion that does not apply to <paramref name="orderLines"/> on <paramref name="today"/> (on any day when null).</summary>
    private static void RefuseUnlessApplies(PromotionTerms promotion, IReadOnlyList<OrderLineInput> orderLines, DateOnly? today)
    {
        if (promotion.RefusalOf(orderLines, today) is { } refusal)
        {
            new ValidationErrors().Add(nameof(OrderInput.PromotionCode), refusal).ThrowIfAny();
        }
    }

    /// <summary>Takes <paramref name="promotion"/>'s discount off the lines, or none when null.</summary>
    private void Price(PromotionTerms? promotion)
    {
        var inputs = lines.Select(l => l.Input).ToList();
        PromotionId = promotion?.PromotionId;
        var discounts = promotion?.DiscountsOf(inputs) ?? inputs.Select(_ => 0m).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            lines[i].ApplyDiscount(discounts[i]);
        }
        SumLines();
    }

    private void SumLines()
    {
        DiscountTotal = lines.Sum(l => l.Discount);
        NetTotal = lines.Sum(l => l.Net);
        VatTotal = lines.Sum(l => l.Vat);
        GrossTotal = lines.Sum(l => l.Gross);
    }

    private void Require(bool allowed, string action)
    {
        if (!allowed)
        {
            throw new DomainException($"This order is {Status.ToString().ToLowerInvariant()} and cannot be {action}.");
        }
    }
}

/// <summary>
/// One line of an order. VAT is rounded per line (net = quantity × price − discount, VAT = net × rate, both to
/// cents), and the order's totals are the sums of its lines.
/// </summary>
public sealed class SalesOrderLine
{
    private SalesOrderLine()
    {
    }

    internal SalesOrderLine(OrderLineInput input)
    {
        ProductId = input.ProductId;
        Quantity = input.Quantity;
        UnitPrice = input.UnitPrice;
        VatRate = input.VatRate;
        (Net, Vat, Gross) = AmountsOf(input.Quantity, input.UnitPrice, input.VatRate);
    }

    /// <summary>A line's net, VAT and gross amounts after <paramref name="discount"/>, each in cents.</summary>
    public static (decimal Net, decimal Vat, decimal Gross) AmountsOf(int quantity, decimal unitPrice, decimal vatRate, decimal discount = 0m)
    {
        var net = Money.Round(quantity * unitPrice) - discount;
        var vat = Money.Round(net * vatRate);
        return (net, vat, net + vat);
    }

    public OrderLineInput Input => new(ProductId, Quantity, UnitPrice, VatRate);

    public int Id { get; private set; }
    public int OrderId { get; private set; }
    public int ProductId { get; private set; }
    public int Quantity { get; private set; }
    public decimal UnitPrice { get; private set; }
    public decimal VatRate { get; private set; }

    /// <summary>What the order's promotion took off this line's net (quantity × price).</summary>
    public decimal Discount { get; private set; }

    public decimal Net { get; private set; }
    public decimal Vat { get; private set; }
    public decimal Gross { get; private set; }

    /// <summary>The product's unit cost when the line shipped.</summary>
    public decimal? UnitCost { get; private set; }

    internal void RecordUnitCost(decimal unitCost) => UnitCost = unitCost;

    internal void ApplyDiscount(decimal discount)
    {
        Discount = discount;
        (Net, Vat, Gross) = AmountsOf(Quantity, UnitPrice, VatRate, discount);
    }
}
