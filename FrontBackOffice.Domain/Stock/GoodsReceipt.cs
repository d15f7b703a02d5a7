namespace FrontBackOffice.Domain.Stock;

/// <summary>Goods that came into a location: each receipt writes one receipt movement.</summary>
public sealed class GoodsReceipt
{
    public const int ReferenceMaxLength = 100;

    private GoodsReceipt()
    {
    }

    public GoodsReceipt(int productId, int locationId, int quantity, decimal unitCost, string? reference, string receivedBy, DateTime receivedAt)
    {
        var errors = new ValidationErrors()
            .Require(productId > 0, nameof(ProductId), "Choose the product.")
            .Require(locationId > 0, nameof(LocationId), "Choose the location.")
            .Require(quantity > 0, nameof(Quantity), "The quantity received must be more than zero.")
            .Require(unitCost >= 0, nameof(UnitCost), "The unit cost cannot be negative.")
            .Require(decimal.Round(unitCost, 4) == unitCost, nameof(UnitCost), "The unit cost has at most four decimals.")
            .CheckText(nameof(Reference), reference, ReferenceMaxLength);
        errors.ThrowIfAny();
        ProductId = productId;
        LocationId = locationId;
        Quantity = quantity;
        UnitCost = unitCost;
        Reference = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim();
        ReceivedBy = receivedBy;
        ReceivedAt = receivedAt;
    }

    public int Id { get; private set; }
    public int ProductId { get; private set; }
    public int LocationId { get; private set; }
    public int Quantity { get; private set; }
    public decimal UnitCost { get; private set; }
    public string? Reference { get; private set; }
    public string ReceivedBy { get; private set; } = "";
    public DateTime ReceivedAt { get; private set; }
}
