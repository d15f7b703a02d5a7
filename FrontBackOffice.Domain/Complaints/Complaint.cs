using System.Globalization;
using System.Linq.Expressions;
using FrontBackOffice.Domain.Staff;

namespace FrontBackOffice.Domain.Complaints;

public enum ComplaintCategory
{
    Delivery,
    ProductQuality,
    Billing,
    Staff,
    Other,
}

public enum ComplaintPriority
{
    Low,
    Normal,
    High,
    Urgent,
}

public enum ComplaintStatus
{
    Open,
    Escalated,
    Answered,
    Resolved,
    Closed,
}

public enum ComplaintEventKind
{
    Opened,
    Escalated,
    Assigned,
    Answered,
    Resolved,
    Reopened,
    Closed,
    ImprovementRaised,
}

/// <summary>Which back-office team answers a category.</summary>
public static class ComplaintRouting
{
    public static string TeamFor(ComplaintCategory category) => category switch
    {
        ComplaintCategory.Delivery or ComplaintCategory.ProductQuality => StaffRoles.Warehouse,
        ComplaintCategory.Billing => StaffRoles.Accounting,
        ComplaintCategory.Staff => StaffRoles.HR,
        _ => StaffRoles.Admin,
    };

    public static IReadOnlyList<ComplaintCategory> CategoriesOf(string team) =>
        Enum.GetValues<ComplaintCategory>().Where(c => TeamFor(c) == team).ToList();
}

/// <summary>The resolution target of each priority, and whether the clock stops while the back office has it.</summary>
public sealed record ComplaintSla(IReadOnlyDictionary<ComplaintPriority, int> HoursByPriority, bool PauseWhileEscalated)
{
    public TimeSpan TargetFor(ComplaintPriority priority) => TimeSpan.FromHours(HoursByPriority[priority]);
}

/// <summary>Who did something to a complaint.</summary>
public sealed record ComplaintActor(string UserId, string Name);

/// <summary>What the front office types for a complaint; one about product quality names the product.</summary>
public sealed record ComplaintInput(
    int CustomerId, int? OrderId, ComplaintCategory Category, ComplaintPriority Priority, string Subject, string Text, int? ProductId = null)
{
    public const int SubjectMaxLength = 200;

    /// <summary>The most a complaint's text, an answer or a note of its timeline may say.</summary>
    public const int TextMaxLength = 4000;

    public ValidationErrors Validate() => new ValidationErrors()
        .Require(CustomerId > 0, nameof(CustomerId), "Choose the customer.")
        .Require(Category != ComplaintCategory.ProductQuality || ProductId > 0, nameof(ProductId), "Choose the product the customer complains about.")
        .Require(!string.IsNullOrWhiteSpace(Subject), nameof(Subject), "Enter a short subject.")
        .CheckText(nameof(Subject), Subject, SubjectMaxLength)
        .Require(!string.IsNullOrWhiteSpace(Text), nameof(Text), "Describe what the customer complains about.")
        .CheckText(nameof(Text), Text, TextMaxLength, lines: true);

    /// <summary>What is wrong with a note written on the complaint (an answer, a reason to reopen…).</summary>
    public static void CheckNote(string field, string? note) =>
        new ValidationErrors().CheckText(field, note, TextMaxLength, lines: true).ThrowIfAny();
}

/// <summary>
/// A customer complaint: Open → Escalated (routed to the category's team) → Answered (the back office replied)
/// → Resolved (the front office told the customer) → Closed, and Resolved → Open to reopen. Every change is
/// kept in its timeline. The SLA due time runs from opening; with <see cref="ComplaintSla.PauseWhileEscalated"/>
/// the clock stops while the complaint waits on the back office.
/// </summary>
public sealed class Complaint
{
    private readonly List<ComplaintEvent> events = [];

    private Complaint()
    {
    }

    public Complaint(ComplaintInput input, ComplaintSla sla, ComplaintActor actor, DateTime at)
    {
        input.Validate().ThrowIfAny();
        CustomerId = input.CustomerId;
        OrderId = input.OrderId;
        ProductId = input.ProductId;
        Category = input.Category;
        Team = ComplaintRouting.TeamFor(input.Category);
        Priority = input.Priority;
        Subject = input.Subject.Trim();
        Text = input.Text.Trim();
        OpenedAt = at;
        OpenedBy = actor.Name;
        DueAt = at + sla.TargetFor(input.Priority);
        PauseWhileEscalated = sla.PauseWhileEscalated;
        Record(ComplaintEventKind.Opened, actor, at, UserMessage.Of($"Opened ({WordFor(Category)}, {Priority.ToString().ToLowerInvariant()} priority)."));
    }

