namespace FrontBackOffice.Domain.Making;

/// <summary>What staff type for an improvement action: the product, the complaint it answers if any, what to do, who, by when.</summary>
public sealed record ImprovementActionInput(int ProductId, int? ComplaintId, string Note, string Owner, DateOnly DueOn)
{
    public const int NoteMaxLength = 2000;
    public const int OwnerMaxLength = 200;

    public ValidationErrors Validate(DateOnly today) => new ValidationErrors()
        .Require(ProductId > 0, nameof(ProductId), "Choose the product.")
        .Require(!string.IsNullOrWhiteSpace(Note), nameof(Note), "Say what is to be improved.")
        .CheckText(nameof(Note), Note, NoteMaxLength, lines: true)
        .Require(!string.IsNullOrWhiteSpace(Owner), nameof(Owner), "Name who owns the action.")
        .CheckText(nameof(Owner), Owner, OwnerMaxLength)
        .Require(DueOn != DateOnly.MinValue, nameof(DueOn), "Choose the due date.")
        .Require(DueOn == DateOnly.MinValue || DueOn >= today, nameof(DueOn), "The due date cannot be in the past.");
}

/// <summary>
/// An improvement of a product raised from what customers complain about: a note with an owner and a due date, open
/// until someone marks it done. Raised for a complaint, it is noted on that complaint's timeline.
/// </summary>
public sealed class ImprovementAction
{
    private ImprovementAction()
    {
    }

    public ImprovementAction(ImprovementActionInput input, DateOnly today, string raisedBy, DateTime raisedAt)
    {
        input.Validate(today).ThrowIfAny();
        ProductId = input.ProductId;
        ComplaintId = input.ComplaintId;
        Note = input.Note.Trim();
        Owner = input.Owner.Trim();
        DueOn = input.DueOn;
        RaisedBy = raisedBy;
        RaisedAt = raisedAt;
    }

    public int Id { get; private set; }
    public int ProductId { get; private set; }
    public int? ComplaintId { get; private set; }
    public string Note { get; private set; } = "";
    public string Owner { get; private set; } = "";
    public DateOnly DueOn { get; private set; }
    public string RaisedBy { get; private set; } = "";
    public DateTime RaisedAt { get; private set; }
    public DateTime? DoneAt { get; private set; }
    public string? DoneBy { get; private set; }

    public bool IsOpen => DoneAt is null;

    public bool IsOverdueOn(DateOnly today) => IsOpen && DueOn < today;

    /// <summary>How a complaint's timeline tells of it.</summary>
    public UserMessage Description => UserMessage.Of($"Improvement action for the product, owned by {Owner}, due {DueOn:d MMM yyyy}: {Note}");

    public void MarkDone(string by, DateTime at)
    {
        if (!IsOpen)
        {
            throw new DomainException($"This improvement action was already done by {DoneBy}.");
        }
        (DoneBy, DoneAt) = (by, at);
    }
}
