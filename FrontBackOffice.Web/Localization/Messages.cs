using System.Text.RegularExpressions;
using FrontBackOffice.Domain;
using FrontBackOffice.Web.Components;
using Microsoft.Extensions.Localization;

namespace FrontBackOffice.Web.Localization;

/// <summary>
/// What the app says in sentences of its own: the Domain's and the services' refusals, the audit log's lines and the
/// jobs' summaries (<c>Messages.*.resx</c>), keyed by their format (<c>There is no customer #{0}.</c>).
/// </summary>
public sealed class Messages;

public static partial class MessageWording
{
    /// <summary>
    /// The message in the user's language; one not translated yet shows in English. Its values are said in that
    /// language too where they are words: a state or kind (an enum) as <see cref="Labels"/> says it, a lowercase word
    /// the Domain passes ("cancelled", "customer") as this resource translates it. A translated word may give a
    /// masculine and a feminine form, "encerrado|encerrada": a sentence about a feminine thing asks for the second with
    /// <c>{1:f}</c>, any other takes the first. A word may add its plurals, "novo|nova|novos|novas", which a sentence
    /// asks for with <c>:p</c> and <c>:fp</c>.
    /// </summary>
    public static string Say(this IStringLocalizer<Messages> messages, UserMessage message) =>
        message.Arguments.Count == 0
            ? messages[message.Format]
            : messages[message.Format, [.. message.Arguments.Select(a => Word(messages, a))]];

    /// <summary>
    /// The formats whose wording in the user's language holds <paramref name="term"/> ("nota fiscal" → <c>Invoice {0} ({1})</c>),
    /// so a list can find what it shows in that language though its records keep English. The values are not part of
    /// the wording; the forms a count may take are.
    /// </summary>
    public static IReadOnlyList<string> FormatsSaying(this IStringLocalizer<Messages> messages, string term) =>
        [.. messages.GetAllStrings(includeParentCultures: true)
            .Where(s => Placeholder().Replace(s.Value, p => p.Groups[1].Value.Replace('|', ' ')).Contains(term, StringComparison.CurrentCultureIgnoreCase))
            .Select(s => s.Name)];

    /// <summary>A value's placeholder, <c>{0}</c> or <c>{0:N2}</c>, capturing the forms a count chooses from (<c>{0:dia|dias}</c>).</summary>
    [GeneratedRegex(@"\{\d+(?:,-?\d+)?(?::([^{}]*\|[^{}]*)|:[^{}]*)?\}")]
    private static partial Regex Placeholder();

    private static object Word(IStringLocalizer<Messages> messages, object? value) => value switch
    {
        null => "",
        UserMessage inner => messages.Say(inner),
        Enum kind => Labels.Of(kind),
        string word when word.Length > 0 && word.All(c => char.IsLower(c) || c == ' ') && messages[word] is { ResourceNotFound: false } said => new Inflected(said.Value),
        _ => value,
    };

    private sealed record Inflected(string Forms) : IFormattable
    {
        public string ToString(string? format, IFormatProvider? culture) => Forms.Split('|') switch
        {
            [var masculine, var feminine] => format is "f" or "fp" ? feminine : masculine,
            [var masculine, var feminine, var masculinePlural, var femininePlural] => format switch
            {
                "f" => feminine,
                "p" => masculinePlural,
                "fp" => femininePlural,
                _ => masculine,
            },
            _ => Forms,
        };

        public override string ToString() => ToString(null, null);
    }
}
