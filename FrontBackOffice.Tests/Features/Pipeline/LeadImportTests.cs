using System.Text;
using FrontBackOffice.Domain.Pipeline;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Features.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Tests.Features.Pipeline;

[Collection(AppCollection.Name)]
public class LeadImportTests(DemoApp app)
{
    private ServiceCaller<LeadService> Leads => app.As<LeadService>("marketing@demo.local");

    private static MemoryStream File(params string[] lines) => new(Encoding.UTF8.GetBytes(string.Join("\n", [LeadFile.Header, .. lines])));

    [Fact]
    public async Task AFileWithOneBadLine_ImportsNothing_AndSaysWhichLine()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        await using var file = File($"Good One,,one.{tag}@example.com,,,Event,", $"No Contact {tag},,,,,Event,");

        var refused = await Assert.ThrowsAsync<ImportRefusedException>(() => Leads.RunAsync(s => s.ImportAsync(file)));

        Assert.Equal(1, refused.BadLines);
        Assert.StartsWith("Line 3: Give an e-mail or a phone", refused.Errors.Single().ToString());
        await using var db = app.CreateDbContext();
        Assert.False(await db.Leads.AnyAsync(l => l.Email == $"one.{tag}@example.com"));
    }

    [Fact]
    public async Task AGoodFile_ImportsEveryLead_AndFlagsTheOnesWhoseEmailOrTaxNumberIsKnown()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var customerId = await app.CustomerAsync();
        string taxNumber;
        await using (var db = app.CreateDbContext())
        {
            taxNumber = await db.Customers.Where(c => c.Id == customerId).Select(c => c.TaxNumber).SingleAsync();
        }
        await Leads.RunAsync(s => s.CreateAsync(new LeadDetails("Known", null, $"known.{tag}@example.com", null, null, LeadSource.Website, null)));
        await using var file = File(
            $"New Person {tag},Company {tag},new.{tag}@example.com,,,Referral,\"Met at the fair, stand 4\"",
            $"Known Again {tag},,KNOWN.{tag}@example.com,,,Website,",
            $"Customer Buyer {tag},Customer Co,,+31 20 555 0000,{taxNumber.ToLowerInvariant()},Event,");

        var import = await Leads.RunAsync(s => s.ImportAsync(file));

        Assert.Equal(3, import.Imported);
        Assert.Equal([3, 4], import.PossibleDuplicateLines);
        await using var check = app.CreateDbContext();
        var imported = await check.Leads.Where(l => l.Name.EndsWith(tag)).OrderBy(l => l.Id).ToListAsync();
        Assert.Equal(["New Person", "Known Again", "Customer Buyer"], imported.Select(l => l.Name[..^(tag.Length + 1)]));
        Assert.Equal("Met at the fair, stand 4", imported[0].Notes);
        Assert.All(imported, l => Assert.Equal((LeadStatus.New, "Mia Marketing"), (l.Status, l.CreatedBy)));
        Assert.Equal(taxNumber, imported[2].TaxNumber);
    }
}
