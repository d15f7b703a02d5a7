using System.Globalization;
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
    /// <remarks>
    /// The line keeps its text in English, as it is read in logs and exports, and the message it was said with (its
    /// format and its values, written out), so the audit page can say it in each reader's language.
    /// </remarks>
    public AuditEntry(AuditKind kind, string actorName, string? actorId, UserMessage text, string? subject, string? remoteAddress, DateTime at)
    {
        Kind = kind;
        ActorName = Domain.Text.Bounded(actorName, ActorNameMaxLength);
        ActorId = actorId;
        Text = Domain.Text.Bounded(text.ToString(CultureInfo.InvariantCulture), TextMaxLength);
        (TextFormat, TextValues) = text.ToKeep(TextMaxLength, TextMaxLength);
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

    /// <summary>The format <see cref="Text"/> was said with; null on a line older than it, whose text is shown as it is.</summary>
    public string? TextFormat { get; private set; }

    /// <summary>The values of <see cref="TextFormat"/>, written out, as a JSON array of strings.</summary>
    public string? TextValues { get; private set; }

    public string? RemoteAddress { get; private set; }

}
