using System.Xml.Linq;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace FrontBackOffice.Tests.Demo;

/// <summary>The demo company writes its own texts (products, complaints, campaigns, notes) in the language <c>Seed:Language</c> names.</summary>
[Collection(AppCollection.Name)]
public sealed class DemoLanguageTests
{
    private static readonly string Features = Path.Combine(BuiltApp.RepositoryRoot, "FrontBackOffice.Web", "Features");

    /// <summary>Every text of the features' resources in <paramref name="culture"/>: the neutral resource's values for English.</summary>
    private static HashSet<string> TextsIn(string culture) =>
        [.. Directory.EnumerateFiles(Features, culture == "pt-BR" ? "*Text.pt-BR.resx" : "*Text.resx", SearchOption.AllDirectories)
            .Where(f => culture == "pt-BR" || !f.EndsWith(".pt-BR.resx", StringComparison.Ordinal))
            .SelectMany(f => XDocument.Load(f).Root!.Elements("data").Select(d => (string?)d.Element("value") ?? ""))];

    [Theory]
    [InlineData("pt-BR", "Cadeira de escritório, encosto em tela", "Consultoria", "Consulting")]
    [InlineData("en-US", "Task chair, mesh back", "Consulting", "Consultoria")]
    public async Task TheDemoCompany_WritesItsOwnTexts_InTheSeedsLanguage(string language, string chair, string kind, string otherKind)
    {
        await using var app = new AppFactory { RunJobServer = false, Clock = new FakeTimeProvider(DateTimeOffset.UtcNow) };
        app.Settings["Seed:Language"] = language;
        _ = app.Server;
        await using var db = app.CreateDbContext();

        string?[] texts =
        [
            .. await db.Products.Select(p => p.Name).ToListAsync(),
            .. await db.Locations.Select(l => l.Name).ToListAsync(),
            .. await db.Complaints.Select(c => c.Subject).ToListAsync(),
            .. await db.Complaints.Select(c => c.Text).ToListAsync(),
            .. await db.Complaints.Where(c => c.Answer != null).Select(c => c.Answer).ToListAsync(),
            .. await db.ComplaintEvents.Where(e => e.TextFormat == null).Select(e => e.Text).ToListAsync(),
            .. await db.ImprovementActions.Select(a => a.Note).ToListAsync(),
            .. await db.Leads.Select(l => l.Notes).ToListAsync(),
            .. await db.Leads.Select(l => l.DisqualifiedReason).ToListAsync(),
            .. await db.Opportunities.Select(o => o.Title).ToListAsync(),
            .. await db.Opportunities.Select(o => o.LostReason).ToListAsync(),
            .. await db.Campaigns.Select(c => c.Name).ToListAsync(),
            .. await db.Promotions.Select(p => p.Name).ToListAsync(),
            .. await db.Customers.Select(c => c.Notes).ToListAsync(),
            .. await db.Employees.Select(e => e.Department).ToListAsync(),
        ];
        var customers = await db.Customers.Select(c => c.Name).ToListAsync();

        var written = TextsIn(language);
        Assert.True(texts.Count(t => t is not null) > 150, "the demo company has its products, complaints and notes");
        Assert.All(texts.OfType<string>(), t => Assert.Contains(t, written));
        Assert.Contains(chair, texts);
        Assert.Contains(customers, c => c.Contains(kind, StringComparison.Ordinal));
        Assert.DoesNotContain(customers, c => c.Contains(otherKind, StringComparison.Ordinal));
    }

    [Fact]
    public void ALanguageTheAppDoesNotSpeak_IsRefusedAtStart()
    {
        var french = new SeedOptions { Demo = true, Language = "fr-FR" };

        Assert.Equal(["Seed:Language must be one of en-US, pt-BR, not \"fr-FR\"."], french.Problems());
        Assert.Empty(new SeedOptions { Language = "pt-BR" }.Problems());
    }
}
