namespace FrontBackOffice.Domain.Stock;

/// <summary>Whether a product is bought from suppliers, made in house from a bill of materials, or both.</summary>
public enum ProductSourcing
{
    Bought,
    Made,
    BoughtAndMade,
}

public sealed record ProductDetails(string Sku, string Name, decimal UnitPrice, decimal UnitCost, int ReorderLevel, ProductSourcing Sourcing = ProductSourcing.Bought)
{
    public const int SkuMaxLength = 40;
    public const int NameMaxLength = 200;

    public ValidationErrors Validate() => new ValidationErrors()
        .Require(!string.IsNullOrWhiteSpace(Sku), nameof(Sku), "Enter the SKU.")
        .CheckText(nameof(Sku), Sku, SkuMaxLength)
        .Require(!string.IsNullOrWhiteSpace(Name), nameof(Name), "Enter the product name.")
        .CheckText(nameof(Name), Name, NameMaxLength)
        .Require(UnitPrice >= 0, nameof(UnitPrice), "The unit price cannot be negative.")
        .Require(decimal.Round(UnitPrice, 2) == UnitPrice, nameof(UnitPrice), "The unit price has at most two decimals.")
        .Require(UnitCost >= 0, nameof(UnitCost), "The unit cost cannot be negative.")
        .Require(decimal.Round(UnitCost, 4) == UnitCost, nameof(UnitCost), "The unit cost has at most four decimals.")
        .Require(ReorderLevel >= 0, nameof(ReorderLevel), "The reorder level cannot be negative.")
        .Require(Enum.IsDefined(Sourcing), nameof(Sourcing), "Choose whether the product is bought, made or both.");
}

/// <summary>What a movement of stock is worth: the unit cost it moved at and its value in cents.</summary>
public readonly record struct StockValuation(decimal UnitCost, decimal Value);

/// <summary>
/// Something the company sells and keeps in stock. Its stock is valued at the moving weighted average cost: a receipt
/// adds its value (quantity × the price paid, in cents) and the unit cost becomes the value on hand over the units on
/// hand; an issue (a shipment, a count loss) takes its share of the value, and the last units take all that is left,
/// so <see cref="StockValue"/> is always the sum of what came in less what went out, to the cent.
/// </summary>
public sealed class Product
{
    private Product()
    {
    }

    public Product(ProductDetails details) => Apply(details);

    public int Id { get; private set; }
    public string Sku { get; private set; } = "";
    public string Name { get; private set; } = "";
    public decimal UnitPrice { get; private set; }
    public decimal UnitCost { get; private set; }
    public int ReorderLevel { get; private set; }
    public ProductSourcing Sourcing { get; private set; }

    /// <summary>Whether it can have a bill of materials and work orders.</summary>
    public bool CanBeMade => Sourcing is ProductSourcing.Made or ProductSourcing.BoughtAndMade;

    /// <summary>Units on hand at every location together.</summary>
    public int OnHand { get; private set; }

    /// <summary>What the units on hand cost, in cents: this product's share of the inventory account.</summary>
    public decimal StockValue { get; private set; }

    /// <summary>Changes what staff type; the unit cost of a product in stock is its moving average and is not typed.</summary>
    public void Update(ProductDetails details)
    {
        if (OnHand > 0 && details.UnitCost != UnitCost)
        {
            throw new InvalidInputException(new ValidationErrors().Add(nameof(ProductDetails.UnitCost),
                $"With {OnHand} in stock the unit cost is the average of what they cost ({UnitCost:0.0000}); receipts change it."));
        }
        Apply(details);
    }

    /// <summary>Units in at <paramref name="unitCost"/>: the value grows by their cost and the unit cost becomes the new average.</summary>
    public StockValuation Receive(int quantity, decimal unitCost)
    {
        RequirePositive(quantity);
        if (unitCost < 0)
        {
            throw new DomainException("A unit cost cannot be negative.");
        }
        var value = Money.Round(quantity * unitCost);
        AddIn(quantity, value);
        return new StockValuation(unitCost, value);
    }

    /// <summary>Units made in house, in at what making them cost (<paramref name="value"/>, in cents).</summary>
    public StockValuation Produce(int quantity, decimal value)
    {
        RequirePositive(quantity);
        if (value < 0 || Money.Round(value) != value)
        {
            throw new DomainException("What units cost to make is a non-negative amount in cents.");
        }
        AddIn(quantity, value);
        return new StockValuation(decimal.Round(value / quantity, 4), value);
    }

    private void AddIn(int quantity, decimal value)
    {
        OnHand += quantity;
        StockValue += value;
        UnitCost = decimal.Round(StockValue / OnHand, 4);
    }

    /// <summary>Units found (a count gain): in at the current unit cost.</summary>
    public StockValuation Gain(int quantity) => Receive(quantity, UnitCost);

    /// <summary>Units out at the average cost; the last units on hand take all the value left.</summary>
    public StockValuation Issue(int quantity)
    {
        RequirePositive(quantity);
        if (quantity > OnHand)
        {
            throw new DomainException($"{Sku}: only {OnHand} on hand, {quantity} to issue.");
        }
        var value = quantity == OnHand ? StockValue : Money.Round(quantity * StockValue / OnHand);
        OnHand -= quantity;
        StockValue -= value;
        return new StockValuation(UnitCost, value);
    }

    private void Apply(ProductDetails details)
    {
        details.Validate().ThrowIfAny();
        Sku = details.Sku.Trim().ToUpperInvariant();
        Name = details.Name.Trim();
        UnitPrice = details.UnitPrice;
        UnitCost = details.UnitCost;
        ReorderLevel = details.ReorderLevel;
        Sourcing = details.Sourcing;
    }

    private static void RequirePositive(int quantity)
    {
        if (quantity <= 0)
        {
            throw new DomainException("A quantity must be more than zero.");
        }
    }
}

/// <summary>A named place where stock is kept.</summary>
public sealed class Location
{
    private Location()
    {
    }

    public Location(string code, string name)
    {
        Code = code;
        Name = name;
    }

    public int Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
}
