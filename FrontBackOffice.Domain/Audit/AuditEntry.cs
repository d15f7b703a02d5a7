namespace FrontBackOffice.Domain.Audit;

public enum AuditKind
{
    SignIn,
    SignInFailed,
    Lockout,
    PasswordChanged,
    PasswordReset,
    AccountCreated,
    AccountChanged,
    AccountDisabled,
    AccountEnabled,
    AccountLocked,
    AccountUnlocked,
    RolesChanged,
    SessionsEnded,
    JobTriggered,
    EntryPosted,
    DayClosed,
    Approval,
}

/// <summary>One line of the append-only audit log: who did what, when, and from where.</summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
    }

    public const int ActorNameMaxLength = 256;
    public const int SubjectMaxLength = 256;
    public const int TextMaxLength = 2000;
    public const int RemoteAddressMaxLength = 64;

    /// <summary>Every text is kept bounded and cleaned: what a stranger typed (a failed sign-in's e-mail) cannot flood the log.</summary>
    public AuditEntry(AuditKind kind, string actorName, string? actorId, string text, string? subject, string? remoteAddress, DateTime at)
    {
        Kind = kind;
        ActorName = Domain.Text.Bounded(actorName, ActorNameMaxLength);
        ActorId = actorId;
        Text = Domain.Text.Bounded(text, TextMaxLength);
        Subject = subject is null ? null : Domain.Text.Bounded(subject, SubjectMaxLength);
        RemoteAddress = remoteAddress is null ? null : Domain.Text.Bounded(remoteAddress, RemoteAddressMaxLength);
        At = at;
    }

    public long Id { get; private set; }
    public DateTime At { get; private set; }
    public AuditKind Kind { get; private set; }
    public string? ActorId { get; private set; }
    public string ActorName { get; private set; } = "";

    /// <summary>What the action was about: a user's e-mail, a run, an entry…</summary>
    public string? Subject { get; private set; }

    public string Text { get; private set; } = "";
    public string? RemoteAddress { get; private set; }
}