    public int Id { get; private set; }
    public int CustomerId { get; private set; }
    public int? OrderId { get; private set; }

    /// <summary>The product complained about: always there for product quality, which the back office follows per product.</summary>
    public int? ProductId { get; private set; }

    public ComplaintCategory Category { get; private set; }

    /// <summary>The back-office role that answers it.</summary>
    public string Team { get; private set; } = "";

    public ComplaintPriority Priority { get; private set; }
    public string Subject { get; private set; } = "";
    public string Text { get; private set; } = "";
    public ComplaintStatus Status { get; private set; } = ComplaintStatus.Open;
    public DateTime OpenedAt { get; private set; }
    public string OpenedBy { get; private set; } = "";
    public string? AssignedToId { get; private set; }
    public string? AssignedToName { get; private set; }
    public string? Answer { get; private set; }
    public DateTime? ResolvedAt { get; private set; }
    public DateTime? ClosedAt { get; private set; }

    /// <summary>When it must be resolved; moved later by the time it spent paused.</summary>
    public DateTime DueAt { get; private set; }

    /// <summary>Set while the SLA clock is stopped.</summary>
    public DateTime? PausedSince { get; private set; }

    public bool PauseWhileEscalated { get; private set; }

    public IReadOnlyList<ComplaintEvent> Events => events;

    public string Number => NumberOf(Id);

    public static string NumberOf(int id) => $"C-{id:D6}";

    /// <summary>Waiting for someone: not yet resolved or closed.</summary>
    public bool IsPending => Status is ComplaintStatus.Open or ComplaintStatus.Escalated or ComplaintStatus.Answered;

    /// <summary><see cref="IsPending"/> as a query the database runs.</summary>
    public static Expression<Func<Complaint, bool>> Pending { get; } =
        c => c.Status == ComplaintStatus.Open || c.Status == ComplaintStatus.Escalated || c.Status == ComplaintStatus.Answered;

    /// <summary>Past its due time while still pending. A paused clock counts as stopped at the pause.</summary>
    public bool IsBreachedAt(DateTime now) => IsPending && DueAt < (PausedSince ?? now);

    /// <summary><see cref="IsBreachedAt"/> as a query the database runs.</summary>
    public static Expression<Func<Complaint, bool>> BreachedAt(DateTime now) =>
        c => (c.Status == ComplaintStatus.Open || c.Status == ComplaintStatus.Escalated || c.Status == ComplaintStatus.Answered)
            && c.DueAt < (c.PausedSince ?? now);

    /// <summary>
    /// The back-office inbox: complaints the front office has sent on (no longer Open) to one of the given teams, or to
    /// any team for someone who answers for every team.
    /// </summary>
    public static Expression<Func<Complaint, bool>> InInboxOf(IReadOnlyCollection<string> teams, bool everyTeam) =>
        everyTeam ? c => c.Status != ComplaintStatus.Open : c => c.Status != ComplaintStatus.Open && teams.Contains(c.Team);

    /// <summary>How long until it is due (negative once overdue), on the clock that stops while paused.</summary>
    public TimeSpan TimeLeftAt(DateTime now) => DueAt - (PausedSince ?? now);

    public bool CanEscalate => Status == ComplaintStatus.Open;
    public bool CanAssign => Status == ComplaintStatus.Escalated;
    public bool CanAnswer => Status == ComplaintStatus.Escalated;
    public bool CanResolve => Status == ComplaintStatus.Answered;
    public bool CanReopen => Status == ComplaintStatus.Resolved;
    public bool CanClose => Status == ComplaintStatus.Resolved;

    public void Escalate(ComplaintActor actor, DateTime at)
    {
        Require(CanEscalate, "escalated");
        Status = ComplaintStatus.Escalated;
        if (PauseWhileEscalated)
        {
            PausedSince = at;
        }
        Record(ComplaintEventKind.Escalated, actor, at, UserMessage.Of($"Routed to {StaffRoles.Named([Team], ", ")}."));
    }

    public void AssignTo(ComplaintActor actor, ComplaintActor assignee, DateTime at)
    {
        Require(CanAssign, "assigned");
        AssignedToId = assignee.UserId;
        AssignedToName = assignee.Name;
        Record(ComplaintEventKind.Assigned, actor, at, UserMessage.Of($"Assigned to {assignee.Name}."));
    }

