namespace FrontBackOffice.Domain.Stock;

public sealed record ProductDetails(string Sku, string Name, decimal UnitPrice, decimal UnitCost, int ReorderLevel)
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
        .Require(ReorderLevel >= 0, nameof(ReorderLevel), "The reorder level cannot be negative.");
}

/// <summary>Something the company sells and keeps in stock.</summary>
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

    public void Update(ProductDetails details)
    {
        Apply(details);
    }

    private void Apply(ProductDetails details)
    {
        details.Validate().ThrowIfAny();
        Sku = details.Sku.Trim().ToUpperInvariant();
        Name = details.Name.Trim();
        UnitPrice = details.UnitPrice;
        UnitCost = details.UnitCost;
        ReorderLevel = details.ReorderLevel;
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
