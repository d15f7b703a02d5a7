using System.Globalization;

namespace FrontBackOffice.Domain.Stock;

/// <summary>Where a SKU stands for a count: unknown, known but not counted at this location, or on the count.</summary>
public enum SkuStatus
{
    Unknown,
    NotInLocation,
    OnCount,
}

/// <summary>A line of a count file as the file has it: its number in the file and its fields.</summary>
public sealed record CountFileRow(int LineNumber, IReadOnlyList<string> Fields);

/// <summary>A counted quantity taken from a good line of a count file.</summary>
public sealed record CountFileLine(int LineNumber, string Sku, int Counted);

/// <summary>
/// The rules of a count file <c>sku,counted</c>. The file is taken whole or not at all: every bad line is reported by
/// its number (wrong header, unknown SKU, SKU not counted at the location, negative or non-numeric quantity,
/// duplicate SKU).
/// </summary>
public static class CountFile
{
    public const string Header = "sku,counted";

    /// <param name="header">The fields of the file's first line.</param>
    /// <param name="rows">The other lines that have something in them.</param>
    /// <param name="statusOf">Where a SKU (in capitals) stands for the count.</param>
    /// <returns>The good lines (none when any is bad), the first <see cref="FileLineRefusals.Listed"/> errors, and how many lines are bad.</returns>
    public static (IReadOnlyList<CountFileLine> Lines, IReadOnlyList<UserMessage> Errors, int BadLines) Check(
        IReadOnlyList<string> header, IEnumerable<CountFileRow> rows, Func<string, SkuStatus> statusOf)
    {
        var refusals = new FileLineRefusals();
        var lines = new List<CountFileLine>();
        if (!string.Equals(string.Join(",", header.Select(h => h.Trim())), Header, StringComparison.OrdinalIgnoreCase))
        {
            refusals.Refuse(1, [UserMessage.Of($"The header must be '{Header}'.")]);
        }
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            var fields = row.Fields.Select(f => f.Trim()).ToList();
            if (fields.Count != 2 || fields[0].Length == 0)
            {
                refusals.Refuse(row.LineNumber, [UserMessage.Of("Expected two fields, sku and counted.")]);
                continue;
            }
            var (sku, quantity) = (fields[0].ToUpperInvariant(), fields[1]);
            var problems = new List<UserMessage>();
            switch (statusOf(sku))
            {
                case SkuStatus.Unknown:
                    problems.Add(UserMessage.Of($"Unknown SKU '{sku}'."));
                    break;
                case SkuStatus.NotInLocation:
                    problems.Add(UserMessage.Of($"SKU '{sku}' is not counted at this location."));
                    break;
            }
            if (seen.TryGetValue(sku, out var first))
            {
                problems.Add(UserMessage.Of($"SKU '{sku}' already appears on line {first}."));
            }
            else
            {
                seen[sku] = row.LineNumber;
            }
            if (!int.TryParse(quantity, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var counted))
            {
                problems.Add(UserMessage.Of($"The counted quantity '{quantity}' is not a whole number."));
            }
            else if (counted < 0)
            {
                problems.Add(UserMessage.Of($"The counted quantity {counted} is negative."));
            }
            if (problems.Count > 0)
            {
                refusals.Refuse(row.LineNumber, problems);
            }
            else
            {
                lines.Add(new CountFileLine(row.LineNumber, sku, counted));
            }
        }
        return refusals.BadLines > 0 ? ([], refusals.Said, refusals.BadLines) : (lines, [], 0);
    }
}