    public void AnswerWith(string answer, ComplaintActor actor, DateTime at)
    {
        Require(CanAnswer, "answered");
        if (string.IsNullOrWhiteSpace(answer))
        {
            throw new InvalidInputException(new ValidationErrors().Add(nameof(Answer), "Write the answer for the front office."));
        }
        ComplaintInput.CheckNote(nameof(Answer), answer);
        Answer = answer.Trim();
        Status = ComplaintStatus.Answered;
        ResumeClock(at);
        Record(ComplaintEventKind.Answered, actor, at, Answer);
    }

    public void Resolve(string? note, ComplaintActor actor, DateTime at)
    {
        Require(CanResolve, "resolved");
        ComplaintInput.CheckNote("Note", note);
        Status = ComplaintStatus.Resolved;
        ResolvedAt = at;
        Record(ComplaintEventKind.Resolved, actor, at, note, withoutNote: UserMessage.Of("The customer was told."));
    }

    public void Reopen(string? reason, ComplaintActor actor, DateTime at)
    {
        Require(CanReopen, "reopened");
        ComplaintInput.CheckNote("Note", reason);
        Status = ComplaintStatus.Open;
        ResolvedAt = null;
        Answer = null;
        AssignedToId = null;
        AssignedToName = null;
        Record(ComplaintEventKind.Reopened, actor, at, reason, withoutNote: UserMessage.Of("Reopened."));
    }

    public void Close(ComplaintActor actor, DateTime at)
    {
        Require(CanClose, "closed");
        Status = ComplaintStatus.Closed;
        ClosedAt = at;
        Record(ComplaintEventKind.Closed, actor, at, UserMessage.Of("Closed."));
    }

    /// <summary>Notes on the timeline an improvement action raised for the complaint's product, whatever the complaint's state.</summary>
    public void LinkImprovement(UserMessage description, ComplaintActor actor, DateTime at) =>
        Record(ComplaintEventKind.ImprovementRaised, actor, at, description);

    private void ResumeClock(DateTime at)
    {
        if (PausedSince is { } since)
        {
            DueAt += at - since;
            PausedSince = null;
        }
    }

    /// <summary>The category as a word the app translates ("product quality").</summary>
    public static string WordFor(ComplaintCategory category) => category == ComplaintCategory.ProductQuality
        ? "product quality"
        : category.ToString().ToLowerInvariant();

    /// <summary>An entry the app words: kept in English and as its message, said in each reader's language.</summary>
    private void Record(ComplaintEventKind kind, ComplaintActor actor, DateTime at, UserMessage said) =>
        events.Add(new ComplaintEvent(kind, actor, at, said.ToString(CultureInfo.InvariantCulture), said));

    /// <summary>An entry that is what a user wrote, shown as written; what the app words it as when they wrote nothing.</summary>
    private void Record(ComplaintEventKind kind, ComplaintActor actor, DateTime at, string? note, UserMessage? withoutNote = null)
    {
        if (string.IsNullOrWhiteSpace(note) && withoutNote is not null)
        {
            Record(kind, actor, at, withoutNote);
            return;
        }
        events.Add(new ComplaintEvent(kind, actor, at, note?.Trim() ?? "", said: null));
    }

    private void Require(bool allowed, string action)
    {
        if (!allowed)
        {
            throw new DomainException($"This complaint is {Status.ToString().ToLowerInvariant()} and cannot be {action}.");
        }
    }
}

/// <summary>One entry of a complaint's timeline: who did what, when.</summary>
public sealed class ComplaintEvent
{
    private ComplaintEvent()
    {
    }

    public const int TextFormatMaxLength = 500;
    public const int TextValuesMaxLength = 2000;

    internal ComplaintEvent(ComplaintEventKind kind, ComplaintActor actor, DateTime at, string text, UserMessage? said)
    {
        Kind = kind;
        ActorId = actor.UserId;
        ActorName = actor.Name;
        At = at;
        Text = Domain.Text.Bounded(text, ComplaintInput.TextMaxLength);
        (TextFormat, TextValues) = said?.ToKeep(TextFormatMaxLength, TextValuesMaxLength) ?? (null, null);
    }

    public long Id { get; private set; }
    public int ComplaintId { get; private set; }
    public ComplaintEventKind Kind { get; private set; }
    public string ActorId { get; private set; } = "";
    public string ActorName { get; private set; } = "";
    public DateTime At { get; private set; }
    public string Text { get; private set; } = "";

    /// <summary>The format <see cref="Text"/> was worded with; null when it is what a user wrote, or on an entry older than it.</summary>
    public string? TextFormat { get; private set; }

    /// <summary>The values of <see cref="TextFormat"/>, written out as <see cref="UserMessage.ValuesAsJson"/> does.</summary>
    public string? TextValues { get; private set; }
}
