namespace FrontBackOffice.Domain.Pipeline;

/// <summary>A line of a lead file as the file has it: its number in the file and its fields.</summary>
public sealed record LeadFileRow(int LineNumber, IReadOnlyList<string> Fields);

/// <summary>A lead taken from a good line of a lead file.</summary>
public sealed record LeadFileLine(int LineNumber, LeadDetails Details);

/// <summary>
/// The rules of a lead file <c>name,company,email,phone,tax_number,source,notes</c>. The file is taken whole or not at
/// all: every bad line is reported by its number (wrong field count, a lead no one can reach, a bad e-mail or tax
/// number, an unknown source, the e-mail or tax number of an earlier line of the file).
/// </summary>
public static class LeadFile
{
    public const string Header = "name,company,email,phone,tax_number,source,notes";

    /// <summary>How many bad lines a refusal lists; the others are counted.</summary>
    public const int ErrorsListed = 100;

    private static readonly int Fields = Header.Split(',').Length;

    /// <returns>The good lines (none when any is bad), the first <see cref="ErrorsListed"/> errors, and how many lines are bad.</returns>
    public static (IReadOnlyList<LeadFileLine> Lines, IReadOnlyList<string> Errors, int BadLines) Check(IReadOnlyList<string> header, IEnumerable<LeadFileRow> rows)
    {
        var errors = new List<string>();
        var badLines = 0;
        var lines = new List<LeadFileLine>();
        void Refuse(int lineNumber, IEnumerable<string> problems)
        {
            badLines++;
            if (errors.Count < ErrorsListed)
            {
                var said = string.Join("; ", problems);
                errors.Add($"Line {lineNumber}: {said}{(said.EndsWith('?') ? "" : ".")}");
            }
        }
        if (!string.Equals(string.Join(",", header.Select(h => h.Trim())), Header, StringComparison.OrdinalIgnoreCase))
        {
            Refuse(1, [$"the header must be '{Header}'"]);
        }
        var emails = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var taxNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.Fields.Count != Fields)
            {
                Refuse(row.LineNumber, [$"expected {Fields} fields ({Header}), found {row.Fields.Count}"]);
                continue;
            }
            var f = row.Fields.Select(v => string.IsNullOrWhiteSpace(v) ? null : v.Trim()).ToList();
            var source = SourceOf(f[5]);
            var details = new LeadDetails(f[0] ?? "", f[1], f[2], f[3], f[4], source ?? LeadSource.Other, f[6]);
            var problems = details.Validate().ByField.SelectMany(e => e.Value).Select(m => Lower(m.ToString())).ToList();
            if (source is null)
            {
                problems.Add($"unknown source '{f[5]}' (one of {string.Join(", ", Enum.GetNames<LeadSource>())})");
            }
            if (details.Email is { } email && !emails.TryAdd(email.Trim(), row.LineNumber))
            {
                problems.Add($"the e-mail {email.Trim()} is already on line {emails[email.Trim()]}");
            }
            if (details.TaxNumber is { } tax && Contacts.NormalizeTaxNumber(tax) is var normal && !taxNumbers.TryAdd(normal, row.LineNumber))
            {
                problems.Add($"the tax number {normal} is already on line {taxNumbers[normal]}");
            }
            if (problems.Count > 0)
            {
                Refuse(row.LineNumber, problems);
            }
            else
            {
                lines.Add(new LeadFileLine(row.LineNumber, details));
            }
        }
        return badLines > 0 ? ([], errors, badLines) : (lines, errors, 0);
    }

    /// <summary>A source by its name in any case, with or without spaces, dashes or underscores ("cold call"); blank is Other.</summary>
    private static LeadSource? SourceOf(string? text)
    {
        if (text is null)
        {
            return LeadSource.Other;
        }
        var name = new string(text.Where(char.IsLetter).ToArray());
        return Enum.TryParse<LeadSource>(name, ignoreCase: true, out var source) && Enum.IsDefined(source) ? source : null;
    }

    private static string Lower(string message) => char.ToLowerInvariant(message[0]) + message[1..].TrimEnd('.');
}
