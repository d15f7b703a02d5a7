namespace FrontBackOffice.Domain.Marketing;

public enum CampaignChannel
{
    Email,
    Social,
    Search,
    Display,
    Events,
    Print,
    Other,
}

/// <summary>Where a campaign stands on a day: before its dates, within them, or after.</summary>
public enum CampaignState
{
    Planned,
    Running,
    Ended,
}

/// <summary>What Marketing types about a campaign.</summary>
public sealed record CampaignInput(string Name, string Code, CampaignChannel Channel, decimal Budget, DateOnly StartsOn, DateOnly EndsOn, Segment? TargetSegment)
{
    public const int NameMaxLength = 200;
    public const int CodeMaxLength = 20;
    public const decimal MaxBudget = 100_000_000m;

    public ValidationErrors Validate()
    {
        var errors = new ValidationErrors()
            .Require(!string.IsNullOrWhiteSpace(Name), nameof(Name), "Name the campaign.")
            .CheckText(nameof(Name), Name, NameMaxLength)
            .Require(Enum.IsDefined(Channel), nameof(Channel), "Choose the channel.")
            .Require(Budget is >= 0 and <= MaxBudget, nameof(Budget), $"The budget is between 0 and {MaxBudget:N0}.")
            .Require(decimal.Round(Budget, 2) == Budget, nameof(Budget), "The budget has at most two decimals.")
            .Require(StartsOn != DateOnly.MinValue, nameof(StartsOn), "Choose the first day.")
            .Require(EndsOn != DateOnly.MinValue, nameof(EndsOn), "Choose the last day.")
            .Require(TargetSegment is null || Enum.IsDefined(TargetSegment.Value), nameof(TargetSegment), "Choose a segment or none.");
        if (StartsOn != DateOnly.MinValue && EndsOn != DateOnly.MinValue && EndsOn < StartsOn)
        {
            errors.Add(nameof(EndsOn), "The last day cannot be before the first.");
        }
        if (!Campaign.IsCode(Code))
        {
            errors.Add(nameof(Code), $"A code has 3 to {CodeMaxLength} letters, digits and dashes, like SPRING-26.");
        }
        return errors;
    }
}

/// <summary>
/// A marketing campaign: a channel, a budget and dates, the customer segment it targets, and a code. Leads name the
/// campaign they came from; an order entered with its code while it runs is attributed to it.
/// </summary>
public sealed class Campaign
{
    private Campaign()
    {
    }

    public Campaign(CampaignInput input, string createdBy, DateTime createdAt)
    {
        Apply(input);
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";

    /// <summary>In capitals; unique.</summary>
    public string Code { get; private set; } = "";

    public CampaignChannel Channel { get; private set; }
    public decimal Budget { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public Segment? TargetSegment { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    public CampaignInput Input => new(Name, Code, Channel, Budget, StartsOn, EndsOn, TargetSegment);

    public static string NormalizeCode(string code) => code.Trim().ToUpperInvariant();

    public static bool IsCode(string? code) =>
        code is not null && NormalizeCode(code) is { Length: >= 3 and <= CampaignInput.CodeMaxLength } normal && normal.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    public static CampaignState StateOn(DateOnly startsOn, DateOnly endsOn, DateOnly day) =>
        day < startsOn ? CampaignState.Planned : day > endsOn ? CampaignState.Ended : CampaignState.Running;

    public CampaignState StateOn(DateOnly day) => StateOn(StartsOn, EndsOn, day);

    public void Update(CampaignInput input) => Apply(input);

    private void Apply(CampaignInput input)
    {
        input.Validate().ThrowIfAny();
        Name = input.Name.Trim();
        Code = NormalizeCode(input.Code);
        Channel = input.Channel;
        Budget = input.Budget;
        StartsOn = input.StartsOn;
        EndsOn = input.EndsOn;
        TargetSegment = input.TargetSegment;
    }
}

/// <summary>What a campaign earned: its leads, those won, its orders and their net revenue, against its budget.</summary>
public sealed record CampaignResults(decimal Budget, int Leads, int Won, int Orders, decimal Revenue)
{
    /// <summary>Won opportunities per lead, or null without leads.</summary>
    public decimal? ConversionRate => Leads == 0 ? null : decimal.Round((decimal)Won / Leads, 4);

    /// <summary>The budget per lead, in cents, or null without leads.</summary>
    public decimal? CostPerLead => Leads == 0 ? null : decimal.Round(Budget / Leads, 2, MidpointRounding.AwayFromZero);

    /// <summary>Revenue per unit of budget (2.5 = 2.50 earned for each 1.00 spent), or null without a budget.</summary>
    public decimal? ReturnOnSpend => Budget == 0 ? null : decimal.Round(Revenue / Budget, 2, MidpointRounding.AwayFromZero);
}
