namespace FrontBackOffice.Domain.Stock;

public enum MovementKind
{
    Receipt,
    Shipment,
    Adjustment,
    Consumption,
    Production,
}

/// <summary>What caused a movement: a sales order, a receipt, a count line...</summary>
public sealed record StockSource(string Type, int Id)
{
    public const string SalesOrder = nameof(SalesOrder);
    public const string GoodsReceipt = nameof(GoodsReceipt);
    public const string StockCount = nameof(StockCount);
    public const string WorkOrder = nameof(WorkOrder);

    /// <summary>The stock a generated company starts with, before any document of its own.</summary>
    public const string OpeningBalance = nameof(OpeningBalance);
}

/// <summary>A change of on-hand quantity of one product at one location. On hand is the sum of the movements.</summary>
public sealed class StockMovement
{
    private StockMovement()
    {
    }

    internal StockMovement(int productId, int locationId, MovementKind kind, int quantity, decimal unitCost, DateTime occurredAt, StockSource source)
    {
        ProductId = productId;
        LocationId = locationId;
        Kind = kind;
        Quantity = quantity;
        UnitCost = unitCost;
        OccurredAt = occurredAt;
        SourceType = source.Type;
        SourceId = source.Id;
    }

    public long Id { get; private set; }
    public int ProductId { get; private set; }
    public int LocationId { get; private set; }
    public MovementKind Kind { get; private set; }

    /// <summary>Positive into stock, negative out of it.</summary>
    public int Quantity { get; private set; }

    /// <summary>The product's unit cost when the movement happened.</summary>
    public decimal UnitCost { get; private set; }

    public DateTime OccurredAt { get; private set; }
    public string SourceType { get; private set; } = "";
    public int SourceId { get; private set; }
}

/// <summary>
/// The materialised stock of one product at one location: on hand (the sum of its movements) and the part of it
/// reserved by confirmed orders. Every change writes its movement; the row's version (kept by the database) lets only
/// one of two simultaneous changes win.
/// </summary>
public sealed class StockLevel
{
    private StockLevel()
    {
    }

    public StockLevel(int productId, int locationId)
    {
        ProductId = productId;
        LocationId = locationId;
    }

    public int Id { get; private set; }
    public int ProductId { get; private set; }
    public int LocationId { get; private set; }
    public int OnHand { get; private set; }
    public int Reserved { get; private set; }

    public int Available => OnHand - Reserved;

    public void Reserve(int quantity)
    {
        RequirePositive(quantity);
        if (quantity > Available)
        {
            throw new DomainException($"Only {Available} available, {quantity} asked.");
        }
        Reserved += quantity;
    }

    public void Release(int quantity)
    {
        RequirePositive(quantity);
        if (quantity > Reserved)
        {
            throw new DomainException($"Only {Reserved} reserved, {quantity} to release.");
        }
        Reserved -= quantity;
    }

    public StockMovement Receive(int quantity, decimal unitCost, DateTime at, StockSource source)
    {
        RequirePositive(quantity);
        return Move(MovementKind.Receipt, quantity, unitCost, at, source);
    }

    /// <summary>Ships reserved units: they leave on-hand and the reservation at once.</summary>
    public StockMovement ShipReserved(int quantity, decimal unitCost, DateTime at, StockSource source) =>
        TakeReserved(MovementKind.Shipment, "ship", quantity, unitCost, at, source);

    /// <summary>Consumes reserved units in production: they leave on-hand and the reservation at once.</summary>
    public StockMovement ConsumeReserved(int quantity, decimal unitCost, DateTime at, StockSource source) =>
        TakeReserved(MovementKind.Consumption, "consume", quantity, unitCost, at, source);

    /// <summary>Units made in house come into stock.</summary>
    public StockMovement Produce(int quantity, decimal unitCost, DateTime at, StockSource source)
    {
        RequirePositive(quantity);
        return Move(MovementKind.Production, quantity, unitCost, at, source);
    }

    /// <summary>Corrects on-hand by a count; it may not take away units that are reserved.</summary>
    public StockMovement Adjust(int delta, decimal unitCost, DateTime at, StockSource source)
    {
        if (delta == 0)
        {
            throw new DomainException("An adjustment changes the quantity.");
        }
        if (OnHand + delta < Reserved)
        {
            throw new DomainException($"The adjustment would leave {OnHand + delta} on hand with {Reserved} reserved.");
        }
        return Move(MovementKind.Adjustment, delta, unitCost, at, source);
    }

    private StockMovement TakeReserved(MovementKind kind, string action, int quantity, decimal unitCost, DateTime at, StockSource source)
    {
        RequirePositive(quantity);
        if (quantity > Reserved)
        {
            throw new DomainException($"Only {Reserved} reserved, {quantity} to {action}.");
        }
        Reserved -= quantity;
        return Move(kind, -quantity, unitCost, at, source);
    }

    private StockMovement Move(MovementKind kind, int quantity, decimal unitCost, DateTime at, StockSource source)
    {
        if (OnHand + quantity < 0)
        {
            throw new DomainException($"Stock cannot go negative: {OnHand} on hand, {-quantity} out.");
        }
        OnHand += quantity;
        return new StockMovement(ProductId, LocationId, kind, quantity, unitCost, at, source);
    }

    private static void RequirePositive(int quantity)
    {
        if (quantity <= 0)
        {
            throw new DomainException("A quantity must be more than zero.");
        }
    }
}
