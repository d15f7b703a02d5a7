namespace FrontBackOffice.Domain.Pipeline;

/// <summary>Where a lead came from.</summary>
public enum LeadSource
{
    Website,
    Referral,
    Event,
    Advertising,
    ColdCall,
    Other,
}

public enum LeadStatus
{
    /// <summary>Not worked yet: to be qualified or disqualified.</summary>
    New,

    /// <summary>Turned into an opportunity in the pipeline.</summary>
    Qualified,

    /// <summary>Not a prospect (no budget, no need, not reachable): kept with the reason.</summary>
    Disqualified,
}

/// <summary>What staff type about a lead: who (a person, at a company or not), how to reach them, where they came from.</summary>
public sealed record LeadDetails(
    string Name, string? Company, string? Email, string? Phone, string? TaxNumber, LeadSource Source, string? Notes, int? CampaignId = null)
{
    public const int NotesMaxLength = 4000;

    public ValidationErrors Validate()
    {
        var errors = new ValidationErrors()
            .Require(!string.IsNullOrWhiteSpace(Name), nameof(Name), "Enter the person's name.")
            .CheckText(nameof(Name), Name, Contacts.NameMaxLength)
            .CheckText(nameof(Company), Company, Contacts.NameMaxLength)
            .CheckText(nameof(Email), Email, Contacts.EmailMaxLength)
            .CheckText(nameof(Phone), Phone, Contacts.PhoneMaxLength)
            .CheckText(nameof(TaxNumber), TaxNumber, Contacts.TaxNumberInputMaxLength)
            .CheckText(nameof(Notes), Notes, NotesMaxLength, lines: true)
            .Require(Enum.IsDefined(Source), nameof(Source), "Choose where the lead came from.")
            .Require(!string.IsNullOrWhiteSpace(Email) || !string.IsNullOrWhiteSpace(Phone), nameof(Email), "Give an e-mail or a phone: how else would Sales reach them?");
        if (!string.IsNullOrWhiteSpace(Email) && !Contacts.IsEmail(Email.Trim()))
        {
            errors.Add(nameof(Email), "Enter a valid e-mail address, like name@example.com.");
        }
        if (!string.IsNullOrWhiteSpace(TaxNumber) && !Contacts.IsTaxNumber(TaxNumber))
        {
            errors.Add(nameof(TaxNumber), Contacts.TaxNumberShape);
        }
        return errors;
    }

    /// <summary>The party that buys: the company, or the person when they buy for themselves.</summary>
    public string Party => string.IsNullOrWhiteSpace(Company) ? Name.Trim() : Company.Trim();
}

/// <summary>
/// Someone who may buy, captured by Marketing or Sales: New until qualified into one opportunity of the pipeline or
/// disqualified with a reason.
/// </summary>
public sealed class Lead
{
    public const int ReasonMaxLength = 500;

    private Lead()
    {
    }

    public Lead(LeadDetails details, string createdBy, DateTime createdAt)
    {
        Apply(details);
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string? Company { get; private set; }
    public string? Email { get; private set; }
    public string? Phone { get; private set; }

    /// <summary>Normalized as a customer's is, so a won lead finds the customer that already holds it.</summary>
    public string? TaxNumber { get; private set; }

    public LeadSource Source { get; private set; }

    /// <summary>The campaign the lead came from, if any.</summary>
    public int? CampaignId { get; private set; }

    public string? Notes { get; private set; }
    public LeadStatus Status { get; private set; } = LeadStatus.New;
    public string? DisqualifiedReason { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime? ClosedAt { get; private set; }

    public string Number => NumberOf(Id);

    public static string NumberOf(int id) => $"LEAD-{id:D6}";

    /// <summary>The party that buys: the company, or the person.</summary>
    public string Party => Company ?? Name;

    public LeadDetails Details => new(Name, Company, Email, Phone, TaxNumber, Source, Notes, CampaignId);

    public void Update(LeadDetails details)
    {
        Require(LeadStatus.New, "edited");
        Apply(details);
    }

    /// <summary>Qualifies the lead into an opportunity of the pipeline's first stage.</summary>
    public Opportunity Qualify(OpportunityTerms terms, string owner, DateTime at)
    {
        Require(LeadStatus.New, "qualified");
        var opportunity = new Opportunity(this, terms, owner, at);
        Status = LeadStatus.Qualified;
        ClosedAt = at;
        return opportunity;
    }

    public void Disqualify(string reason, DateTime at)
    {
        Require(LeadStatus.New, "disqualified");
        new ValidationErrors()
            .Require(!string.IsNullOrWhiteSpace(reason), nameof(DisqualifiedReason), "Say why the lead is not a prospect.")
            .CheckText(nameof(DisqualifiedReason), reason, ReasonMaxLength)
            .ThrowIfAny();
        Status = LeadStatus.Disqualified;
        DisqualifiedReason = reason.Trim();
        ClosedAt = at;
    }

    private void Apply(LeadDetails details)
    {
        details.Validate().ThrowIfAny();
        Name = details.Name.Trim();
        Company = Optional(details.Company);
        Email = Optional(details.Email);
        Phone = Optional(details.Phone);
        TaxNumber = Optional(details.TaxNumber) is { } tax ? Contacts.NormalizeTaxNumber(tax) : null;
        Source = details.Source;
        CampaignId = details.CampaignId;
        Notes = Optional(details.Notes);
    }

    private void Require(LeadStatus status, string act)
    {
        if (Status != status)
        {
            throw new DomainException($"{Number} is {Status.ToString().ToLowerInvariant()}: it cannot be {act}.");
        }
    }

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
