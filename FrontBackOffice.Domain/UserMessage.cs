using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

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

    /// <summary>Messages said one after the other, <paramref name="separator"/> between each two ("; ", or " " for sentences).</summary>
    public static UserMessage Join(string separator, IEnumerable<UserMessage> messages) =>
        messages.Aggregate((before, next) => new UserMessage($"{{0}}{separator}{{1}}", [before, next]));

    /// <summary>The message in English, its values written in <paramref name="culture"/> (a value may be a message itself).</summary>
    public string ToString(IFormatProvider? culture) =>
        Arguments.Count == 0 ? Format : string.Format(culture, Format, [.. Arguments.Select(a => a is UserMessage inner ? inner.ToString(culture) : a)]);

    public override string ToString() => ToString(CultureInfo.CurrentCulture);

    /// <summary>Two messages are the same when they say the same thing: the same format and the same values.</summary>
    public bool Equals(UserMessage? other) =>
        other is not null && Format == other.Format && Arguments.Count == other.Arguments.Count
        && Arguments.Zip(other.Arguments).All(pair => SameValue(pair.First, pair.Second));

    /// <summary>A number is the same whatever type holds it: a count said as an int is the decimal its record gives back.</summary>
    private static bool SameValue(object? said, object? other) => (said, other) switch
    {
        (int or long or decimal, int or long or decimal) => Convert.ToDecimal(said, CultureInfo.InvariantCulture) == Convert.ToDecimal(other, CultureInfo.InvariantCulture),
        _ => Equals(said, other),
    };

    public override int GetHashCode() => HashCode.Combine(Format, Arguments.Count);

    /// <summary>
    /// The values as a record keeps them, a JSON array that gives each back as the kind of value it was, so it is written
    /// in the reader's culture when the record is read: a number as a JSON number, a day as <c>{"day": "2026-03-03"}</c>,
    /// a message within the message as <c>{"format": …, "values": […]}</c>, anything else as its text in the invariant
    /// culture.
    /// </summary>
    public string ValuesAsJson() => JsonSerializer.Serialize(Written(this));

    private static object?[] Written(UserMessage message) => [.. message.Arguments.Select(a => a switch
    {
        UserMessage inner => new Dictionary<string, object> { ["format"] = inner.Format, ["values"] = Written(inner) },
        int or long or decimal => a,
        DateOnly day => new Dictionary<string, object> { ["day"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
        _ => Convert.ToString(a, CultureInfo.InvariantCulture) ?? "",
    })];

    /// <summary>
    /// The format and <see cref="ValuesAsJson"/> a record keeps to say the message again; both null when either is longer
    /// than its column, and the record's text is shown as it is.
    /// </summary>
    public (string? Format, string? Values) ToKeep(int formatMaxLength, int valuesMaxLength)
    {
        var values = ValuesAsJson();
        return Format.Length <= formatMaxLength && values.Length <= valuesMaxLength ? (Format, values) : (null, null);
    }

    /// <summary>A message kept as its format and <see cref="ValuesAsJson"/>; null when the record has none.</summary>
    public static UserMessage? Read(string? format, string? valuesJson)
    {
        if (format is null || valuesJson is null)
        {
            return null;
        }
        using var values = JsonDocument.Parse(valuesJson);
        return Read(format, values.RootElement);
    }

    private static UserMessage Read(string format, JsonElement values) => new(format, [.. values.EnumerateArray().Select(v => v.ValueKind switch
    {
        JsonValueKind.Number => v.GetDecimal(),
        JsonValueKind.Object when v.TryGetProperty("day", out var day) => DateOnly.ParseExact(day.GetString() ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture),
        JsonValueKind.Object => Read(v.GetProperty("format").GetString() ?? "", v.GetProperty("values")),
        _ => (object?)v.GetString(),
    })]);
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
