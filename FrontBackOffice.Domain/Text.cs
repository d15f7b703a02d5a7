namespace FrontBackOffice.Domain;

/// <summary>
/// What a text typed by a person may hold: at most its field's length, and no control characters (line breaks and
/// tabs only where the field has several lines) nor the bidirectional overrides that make a text read otherwise
/// than it is stored.
/// </summary>
public static class Text
{
    /// <summary>Adds to <paramref name="errors"/> what is wrong with a field's text; nothing when it is fine (or empty).</summary>
    public static ValidationErrors CheckText(this ValidationErrors errors, string field, string? value, int maxLength, bool lines = false)
    {
        if (value is null)
        {
            return errors;
        }
        if (value.Trim().Length > maxLength)
        {
            errors.Add(field, $"This may be at most {maxLength} characters ({value.Trim().Length} now).");
        }
        if (value.Any(c => IsForbidden(c, lines)))
        {
            errors.Add(field, lines
                ? "Remove the control or text-direction characters (pasted from elsewhere, they do not show)."
                : "Remove the line breaks, control or text-direction characters (pasted from elsewhere, they do not show).");
        }
        return errors;
    }

    /// <summary>
    /// A text someone else typed, made safe to keep (the audit log of a failed sign-in): forbidden characters become
    /// spaces and what is longer than <paramref name="maxLength"/> is cut, ending in an ellipsis.
    /// </summary>
    public static string Bounded(string? value, int maxLength)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value ?? "";
        }
        var head = value.Length > maxLength ? value[..(maxLength - 1)] : value;
        var clean = new string(head.Select(c => IsForbidden(c, lines: true) ? ' ' : c).ToArray());
        return value.Length > maxLength ? clean + "…" : clean;
    }

    private static bool IsForbidden(char c, bool lines) =>
        (char.IsControl(c) && !(lines && c is '\n' or '\r' or '\t'))
        || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C';
}
