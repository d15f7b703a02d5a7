namespace FrontBackOffice.Domain.Stock;

/// <summary>
/// Goods that came into a location: each receipt writes one receipt movement and is booked by the nightly close at its
/// <see cref="Value"/>. A receipt against a purchase order line is owed to the supplier until billed (goods received not
/// invoiced); a free receipt corrects the stock and says why in its <see cref="Reason"/>.
/// </summary>
public sealed class GoodsReceipt
{
    public const int ReferenceMaxLength = 100;
    public const int ReasonMaxLength = 200;

    private GoodsReceipt()
    {
    }

    private GoodsReceipt(
        int productId, int locationId, int quantity, decimal unitCost, string? reference, string? reason, int? purchaseOrderId, int? purchaseOrderLineId,
        string receivedBy, DateTime receivedAt, DateOnly receivedOn)
    {
        ProductId = productId;
        LocationId = locationId;
        Quantity = quantity;
        UnitCost = unitCost;
        Value = Money.Round(quantity * unitCost);
        Reference = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim();
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        PurchaseOrderId = purchaseOrderId;
        PurchaseOrderLineId = purchaseOrderLineId;
        ReceivedBy = receivedBy;
        ReceivedAt = receivedAt;
        ReceivedOn = receivedOn;
    }

    /// <summary>A correction received without a purchase order: the reason is required.</summary>
    public static GoodsReceipt Free(
        int productId, int locationId, int quantity, decimal unitCost, string? reference, string? reason, string receivedBy, DateTime receivedAt, DateOnly receivedOn)
    {
        Validate(productId, locationId, quantity, unitCost, reference)
            .Require(!string.IsNullOrWhiteSpace(reason), nameof(Reason), "Say why goods come in without a purchase order.")
            .CheckText(nameof(Reason), reason, ReasonMaxLength)
            .ThrowIfAny();
        return new GoodsReceipt(productId, locationId, quantity, unitCost, reference, reason, null, null, receivedBy, receivedAt, receivedOn);
    }

    /// <summary>Units of a purchase order line, at the line's price.</summary>
    public static GoodsReceipt ForOrderLine(
        int purchaseOrderId, int purchaseOrderLineId, int productId, int locationId, int quantity, decimal unitPrice, string? reference,
        string receivedBy, DateTime receivedAt, DateOnly receivedOn)
    {
        Validate(productId, locationId, quantity, unitPrice, reference).ThrowIfAny();
        return new GoodsReceipt(productId, locationId, quantity, unitPrice, reference, null, purchaseOrderId, purchaseOrderLineId, receivedBy, receivedAt, receivedOn);
    }

    private static ValidationErrors Validate(int productId, int locationId, int quantity, decimal unitCost, string? reference) => new ValidationErrors()
        .Require(productId > 0, nameof(ProductId), "Choose the product.")
        .Require(locationId > 0, nameof(LocationId), "Choose the location.")
        .Require(quantity > 0, nameof(Quantity), "The quantity received must be more than zero.")
        .Require(unitCost >= 0, nameof(UnitCost), "The unit cost cannot be negative.")
        .Require(decimal.Round(unitCost, 4) == unitCost, nameof(UnitCost), "The unit cost has at most four decimals.")
        .CheckText(nameof(Reference), reference, ReferenceMaxLength);

    public int Id { get; private set; }
    public int ProductId { get; private set; }
    public int LocationId { get; private set; }
    public int Quantity { get; private set; }
    public decimal UnitCost { get; private set; }

    /// <summary>Quantity × unit cost, in cents: what the receipt adds to the stock's value.</summary>
    public decimal Value { get; private set; }

    /// <summary>The supplier's delivery note.</summary>
    public string? Reference { get; private set; }

    /// <summary>Why a free receipt (one without a purchase order) was made.</summary>
    public string? Reason { get; private set; }

    public int? PurchaseOrderId { get; private set; }
    public int? PurchaseOrderLineId { get; private set; }
    public string ReceivedBy { get; private set; } = "";
    public DateTime ReceivedAt { get; private set; }

    /// <summary>The business day of the receipt, on which the nightly close books it.</summary>
    public DateOnly ReceivedOn { get; private set; }

    public bool AgainstPurchaseOrder => PurchaseOrderLineId is not null;
}
