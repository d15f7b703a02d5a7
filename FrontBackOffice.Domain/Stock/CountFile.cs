namespace FrontBackOffice.Domain.Stock;

/// <summary>Where a SKU stands for a count: unknown, known but not counted at this location, or on the count.</summary>
public enum SkuStatus
{
    Unknown,
    NotInLocation,
    OnCount,
}

public sealed record CountFileLine(int LineNumber, string Sku, int Counted);

/// <summary>
/// Reads a count file <c>sku,counted</c>. The file is taken whole or not at all: every bad line is reported by
/// its number (wrong header, unknown SKU, SKU not counted at the location, negative or non-numeric quantity,
/// duplicate SKU).
/// </summary>
public static class CountFile
{
    public const string Header = "sku,counted";

    public static (IReadOnlyList<CountFileLine> Lines, IReadOnlyList<string> Errors) Parse(string text, Func<string, SkuStatus> statusOf)
    {
        var rows = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var errors = new List<string>();
        var lines = new List<CountFileLine>();
        if (rows.Length == 0 || !string.Equals(Normalize(rows[0]), Header, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add($"Line 1: the header must be '{Header}'.");
        }
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i < rows.Length; i++)
        {
            var number = i + 1;
            if (string.IsNullOrWhiteSpace(rows[i]))
            {
                continue;
            }
            var fields = rows[i].Split(',').Select(Unquote).ToArray();
            if (fields.Length != 2 || fields[0].Length == 0)
            {
                errors.Add($"Line {number}: expected two fields, sku and counted.");
                continue;
            }
            var (sku, quantity) = (fields[0].ToUpperInvariant(), fields[1]);
            var problems = new List<string>();
            switch (statusOf(sku))
            {
                case SkuStatus.Unknown:
                    problems.Add($"unknown SKU '{sku}'");
                    break;
                case SkuStatus.NotInLocation:
                    problems.Add($"SKU '{sku}' is not counted at this location");
                    break;
            }
            if (seen.TryGetValue(sku, out var first))
            {
                problems.Add($"SKU '{sku}' already appears on line {first}");
            }
            else
            {
                seen[sku] = number;
            }
            if (!int.TryParse(quantity, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var counted))
            {
                problems.Add($"the counted quantity '{quantity}' is not a whole number");
            }
            else if (counted < 0)
            {
                problems.Add($"the counted quantity {counted} is negative");
            }
            if (problems.Count > 0)
            {
                errors.Add($"Line {number}: {string.Join("; ", problems)}.");
            }
            else
            {
                lines.Add(new CountFileLine(number, sku, counted));
            }
        }
        return errors.Count > 0 ? ([], errors) : (lines, errors);
    }

    private static string Normalize(string header) => string.Join(",", header.Split(',').Select(Unquote));

    private static string Unquote(string field)
    {
        var trimmed = field.Trim();
        return trimmed.Length >= 2 && trimmed[0] == '"' && trimmed[^1] == '"' ? trimmed[1..^1].Trim() : trimmed;
    }
}
