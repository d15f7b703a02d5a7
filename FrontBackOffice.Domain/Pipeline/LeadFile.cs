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

    private static readonly int Fields = Header.Split(',').Length;

    /// <returns>The good lines (none when any is bad), the first <see cref="FileLineRefusals.Listed"/> errors, and how many lines are bad.</returns>
    public static (IReadOnlyList<LeadFileLine> Lines, IReadOnlyList<UserMessage> Errors, int BadLines) Check(IReadOnlyList<string> header, IEnumerable<LeadFileRow> rows)
    {
        var refusals = new FileLineRefusals();
        var lines = new List<LeadFileLine>();
        if (!string.Equals(string.Join(",", header.Select(h => h.Trim())), Header, StringComparison.OrdinalIgnoreCase))
        {
            refusals.Refuse(1, [UserMessage.Of($"The header must be '{Header}'.")]);
        }
        var emails = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var taxNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.Fields.Count != Fields)
            {
                refusals.Refuse(row.LineNumber, [UserMessage.Of($"Expected {Fields} fields ({Header}), found {row.Fields.Count}.")]);
                continue;
            }
            var f = row.Fields.Select(v => string.IsNullOrWhiteSpace(v) ? null : v.Trim()).ToList();
            var source = SourceOf(f[5]);
            var details = new LeadDetails(f[0] ?? "", f[1], f[2], f[3], f[4], source ?? LeadSource.Other, f[6]);
            var problems = details.Validate().ByField.SelectMany(e => e.Value).ToList();
            if (source is null)
            {
                problems.Add(UserMessage.Of($"Unknown source '{f[5]}' (one of {string.Join(", ", Enum.GetNames<LeadSource>())})."));
            }
            if (details.Email is { } email && !emails.TryAdd(email.Trim(), row.LineNumber))
            {
                problems.Add(UserMessage.Of($"The e-mail {email.Trim()} is already on line {emails[email.Trim()]}."));
            }
            if (details.TaxNumber is { } tax && Contacts.NormalizeTaxNumber(tax) is var normal && !taxNumbers.TryAdd(normal, row.LineNumber))
            {
                problems.Add(UserMessage.Of($"The tax number {normal} is already on line {taxNumbers[normal]}."));
            }
            if (problems.Count > 0)
            {
                refusals.Refuse(row.LineNumber, problems);
            }
            else
            {
                lines.Add(new LeadFileLine(row.LineNumber, details));
            }
        }
        return refusals.BadLines > 0 ? ([], refusals.Said, refusals.BadLines) : (lines, [], 0);
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
}
