using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace FrontBackOffice.Domain;

/// <summary>
/// What the app tells a user, as a format with numbered holes ("There is no customer #{0}.") and the values that fill
/// them. The format is the key of its translation, so the app says it in the user's language and writes the values
/// (amounts, dates) the way that language does.
/// </summary>
public sealed record UserMessage(string Format, IReadOnlyList<object?> Arguments)
{
    /// <summary>A message without values.</summary>
    public static UserMessage Of(string text) => new(text, []);

    /// <summary>A message from an interpolated string: its holes become the arguments.</summary>
    public static UserMessage Of(UserMessageBuilder text) => text.ToMessage();

    /// <summary>The message in English, its values written in <paramref name="culture"/>.</summary>
    public string ToString(IFormatProvider? culture) => Arguments.Count == 0 ? Format : string.Format(culture, Format, [.. Arguments]);

    public override string ToString() => ToString(CultureInfo.CurrentCulture);
}

/// <summary>Turns <c>$"There is no customer #{id}."</c> into the format <c>There is no customer #{0}.</c> and its value.</summary>
[InterpolatedStringHandler]
public readonly struct UserMessageBuilder(int literalLength, int formattedCount)
{
    private readonly StringBuilder format = new(literalLength + (formattedCount * 4));
    private readonly List<object?> arguments = new(formattedCount);

    public void AppendLiteral(string text) => format.Append(text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal));

    public void AppendFormatted<T>(T value) => AppendFormatted(value, null);

    public void AppendFormatted<T>(T value, string? format)
    {
        this.format.Append('{').Append(arguments.Count.ToString(CultureInfo.InvariantCulture));
        if (format is not null)
        {
            this.format.Append(':').Append(format);
        }
        this.format.Append('}');
        arguments.Add(value);
    }

    public UserMessage ToMessage() => new(format.ToString(), arguments);
}
