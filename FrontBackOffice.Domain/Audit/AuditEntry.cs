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

    public AuditEntry(AuditKind kind, string actorName, string? actorId, string text, string? subject, string? remoteAddress, DateTime at)
    {
        Kind = kind;
        ActorName = actorName;
        ActorId = actorId;
        Text = text;
        Subject = subject;
        RemoteAddress = remoteAddress;
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
