namespace FrontBackOffice.Domain.Pipeline;

/// <summary>The columns of the pipeline: three open stages, then won or lost.</summary>
public enum PipelineStage
{
    Qualification,
    Proposal,
    Negotiation,
    Won,
    Lost,
}

/// <summary>What Sales expects of a qualified lead: a title, what it would be worth, and when it should close.</summary>
public sealed record OpportunityTerms(string Title, decimal ExpectedValue, DateOnly ExpectedClose)
{
    public const int TitleMaxLength = 200;

    /// <summary>The largest value taken: beyond it, a typing slip is more likely than a deal.</summary>
    public const decimal MaxExpectedValue = 1_000_000_000m;

    public ValidationErrors Validate() => new ValidationErrors()
        .Require(!string.IsNullOrWhiteSpace(Title), nameof(Title), "Say what the opportunity is about.")
        .CheckText(nameof(Title), Title, TitleMaxLength)
        .Require(ExpectedValue is >= 0 and <= MaxExpectedValue, nameof(ExpectedValue), $"The expected value is between 0 and {MaxExpectedValue:N0}.")
        .Require(decimal.Round(ExpectedValue, 2) == ExpectedValue, nameof(ExpectedValue), "The expected value has at most two decimals.")
        .Require(ExpectedClose != DateOnly.MinValue, nameof(ExpectedClose), "Choose when it should close.");
}

/// <summary>
/// A qualified lead in the pipeline. It moves freely between the open stages (Qualification, Proposal, Negotiation) and
/// ends won, with the customer who buys, or lost, with the reason; a lost opportunity can be reopened, a won one not.
/// </summary>
public sealed class Opportunity
{
    public const int ReasonMaxLength = 500;

    public static IReadOnlyList<PipelineStage> OpenStages { get; } = [PipelineStage.Qualification, PipelineStage.Proposal, PipelineStage.Negotiation];

    private Opportunity()
    {
    }

    internal Opportunity(Lead lead, OpportunityTerms terms, string owner, DateTime at)
    {
        terms.Validate().ThrowIfAny();
        LeadId = lead.Id;
        Title = terms.Title.Trim();
        ExpectedValue = terms.ExpectedValue;
        ExpectedClose = terms.ExpectedClose;
        Owner = owner;
        CreatedAt = at;
        StageChangedAt = at;
    }

    public int Id { get; private set; }
    public int LeadId { get; private set; }
    public string Title { get; private set; } = "";
    public decimal ExpectedValue { get; private set; }
    public DateOnly ExpectedClose { get; private set; }
    public PipelineStage Stage { get; private set; } = PipelineStage.Qualification;

    /// <summary>The member of staff who works it.</summary>
    public string Owner { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }
    public DateTime StageChangedAt { get; private set; }
    public DateTime? ClosedAt { get; private set; }
    public string? LostReason { get; private set; }

    /// <summary>The customer who bought, once won.</summary>
    public int? CustomerId { get; private set; }

    public string Number => NumberOf(Id);

    public static string NumberOf(int id) => $"OPP-{id:D6}";

    public bool IsOpen => IsOpenStage(Stage);

    public static bool IsOpenStage(PipelineStage stage) => stage is PipelineStage.Qualification or PipelineStage.Proposal or PipelineStage.Negotiation;

    /// <summary>The open stage before this one, or null at the first.</summary>
    public PipelineStage? PreviousStage => IsOpen && Stage != PipelineStage.Qualification ? Stage - 1 : null;

    /// <summary>The open stage after this one, or null at the last.</summary>
    public PipelineStage? NextStage => IsOpen && Stage != PipelineStage.Negotiation ? Stage + 1 : null;

    public void Revise(OpportunityTerms terms)
    {
        RequireOpen("changed");
        terms.Validate().ThrowIfAny();
        Title = terms.Title.Trim();
        ExpectedValue = terms.ExpectedValue;
        ExpectedClose = terms.ExpectedClose;
    }

    /// <summary>Moves an open opportunity to another open stage; winning and losing have their own steps.</summary>
    public void MoveTo(PipelineStage stage, DateTime at)
    {
        RequireOpen("moved");
        if (!IsOpenStage(stage))
        {
            throw new DomainException($"{Number} is won or lost through its own step, which asks for the customer or the reason.");
        }
        if (stage != Stage)
        {
            Stage = stage;
            StageChangedAt = at;
        }
    }

    /// <summary>Wins it for the customer who buys (the lead's party, found or added by the caller).</summary>
    public void Win(int customerId, DateTime at)
    {
        RequireOpen("won");
        if (customerId <= 0)
        {
            throw new DomainException("A won opportunity needs the customer who buys.");
        }
        CustomerId = customerId;
        Close(PipelineStage.Won, at);
    }

    public void Lose(string reason, DateTime at)
    {
        RequireOpen("lost");
        new ValidationErrors()
            .Require(!string.IsNullOrWhiteSpace(reason), nameof(LostReason), "Say why it was lost: price, timing, a competitor…")
            .CheckText(nameof(LostReason), reason, ReasonMaxLength)
            .ThrowIfAny();
        LostReason = reason.Trim();
        Close(PipelineStage.Lost, at);
    }

    /// <summary>Takes a lost opportunity back to the first stage, as when the customer calls again.</summary>
    public void Reopen(DateTime at)
    {
        if (Stage != PipelineStage.Lost)
        {
            throw new DomainException($"Only a lost opportunity is reopened; {Number} is {Stage.ToString().ToLowerInvariant()}.");
        }
        Stage = PipelineStage.Qualification;
        StageChangedAt = at;
        ClosedAt = null;
        LostReason = null;
    }

    private void Close(PipelineStage stage, DateTime at)
    {
        Stage = stage;
        StageChangedAt = at;
        ClosedAt = at;
    }

    private void RequireOpen(string act)
    {
        if (!IsOpen)
        {
            throw new DomainException($"Opportunity {Number} is {Stage.ToString().ToLowerInvariant()}: it cannot be {act}.");
        }
    }
}
