using System.Text.RegularExpressions;
using System.Xml.Linq;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Jobs;
using FrontBackOffice.Web.Layout;
using FrontBackOffice.Web.Shared.Ledger;

namespace FrontBackOffice.Tests.Localization;

/// <summary>
/// What keeps every text translated: each resource has its Portuguese twin with the same keys, every key the code asks
/// for is defined, and no component shows text that is not in a resource.
/// </summary>
public partial class ResourceTests
{
    private static readonly string Web = Path.Combine(BuiltApp.RepositoryRoot, "FrontBackOffice.Web");

    /// <summary>What the scan reads as words but is not: the product's name, and the path of a line's field (<c>Lines[{i}].</c>).</summary>
    private static readonly HashSet<string> Untranslated = ["FrontBackOffice", "Lines[]."];

    private static IEnumerable<string> SourceFiles(params string[] patterns) =>
        patterns.SelectMany(p => Directory.EnumerateFiles(Web, p, SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"));

    private static IEnumerable<string> NeutralResources => SourceFiles("*.resx").Where(f => !f.EndsWith(".pt-BR.resx", StringComparison.Ordinal));

    private static Dictionary<string, string> Entries(string resx) =>
        XDocument.Load(resx).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    private static string Relative(string path) => Path.GetRelativePath(Web, path).Replace('\\', '/');

    [Fact]
    public void EveryResource_HasItsPortugueseTwin_WithTheSameKeysAndPlaceholders()
    {
        var problems = new List<string>();
        foreach (var neutral in NeutralResources)
        {
            var twin = neutral[..^".resx".Length] + ".pt-BR.resx";
            if (!File.Exists(twin))
            {
                problems.Add($"{Relative(neutral)} has no pt-BR twin");
                continue;
            }
            var (en, pt) = (Entries(neutral), Entries(twin));
            // A resource's keys are looked up ignoring case: two that differ only in case are one.
            problems.AddRange(en.Keys.GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
                .Select(g => $"{Relative(neutral)} has \"{string.Join("\" and \"", g)}\", which differ only in case"));
            problems.AddRange(en.Keys.Except(pt.Keys).Select(k => $"{Relative(twin)} lacks \"{k}\""));
            problems.AddRange(pt.Keys.Except(en.Keys).Select(k => $"{Relative(neutral)} lacks \"{k}\""));
            foreach (var key in en.Keys.Intersect(pt.Keys))
            {
                if (string.IsNullOrWhiteSpace(pt[key]) || string.IsNullOrWhiteSpace(en[key]))
                {
                    problems.Add($"\"{key}\" is empty in {Relative(neutral)} or its twin");
                }
                else if (!Placeholders(en[key]).SetEquals(Placeholders(pt[key])))
                {
                    problems.Add($"\"{key}\" has other placeholders in pt-BR: \"{pt[key]}\"");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.NotEmpty(NeutralResources);
    }

    [Fact]
    public void EveryKeyTheCodeAsksFor_IsDefined()
    {
        var missing = new List<string>();
        var used = 0;
        foreach (var file in SourceFiles("*.razor", "*.cs"))
        {
            var source = File.ReadAllText(file);
            foreach (var (localizer, key) in KeysUsed(source))
            {
                used++;
                var resx = ResourceOf(file, localizer);
                if (resx is null || !Entries(resx).ContainsKey(key))
                {
                    missing.Add($"{Relative(file)}: {localizer}[\"{key}\"] is not in {(resx is null ? "any resource" : Relative(resx))}");
                }
            }
        }
        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
        Assert.True(used > 50, $"Only {used} keys found: the scan is broken.");
    }

    [Fact]
    public void EveryMessageTheDomainAndTheServicesSay_IsTranslated()
    {
        var messages = Entries(Path.Combine(Web, "Localization", "Messages.resx"));
        var domain = Path.Combine(BuiltApp.RepositoryRoot, "FrontBackOffice.Domain");
        var sources = Directory.EnumerateFiles(domain, "*.cs", SearchOption.AllDirectories).Concat(SourceFiles("*.cs", "*.razor"))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                && !f.Contains($"{Path.DirectorySeparatorChar}Benchmarks{Path.DirectorySeparatorChar}")
                && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}"));
        var said = sources.SelectMany(f => MessageFormats.In(File.ReadAllText(f)).Select(format => (File: f, Format: format))).ToList();

        var missing = said.Where(m => !messages.ContainsKey(m.Format)).Select(m => $"{Path.GetFileName(m.File)}: \"{m.Format}\"").Distinct().ToList();
        Assert.True(missing.Count == 0, "Not in Localization/Messages.resx:" + Environment.NewLine + string.Join(Environment.NewLine, missing));
        Assert.True(said.Count > 200, $"Only {said.Count} messages found: the scan is broken.");
    }

    [Fact]
    public void TheMenuTheJobsAndTheBooksCheck_AreTranslated()
    {
        var app = Entries(Path.Combine(Web, "Localization", "AppText.resx"));
        var missing = Navigation.Front.Concat(Navigation.Back).SelectMany(i => new[] { i.Title, i.Description })
            .Concat(JobKinds.All.Select(k => k.Title))
            .Where(k => !app.ContainsKey(k)).ToList();
        var messages = Entries(Path.Combine(Web, "Localization", "Messages.resx"));
        missing.AddRange(JobKinds.All.Select(k => k.Title).Concat([BooksCheck.InventoryRule, BooksCheck.ReceivedNotBilledRule, BooksCheck.ReceivablesRule])
            .Where(k => !messages.ContainsKey(k)));
        Assert.True(missing.Count == 0, "Not in AppText.resx (the menu, the jobs' pages) or Messages.resx (the jobs and the books check's rules as messages name them): " + string.Join(", ", missing));
    }

    [Fact]
    public void MudBlazorsOwnWords_AreAllTranslated()
    {
        var assembly = typeof(MudBlazor.MudLocalizer).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("LanguageResource.resources", StringComparison.Ordinal));
        using var reader = new System.Resources.ResourceReader(assembly.GetManifestResourceStream(resource)!);
        var keys = reader.Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key).ToHashSet();
        var ours = Entries(Path.Combine(Web, "Localization", "MudText.pt-BR.resx")).Keys;

        Assert.Empty(keys.Except(ours));
        Assert.True(keys.Count > 100);
    }

