using FrontBackOffice.Domain.Orders;

namespace FrontBackOffice.Domain.Marketing;

public enum DiscountKind
{
    /// <summary>A percentage off each line it applies to.</summary>
    Percentage,

    /// <summary>An amount off the lines it applies to, shared among them by their net.</summary>
    FixedAmount,
}

/// <summary>What Marketing types about a promotion. <see cref="Value"/> is a percentage (15 for 15 %) or an amount.</summary>
public sealed record PromotionInput(
    string Name, string Code, DiscountKind Kind, decimal Value, DateOnly StartsOn, DateOnly EndsOn, decimal MinimumOrder, IReadOnlyList<int> ProductIds)
{
    public const int NameMaxLength = 200;
    public const decimal MaxAmount = 1_000_000m;

    public ValidationErrors Validate()
    {
        var errors = new ValidationErrors()
            .Require(!string.IsNullOrWhiteSpace(Name), nameof(Name), "Name the promotion.")
            .CheckText(nameof(Name), Name, NameMaxLength)
            .Require(Campaign.IsCode(Code), nameof(Code), $"A code has 3 to {CampaignInput.CodeMaxLength} letters, digits and dashes, like SPRING-26.")
            .Require(Enum.IsDefined(Kind), nameof(Kind), "Choose a percentage or an amount off.")
            .Require(Kind != DiscountKind.Percentage || Value is > 0 and <= 100, nameof(Value), "A percentage off is more than 0 and at most 100.")
            .Require(Kind != DiscountKind.FixedAmount || Value is > 0 and <= MaxAmount, nameof(Value), $"An amount off is more than 0 and at most {MaxAmount:N0}.")
            .Require(decimal.Round(Value, 2) == Value, nameof(Value), "The discount has at most two decimals.")
            .Require(MinimumOrder is >= 0 and <= MaxAmount, nameof(MinimumOrder), $"The minimum order is between 0 and {MaxAmount:N0}.")
            .Require(decimal.Round(MinimumOrder, 2) == MinimumOrder, nameof(MinimumOrder), "The minimum order has at most two decimals.")
            .Require(StartsOn != DateOnly.MinValue, nameof(StartsOn), "Choose the first day.")
            .Require(EndsOn != DateOnly.MinValue, nameof(EndsOn), "Choose the last day.")
            .Require(ProductIds.All(id => id > 0), nameof(ProductIds), "Choose the products from the list.");
        if (StartsOn != DateOnly.MinValue && EndsOn != DateOnly.MinValue && EndsOn < StartsOn)
        {
            errors.Add(nameof(EndsOn), "The last day cannot be before the first.");
        }
        return errors;
    }
}

/// <summary>
/// A promotion: a percentage or an amount off, between two days, on every product or on a set of them, for orders of at
/// least a minimum (net, before the discount). Sales enters its code on an order; see <see cref="PromotionTerms"/>.
/// </summary>
public sealed class Promotion
{
    private readonly List<PromotionProduct> products = [];

    private Promotion()
    {
    }

