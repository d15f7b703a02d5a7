namespace FrontBackOffice.Domain.Making;

/// <summary>
/// A component as typed: the product, how many go into one unit of the finished product (at most four decimals), and
/// the share lost in making, in percent (at most two decimals, below 100).
/// </summary>
public sealed record BomLineInput(int ComponentId, decimal QuantityPerUnit, decimal ScrapPercent = 0);

/// <summary>What staff type for a new version of a product's bill of materials.</summary>
public sealed record BomInput(int ProductId, IReadOnlyList<BomLineInput> Lines)
{
    public const int MaxLines = 100;

    public ValidationErrors Validate()
    {
        var errors = new ValidationErrors()
            .Require(ProductId > 0, nameof(ProductId), "Choose the product made.")
            .Require(Lines.Count > 0, nameof(Lines), "Add at least one component.")
            .Require(Lines.Count <= MaxLines, nameof(Lines), $"A bill of materials has at most {MaxLines} components.");
        var seen = new Dictionary<int, int>();
        for (var i = 0; i < Lines.Count; i++)
        {
            var line = Lines[i];
            var field = $"{nameof(Lines)}[{i}]";
            errors.Require(line.ComponentId > 0, $"{field}.{nameof(line.ComponentId)}", "Choose the component.")
                .Require(line.ComponentId != ProductId || ProductId == 0, $"{field}.{nameof(line.ComponentId)}", "A product cannot be a component of itself.")
                .Require(line.QuantityPerUnit > 0, $"{field}.{nameof(line.QuantityPerUnit)}", "The quantity per unit must be more than zero.")
                .Require(decimal.Round(line.QuantityPerUnit, 4) == line.QuantityPerUnit, $"{field}.{nameof(line.QuantityPerUnit)}", "The quantity per unit has at most four decimals.")
                .Require(line.ScrapPercent is >= 0 and < 100, $"{field}.{nameof(line.ScrapPercent)}", "The scrap is a percentage from 0 to below 100.")
                .Require(decimal.Round(line.ScrapPercent, 2) == line.ScrapPercent, $"{field}.{nameof(line.ScrapPercent)}", "The scrap has at most two decimals.");
            if (line.ComponentId > 0 && !seen.TryAdd(line.ComponentId, i + 1))
            {
                errors.Add($"{field}.{nameof(line.ComponentId)}", $"This component is already on line {seen[line.ComponentId]}.");
            }
        }
        return errors;
    }
}

/// <summary>
/// One version of what a made product is made of. A product has one active version: a new version replaces it for new
/// work orders, and a work order keeps the version it was made with. A version never changes once written.
/// </summary>
public sealed class BillOfMaterials
{
    private readonly List<BomLine> lines = [];

    private BillOfMaterials()
    {
    }

    /// <param name="version">One more than the product's last version (1 for its first).</param>
    public BillOfMaterials(BomInput input, int version, string createdBy, DateTime createdAt)
    {
        input.Validate().ThrowIfAny();
        if (version < 1)
        {
            throw new DomainException("A bill of materials' version starts at 1.");
        }
        ProductId = input.ProductId;
        Version = version;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        lines.AddRange(input.Lines.Select(l => new BomLine(l.ComponentId, l.QuantityPerUnit, l.ScrapPercent)));
    }

    public int Id { get; private set; }
    public int ProductId { get; private set; }
    public int Version { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    /// <summary>When a newer version replaced this one; null while it is the product's active version.</summary>
    public DateTime? ReplacedAt { get; private set; }

    public bool IsActive => ReplacedAt is null;

    public IReadOnlyList<BomLine> Lines => lines;

    public void ReplacedBy(BillOfMaterials newer)
    {
        if (newer.ProductId != ProductId || newer.Version <= Version || !IsActive)
        {
            throw new DomainException($"Version {newer.Version} cannot replace version {Version} of this bill of materials.");
        }
        ReplacedAt = newer.CreatedAt;
    }
}

public sealed class BomLine
{
    private BomLine()
    {
    }

    internal BomLine(int componentId, decimal quantityPerUnit, decimal scrapPercent)
    {
        ComponentId = componentId;
        QuantityPerUnit = quantityPerUnit;
        ScrapPercent = scrapPercent;
    }

    public int Id { get; private set; }
    public int ComponentId { get; private set; }
    public decimal QuantityPerUnit { get; private set; }
    public decimal ScrapPercent { get; private set; }

    /// <summary>
    /// The whole units of this component that making <paramref name="units"/> finished units takes: the quantity per
    /// unit, plus the scrap, rounded up (stock is counted in whole units).
    /// </summary>
    public int NeededFor(int units) => (int)decimal.Ceiling(units * QuantityPerUnit * (1 + ScrapPercent / 100));
}