    [Fact]
    public void NoComponent_ShowsTextOutsideTheResources()
    {
        var generated = Path.Combine(Web, "obj", BuiltApp.Configuration, "net10.0", "generated");
        var files = Directory.EnumerateFiles(generated, "*_razor.g.cs", SearchOption.AllDirectories).ToList();
        Assert.True(files.Count > 50, $"The components' generated code was not found in {generated}.");

        // A message given to UserMessage.Of is said through Localization/Messages: its text is a key there.
        var messages = Entries(Path.Combine(Web, "Localization", "Messages.resx"));
        var literal = new Dictionary<string, List<string>>();
        foreach (var file in files)
        {
            var code = File.ReadAllText(file);
            var source = Relative(PragmaPath().Match(code).Groups[1].Value);
            var texts = LiteralTexts(code).Concat(SentencesInCode(code)).Where(t => Letters().IsMatch(t) && !Untranslated.Contains(t.Trim()) && !messages.ContainsKey(t)).ToList();
            if (texts.Count > 0)
            {
                literal[source] = texts;
            }
        }

        var untranslated = literal.Select(f => $"{f.Key}: {string.Join(" | ", f.Value.Take(5).Select(t => $"\"{t.Trim()}\""))}").ToList();
        Assert.True(untranslated.Count == 0, "Text outside the resources (put it in the feature's .resx):" + Environment.NewLine + string.Join(Environment.NewLine, untranslated));
    }

    /// <summary>A grid column without a template shows its value as it is: an enum there would show its code name ("Salaried").</summary>
    [Fact]
    public void NoGridColumn_ShowsAStateOrKindByItsCodeName()
    {
        var types = typeof(Web.Components.Labels).Assembly.GetTypes();
        var bare = new List<string>();
        var columns = 0;
        foreach (var file in SourceFiles("*.razor"))
        {
            var markup = File.ReadAllText(file);
            var rows = GridRowType().Matches(markup).Select(m => m.Groups[1].Value).Distinct()
                .SelectMany(name => types.Where(t => t.Name == name)).ToList();
            foreach (var column in markup.Split("<PropertyColumn ").Skip(1).Select(c => c.Split("</Columns>")[0]))
            {
                columns++;
                var property = ColumnProperty().Match(column).Groups[1].Value;
                var shown = rows.Select(r => r.GetProperty(property)?.PropertyType).OfType<Type>().Select(t => Nullable.GetUnderlyingType(t) ?? t);
                if (!column.Contains("<CellTemplate>", StringComparison.Ordinal) && shown.Any(t => t.IsEnum))
                {
                    bare.Add($"{Relative(file)}: {property}");
                }
            }
        }

        Assert.True(columns > 100, $"Only {columns} grid columns found: the scan is broken.");
        Assert.True(bare.Count == 0, "Show these through Labels.Of in a CellTemplate:" + Environment.NewLine + string.Join(Environment.NewLine, bare));
    }

    /// <summary>
    /// A count says its word in the form its number takes (<c>{0} {0:day|days}</c>, see <see cref="Web.Localization.Plurals"/>),
    /// so no text hedges with "(s)" (in Portuguese "(s)", "(ns)", "(is)", "(ões)"), and every choice gives a singular and a plural.
    /// Nor does a text hedge a person's gender ("desativado(a)"): it says what it did to their access or sessions instead.
    /// </summary>
    [Fact]
    public void NoText_HedgesAPluralOrAGender_AndEveryCountedWordHasItsTwoForms()
    {
        var problems = new List<string>();
        var choices = 0;
        foreach (var resx in SourceFiles("*.resx"))
        {
            foreach (var value in Entries(resx).Values)
            {
                if (Hedge().IsMatch(value))
                {
                    problems.Add($"{Relative(resx)}: \"{value}\" hedges a plural (let the count choose: {{0}} {{0:day|days}}) or a gender (word it about the thing)");
                }
                foreach (var forms in Placeholder().Matches(value).Select(m => m.Value.Trim('{', '}').Split(':', 2)).Where(p => p is [_, var f] && f.Contains('|')).Select(p => p[1]))
                {
                    choices++;
                    if (forms.Split('|') is not [{ Length: > 0 }, { Length: > 0 }])
                    {
                        problems.Add($"{Relative(resx)}: \"{value}\" gives \"{forms}\", not one singular and one plural");
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.True(choices > 50, $"Only {choices} counted words found: the scan is broken.");
    }

    /// <summary>The resource a localizer reads: a <see cref="Web.Localization.ResourceText"/>'s own, else <c>T</c> the app's and <c>L</c> its feature folder's <c>*Text.resx</c>.</summary>
    private static string? ResourceOf(string file, string localizer)
    {
        if (ResourceTextOf().Match(File.ReadAllText(file)) is { Success: true } own && own.Groups[1].Value == localizer)
        {
            return SourceFiles($"{own.Groups[2].Value}.resx").SingleOrDefault();
        }
        if (localizer == "T")
        {
            return Path.Combine(Web, "Localization", "AppText.resx");
        }
        var parts = Relative(file).Split('/');
        return parts is ["Features", var feature, ..]
            ? Directory.EnumerateFiles(Path.Combine(Web, "Features", feature), "*Text.resx").SingleOrDefault()
            : null;
    }

    /// <summary>The literal keys of <c>T["…"]</c> and <c>L["…"]</c>: every string before the first argument's comma (both sides of a <c>?:</c>).</summary>
    internal static IEnumerable<(string Localizer, string Key)> KeysUsed(string source)
    {
        foreach (Match use in LocalizerUse().Matches(source))
        {
            var start = use.Index + use.Length;
            var (depth, i, inString) = (1, start, false);
            while (i < source.Length && depth > 0)
            {
                var c = source[i];
                if (inString)
                {
                    if (c == '\\') { i++; }
                    else if (c == '"') { inString = false; }
                }
                else if (c == '"') { inString = true; }
                else if (c is '[' or '(') { depth++; }
                else if (c is ']' or ')') { depth--; }
                else if (c == ',' && depth == 1) { break; }
                i++;
            }
            var key = source[start..Math.Max(start, i - (depth == 0 ? 1 : 0))];
            // An interpolated key ($"Source.{type}") is built at run time: the test of its caller lists what it may be.
            foreach (Match literal in StringLiteral().Matches(key).Where(l => l.Index == 0 || key[l.Index - 1] != '$'))
            {
                yield return (use.Groups[1].Value, Unescape(literal.Groups[1].Value));
            }
        }
    }

    /// <summary>The text a component writes as it is: its content, its markup and its visible attributes (labels, titles…).</summary>
    internal static IEnumerable<string> LiteralTexts(string generatedCode)
    {
        var code = string.Join('\n', generatedCode.Split('\n').Where(l => !l.TrimStart().StartsWith('#')));
        foreach (Match content in AddContent().Matches(code))
        {
            yield return Unescape(content.Groups[1].Value);
        }
        foreach (Match markup in AddMarkup().Matches(code))
        {
            var html = Regex.Replace(Unescape(markup.Groups[1].Value), "<(script|style)[^>]*>.*?</\\1>", "", RegexOptions.Singleline);
            foreach (Match attribute in VisibleHtmlAttribute().Matches(html))
            {
                yield return attribute.Groups[2].Value;
            }
            yield return System.Net.WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]*>", " "));
        }
        foreach (Match attribute in AddAttribute().Matches(code))
        {
            var name = attribute.Groups[1].Success ? attribute.Groups[1].Value : attribute.Groups[2].Value;
            if (VisibleAttributes.Contains(name))
            {
                yield return Unescape(attribute.Groups[3].Value);
            }
        }
    }

    /// <summary>
    /// Strings of the components' C# (<c>@(x ?? "no e-mail")</c>, a snackbar's message, a dialog's title) that read as
    /// words: with a space or a full stop, or one capitalized word a <c>?:</c> chooses (<c>@(all ? "All" : n)</c>); not a key
    /// already asked for, not an attribute that is not shown, not a log line.
    /// </summary>
    internal static IEnumerable<string> SentencesInCode(string generatedCode)
    {
        var code = string.Join('\n', generatedCode.Split('\n').Where(l => !l.TrimStart().StartsWith('#')));
        var keys = KeysUsed(code).Select(k => k.Key).ToHashSet();
        var handled = new HashSet<int>();
        foreach (var regex in new[] { AddContent(), AddMarkup(), AddAttribute() })
        {
            foreach (Match call in regex.Matches(code))
            {
                handled.Add(call.Groups[call.Groups.Count - 1].Index);
            }
        }
        foreach (Match literal in StringLiteral().Matches(code))
        {
            var text = Unescape(literal.Groups[1].Value);
            if (literal.Index > 0 && code[literal.Index - 1] == '$')
            {
                // What an interpolated string adds to its holes: "{name} ({roles})" adds no words.
                text = Hole().Replace(text, "");
            }
            var before = code[Math.Max(0, literal.Index - 40)..literal.Index];
            // One word is shown when chosen by a ?: or given as a chart series' or an item's name.
            var shown = Sentence().IsMatch(text) || (OneWord().IsMatch(text) && (before.TrimEnd() is [.., '?' or ':'] || ShownProperty().IsMatch(before)));
            if (!handled.Contains(literal.Groups[1].Index) && !keys.Contains(text) && shown && !text.StartsWith('/') && !CssDeclaration().IsMatch(text)
                && !before.Contains("Log", StringComparison.Ordinal) && !before.Contains("Exception(", StringComparison.Ordinal))
            {
                yield return text;
            }
        }
    }

    private static readonly HashSet<string> VisibleAttributes =
    [
        "DataLabel", "Label", "Title", "Text", "HelperText", "Placeholder", "placeholder", "aria-label", "AriaLabel", "title", "alt",
        "AdornmentText", "Subtitle", "ErrorText", "Tooltip", "ButtonText",
    ];

    /// <summary>The holes a text fills ("{0", "{1"): a translation may write a value its own way ("{0:dd/MM/yyyy}").</summary>
    private static HashSet<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value.Split(':', ',', '}')[0]).ToHashSet();

    private static string Unescape(string literal) => Regex.Unescape(literal);

    /// <summary><c>ResourceText L = new(typeof(Labels))</c>: a class reading its own resource.</summary>
    [GeneratedRegex(@"ResourceText ([TL]) = new\(typeof\((\w+)\)\)")]
    private static partial Regex ResourceTextOf();

    [GeneratedRegex(@"\b([TL])\[")]
    private static partial Regex LocalizerUse();

    [GeneratedRegex(@"(?<![@\w])""((?:[^""\\]|\\.)*)""")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\{\d+(?:[:,][^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\p{L}{2,}.*(\s|\.$)|\s.*\p{L}{2,}")]
    private static partial Regex Sentence();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}+$")]
    private static partial Regex OneWord();

    [GeneratedRegex(@"\b(Name|Label|Title|Text)\s*=\s*$")]
    private static partial Regex ShownProperty();

    [GeneratedRegex(@"\{(?:[^{}]|\{[^{}]*\})*\}")]
    private static partial Regex Hole();

    [GeneratedRegex(@"^([a-z-]+:\s*[^;]+;\s*)*[a-z-]+:\s*[^;]+;?$")]
    private static partial Regex CssDeclaration();

    [GeneratedRegex(@"\p{L}")]
    private static partial Regex Letters();

    [GeneratedRegex(@"\p{L}\((s|ns|is|es|ões|a|o)\)")]
    private static partial Regex Hedge();

    [GeneratedRegex(@"#pragma checksum ""([^""]+)""")]
    private static partial Regex PragmaPath();

    [GeneratedRegex(@"\.AddContent\(\d+, ""((?:[^""\\]|\\.)*)""\)")]
    private static partial Regex AddContent();

    [GeneratedRegex(@"\.AddMarkupContent\(\d+, ""((?:[^""\\]|\\.)*)""\)")]
    private static partial Regex AddMarkup();

    [GeneratedRegex(@"\.(?:AddAttribute|AddComponentParameter)\(\d+, (?:""([^""]+)""|nameof\([^;]*?\.\s*(\w+)\s*\)), ""((?:[^""\\]|\\.)*)""\)")]
    private static partial Regex AddAttribute();

    [GeneratedRegex(@"<MudDataGrid\s[^>]*?\bT=""(\w+)""")]
    private static partial Regex GridRowType();

    [GeneratedRegex(@"Property=""\w+ => \w+\.(\w+)""")]
    private static partial Regex ColumnProperty();

    [GeneratedRegex(@"\b(title|aria-label|alt|placeholder)=""([^""]*)""")]
    private static partial Regex VisibleHtmlAttribute();
}
