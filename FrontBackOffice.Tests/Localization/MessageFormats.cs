using System.Text;
using System.Text.RegularExpressions;

namespace FrontBackOffice.Tests.Localization;

/// <summary>
/// Finds the messages the Domain and the services say (the string given to <c>ValidationErrors.Add</c>/<c>Require</c>,
/// to a refusal's exception or to <c>UserMessage.Of</c>) and works out the format each is translated by: an
/// interpolated string's holes numbered as <see cref="FrontBackOffice.Domain.UserMessageBuilder"/> numbers them.
/// </summary>
internal static partial class MessageFormats
{
    public static IEnumerable<string> In(string source)
    {
        foreach (Match call in Call().Matches(source))
        {
            var arguments = Arguments(source, call.Index + call.Length);
            var kind = call.Groups[1].Value;
            var message = kind switch
            {
                ".Add" when arguments.Count == 2 => arguments[1],
                ".Require" when arguments.Count == 3 => arguments[2],
                ".Add" or ".Require" => null,
                _ => arguments.FirstOrDefault(),
            };
            if (message is not null && FormatOf(message.Trim()) is { } format && Words().IsMatch(format))
            {
                yield return format;
            }
        }
    }

    /// <summary>The arguments of a call, split at its top-level commas; <paramref name="start"/> is just after its '('.</summary>
    private static List<string> Arguments(string source, int start)
    {
        var (arguments, depth, from) = (new List<string>(), 0, start);
        for (var i = start; i < source.Length; i++)
        {
            var c = source[i];
            if (c == '"' || (c is '$' or '@' && i + 1 < source.Length && source[i + 1] == '"'))
            {
                i = EndOfString(source, i) - 1;
            }
            else if (c == '\'' && i + 2 < source.Length)
            {
                i += source[i + 1] == '\\' ? 3 : 2;
            }
            else if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}' && depth-- == 0)
            {
                arguments.Add(source[from..i]);
                return arguments;
            }
            else if (c == ',' && depth == 0)
            {
                arguments.Add(source[from..i]);
                from = i + 1;
            }
        }
        return arguments;
    }

    /// <summary>Where the string literal starting at <paramref name="i"/> ends (just after its closing quote).</summary>
    private static int EndOfString(string source, int i)
    {
        var (interpolated, verbatim) = (source[i] == '$', source[i] == '@');
        i += source[i] is '$' or '@' ? 2 : 1;
        for (var holes = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c == '\\' && !verbatim)
            {
                i++;
            }
            else if (interpolated && c == '{')
            {
                if (holes == 0 && i + 1 < source.Length && source[i + 1] == '{')
                {
                    i++;
                }
                else
                {
                    holes++;
                }
            }
            else if (interpolated && c == '}' && holes > 0)
            {
                holes--;
            }
            else if (c == '"' && holes > 0)
            {
                i = EndOfString(source, i) - 1;
            }
            else if (c == '"')
            {
                return i + 1;
            }
        }
        return i;
    }

    /// <summary>The format of a literal argument; null when the argument is not a literal.</summary>
    private static string? FormatOf(string argument)
    {
        if (argument.StartsWith('"') && argument.EndsWith('"') && EndOfString(argument, 0) == argument.Length)
        {
            return Regex.Unescape(argument[1..^1]);
        }
        if (!argument.StartsWith("$\"", StringComparison.Ordinal) || EndOfString(argument, 0) != argument.Length)
        {
            return null;
        }
        var (body, format, holes) = (argument[2..^1], new StringBuilder(), 0);
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] is '{' or '}' && i + 1 < body.Length && body[i + 1] == body[i])
            {
                format.Append(body[i]).Append(body[i]);
                i++;
            }
            else if (body[i] == '{')
            {
                var (depth, end, colon) = (1, i + 1, -1);
                for (; depth > 0; end++)
                {
                    var c = body[end];
                    if (c == '"')
                    {
                        end = EndOfString(body, end) - 1;
                    }
                    else if (c is '(' or '[' or '{')
                    {
                        depth++;
                    }
                    else if (c is ')' or ']' or '}')
                    {
                        depth--;
                    }
                    else if (c == ':' && depth == 1 && colon < 0 && !body[(i + 1)..end].Replace("?.", "").Replace("??", "").Contains('?'))
                    {
                        colon = end;
                    }
                }
                format.Append('{').Append(holes++);
                if (colon > 0)
                {
                    format.Append(':').Append(body[(colon + 1)..(end - 1)]);
                }
                format.Append('}');
                i = end - 1;
            }
            else if (body[i] == '\\')
            {
                format.Append(Regex.Unescape(body.Substring(i, 2)));
                i++;
            }
            else
            {
                format.Append(body[i]);
            }
        }
        return format.ToString();
    }

    [GeneratedRegex(@"(\.Add|\.Require|new (?:DomainException|NotFoundException|ConcurrencyConflictException|AccessDeniedException|JobAlreadyActiveException)|UserMessage\.Of|: base|: (?:AccessDeniedException|DomainException))\(")]
    private static partial Regex Call();

    [GeneratedRegex(@"[A-Za-z]{2,}")]
    private static partial Regex Words();
}
