using System.Text;
using FrontBackOffice.Domain.Audit;
using FrontBackOffice.Domain.Complaints;

namespace FrontBackOffice.Web.Components;

/// <summary>
/// The words people read for the app's states, kinds and categories: "Awaiting approval", not <c>AwaitingApproval</c>.
/// Every chip, select option and column shows a value through here.
/// </summary>
public static class Labels
{
    private static readonly Dictionary<Enum, string> Words = new()
    {
        [AuditKind.SignIn] = "Sign-in",
        [AuditKind.SignInFailed] = "Failed sign-in",
        [AuditKind.Lockout] = "Locked out",
        [AuditKind.JobTriggered] = "Job started",
        [ComplaintCategory.Other] = "Other",
    };

    public static string Of(Enum value) => Words.TryGetValue(value, out var word) ? word : Sentence(value.ToString());

    /// <summary>A posting source type (<c>StockCount</c>) as people say it.</summary>
    public static string OfSource(string sourceType) => Sentence(sourceType);

    /// <summary>A category and the team it is routed to: "Product quality, answered by Warehouse".</summary>
    public static string Routing(ComplaintCategory category) => $"{Of(category)}, answered by {ComplaintRouting.TeamFor(category)}";

    /// <summary><c>AwaitingApproval</c> as "Awaiting approval"; runs of capitals (HR) stay as they are.</summary>
    private static string Sentence(string name)
    {
        var words = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var startsWord = i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1])));
            if (startsWord)
            {
                words.Append(' ');
            }
            words.Append(i > 0 && startsWord && (i + 1 >= name.Length || !char.IsUpper(name[i + 1])) ? char.ToLowerInvariant(c) : c);
        }
        return words.ToString();
    }
}
