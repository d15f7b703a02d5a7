using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Marketing;
using FrontBackOffice.Domain.Orders;
using FrontBackOffice.Web.Features.Customers;

namespace FrontBackOffice.Web.Features.Orders;

/// <summary>What the order form edits; the domain's <see cref="OrderInput"/> decides whether it is valid.</summary>
public sealed class OrderFormModel
{
    public CustomerChoice? Customer { get; set; }

    public int LocationId { get; set; }

    public List<OrderLineForm> Lines { get; } = [];

    /// <summary>The code of the campaign the order came from, if any.</summary>
    public string? CampaignCode { get; set; }

    /// <summary>The code of the promotion the order uses, if any.</summary>
    public string? PromotionCode { get; set; }

    /// <summary>The promotion <see cref="PromotionCode"/> names, once found: the form shows its discount per line.</summary>
    public PromotionTerms? Promotion { get; set; }

    public OrderInput ToInput() => new(Customer?.Id ?? 0, LocationId, Lines.Select(l => l.ToInput()).ToList(), CampaignCode, PromotionCode);

    /// <summary>Each line's discount as the promotion would give it, or none while the order does not qualify.</summary>
    public IReadOnlyList<decimal> Discounts()
    {
        var lines = Lines.Select(l => l.ToInput()).ToList();
        return Promotion is { } promotion && promotion.RefusalOf(lines, null) is null ? promotion.DiscountsOf(lines) : lines.Select(_ => 0m).ToList();
    }

    /// <summary>Why the promotion does not apply to the lines as they stand (its dates are the server's to check), or null.</summary>
    public UserMessage? PromotionRefusal() => Promotion?.RefusalOf(Lines.Select(l => l.ToInput()).ToList(), null);

    /// <summary>A draft to edit, with each line's product as the picker shows it.</summary>
    public static OrderFormModel FromDraft(OrderDetail order, IReadOnlyDictionary<int, ProductChoice> products)
    {
        var model = new OrderFormModel
        {
            Customer = new CustomerChoice(order.CustomerId, order.CustomerName, ""),
            LocationId = order.LocationId,
            CampaignCode = order.CampaignCode,
            PromotionCode = order.Promotion?.Code,
            Promotion = order.Promotion,
        };
        model.Lines.AddRange(order.Lines.Select(l => new OrderLineForm
        {
            Product = products.GetValueOrDefault(l.ProductId),
            Quantity = l.Quantity,
            UnitPrice = l.UnitPrice,
            VatPercent = l.VatRate * 100m,
        }));
        return model;
    }
}

public sealed class OrderLineForm
{
    public ProductChoice? Product { get; set; }

    public int Quantity { get; set; } = 1;

    public decimal UnitPrice { get; set; }

    /// <summary>The VAT rate in percent, as people type it (21 for 21 %).</summary>
    public decimal VatPercent { get; set; }

    public OrderLineInput ToInput() => new(Product?.Id ?? 0, Quantity, UnitPrice, VatPercent / 100m);
}
