using System.Globalization;
using System.Text;

namespace FrontBackOffice.Web.Data;

/// <summary>Writes RFC 4180 CSV: a field with a comma, quote or line break is quoted, numbers in the invariant culture.</summary>
public static class Csv
{
    public static string Line(IEnumerable<object?> fields) => string.Join(",", fields.Select(Field)) + "\r\n";

    /// <summary>The property names of a record type, in declaration order, as a header line.</summary>
    public static string Header<T>() => Line(typeof(T).GetProperties().Select(p => (object?)p.Name));

    /// <summary>A record's property values, in declaration order.</summary>
    public static string Row<T>(T record) => Line(typeof(T).GetProperties().Select(p => p.GetValue(record)));

    private static string Field(object? value)
    {
        var text = value switch
        {
            null => "",
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        // A field that starts like a formula is prefixed so spreadsheets show it instead of running it.
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' && value is string)
        {
            text = "'" + text;
        }
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
}