    public Promotion(PromotionInput input, string createdBy, DateTime createdAt)
    {
        Apply(input);
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";

    /// <summary>In capitals; unique.</summary>
    public string Code { get; private set; } = "";

    public DiscountKind Kind { get; private set; }
    public decimal Value { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public decimal MinimumOrder { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    /// <summary>The products it applies to; every product when empty.</summary>
    public IReadOnlyList<PromotionProduct> Products => products;

    public PromotionInput Input => new(Name, Code, Kind, Value, StartsOn, EndsOn, MinimumOrder, products.Select(p => p.ProductId).ToList());

    public PromotionTerms Terms => new(Id, Code, Kind, Value, StartsOn, EndsOn, MinimumOrder, products.Select(p => p.ProductId).ToHashSet());

    public void Update(PromotionInput input) => Apply(input);

    private void Apply(PromotionInput input)
    {
        input.Validate().ThrowIfAny();
        Name = input.Name.Trim();
        Code = Campaign.NormalizeCode(input.Code);
        Kind = input.Kind;
        Value = input.Value;
        StartsOn = input.StartsOn;
        EndsOn = input.EndsOn;
        MinimumOrder = input.MinimumOrder;
        var wanted = input.ProductIds.Distinct().ToHashSet();
        products.RemoveAll(p => !wanted.Contains(p.ProductId));
        products.AddRange(wanted.Where(id => products.All(p => p.ProductId != id)).Select(id => new PromotionProduct(id)));
    }
}

/// <summary>A product a promotion applies to.</summary>
public sealed class PromotionProduct
{
    private PromotionProduct()
    {
    }

    internal PromotionProduct(int productId) => ProductId = productId;

    public int PromotionId { get; private set; }
    public int ProductId { get; private set; }
}

/// <summary>
/// A promotion as an order applies it. A percentage comes off each eligible line, rounded to cents per line; an amount
/// comes off the eligible lines together, shared by their net with the leftover cents going to the largest remainders,
/// and never more than they are worth. VAT is then charged on what is left of each line.
/// </summary>
public sealed record PromotionTerms(
    int PromotionId, string Code, DiscountKind Kind, decimal Value, DateOnly StartsOn, DateOnly EndsOn, decimal MinimumOrder, IReadOnlySet<int> ProductIds)
{
    public bool AppliesTo(int productId) => ProductIds.Count == 0 || ProductIds.Contains(productId);

    /// <summary>
    /// Why the promotion cannot be applied to these lines on <paramref name="day"/> (on any day when null), or null
    /// when it can.
    /// </summary>
    public UserMessage? RefusalOf(IReadOnlyList<OrderLineInput> lines, DateOnly? day)
    {
        if (day is { } today && RefusalOn(today) is { } closed)
        {
            return closed;
        }
        var orderNet = lines.Sum(ListNetOf);
        if (orderNet < MinimumOrder)
        {
            return UserMessage.Of($"Promotion {Code} needs an order of at least {MinimumOrder:N2} before VAT; this one is {orderNet:N2}.");
        }
        return lines.Any(l => AppliesTo(l.ProductId)) ? null : UserMessage.Of($"Promotion {Code} applies to none of these products.");
    }

    /// <summary>Why the promotion cannot be used on <paramref name="day"/>, outside its days, or null when it can.</summary>
    public UserMessage? RefusalOn(DateOnly day) =>
        day < StartsOn || day > EndsOn ? UserMessage.Of($"Promotion {Code} runs {StartsOn:yyyy-MM-dd} to {EndsOn:yyyy-MM-dd}, not today.") : null;

    /// <summary>The discount of each line, in the lines' order: zero on a line the promotion does not apply to.</summary>
    public IReadOnlyList<decimal> DiscountsOf(IReadOnlyList<OrderLineInput> lines)
    {
        var eligible = lines.Select(l => AppliesTo(l.ProductId) ? ListNetOf(l) : 0m).ToList();
        if (Kind == DiscountKind.Percentage)
        {
            return eligible.Select(net => Money.Round(net * Value / 100m)).ToList();
        }
        var eligibleNet = eligible.Sum();
        if (eligibleNet == 0)
        {
            return eligible;
        }
        var amount = Math.Min(Value, eligibleNet);
        var exact = eligible.Select(net => amount * net / eligibleNet).ToList();
        var discounts = exact.Select(share => Math.Floor(share * 100m) / 100m).ToList();
        var leftoverCents = (int)((amount - discounts.Sum()) * 100m);
        foreach (var i in Enumerable.Range(0, exact.Count).OrderByDescending(i => exact[i] - discounts[i]).ThenBy(i => i).Take(leftoverCents))
        {
            discounts[i] += 0.01m;
        }
        return discounts;
    }

    private static decimal ListNetOf(OrderLineInput line) => Money.Round(line.Quantity * line.UnitPrice);
}
