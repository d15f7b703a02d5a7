using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Customers;
using FrontBackOffice.Domain.Pipeline;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Features.Pipeline;
using FrontBackOffice.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Tests.Features.Pipeline;

[Collection(AppCollection.Name)]
public class PipelineServiceTests(DemoApp app)
{
    private static readonly OpportunityTerms Terms = new("Eight workplaces", 7_450.50m, new DateOnly(2026, 12, 31));

    private ServiceCaller<LeadService> Leads(string email = "marketing@demo.local") => app.As<LeadService>(email);

    private ServiceCaller<PipelineService> Pipeline(string email = "sales@demo.local") => app.As<PipelineService>(email);

    private static LeadDetails Details(string? taxNumber = null, string? email = null)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        return new LeadDetails($"Person {tag}", $"Company {tag}", email ?? $"buyer.{tag}@example.com", null, taxNumber, LeadSource.Event, null);
    }

    private async Task<OpportunityCard> QualifiedAsync(LeadDetails details)
    {
        var leadId = await Leads().RunAsync(s => s.CreateAsync(details));
        var lead = await Leads("sales@demo.local").RunAsync(s => s.GetAsync(leadId));
        var id = await Leads("sales@demo.local").RunAsync(s => s.QualifyAsync(leadId, lead.Version, Terms));
        return await CardAsync(id);
    }

    private async Task<OpportunityCard> CardAsync(int id) =>
        (await Pipeline().RunAsync(s => s.BoardAsync())).SelectMany(c => c.Cards).Single(c => c.Id == id);

    [Fact]
    public async Task AQualifiedLead_IsOnTheBoard_InItsFirstColumn_CountedAndSummed()
    {
        var before = (await Pipeline().RunAsync(s => s.BoardAsync())).Single(c => c.Stage == PipelineStage.Qualification);

        var card = await QualifiedAsync(Details());
        var after = (await Pipeline("marketing@demo.local").RunAsync(s => s.BoardAsync())).Single(c => c.Stage == PipelineStage.Qualification);

        Assert.Equal(PipelineStage.Qualification, card.Stage);
        Assert.Equal((before.Count + 1, before.Value + 7_450.50m), (after.Count, after.Value));
        Assert.StartsWith("Company ", card.Party);
        Assert.Equal("Sam Sales", card.Owner);
    }

    [Fact]
    public async Task Moving_AnOpportunityReadBeforeSomeoneElseMovedIt_IsAConflict_NotALostMove()
    {
        var card = await QualifiedAsync(Details());

        await Pipeline().RunAsync(s => s.MoveAsync(card.Id, card.Version, PipelineStage.Proposal));
        var stale = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Pipeline().RunAsync(s => s.MoveAsync(card.Id, card.Version, PipelineStage.Negotiation)));

        Assert.Contains("Someone else moved this opportunity", stale.Message);
        Assert.Equal(PipelineStage.Proposal, (await CardAsync(card.Id)).Stage);
    }

    [Fact]
    public async Task Winning_ForAPartyThatIsNoCustomer_AddsTheCustomerWithTheTaxNumberGiven_InTheSameStep()
    {
        var details = Details();
        var card = await QualifiedAsync(details);

        var missing = await Assert.ThrowsAsync<InvalidInputException>(() => Pipeline().RunAsync(s => s.WinAsync(card.Id, card.Version, null)));
        Assert.Equal("Enter the customer's tax number.", missing.Errors.For(nameof(CustomerDetails.TaxNumber)));
        Assert.True((await CardAsync(card.Id)).Stage == PipelineStage.Qualification, "A refused win changed the opportunity.");

        var taxNumber = "W" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        var customerId = (await Pipeline().RunAsync(s => s.WinAsync(card.Id, card.Version, taxNumber))).CustomerId;

        await using var db = app.CreateDbContext();
        var customer = await db.Customers.SingleAsync(c => c.Id == customerId);
        Assert.Equal((details.Party, taxNumber, details.Email), (customer.Name, customer.TaxNumber, customer.Email));
        var won = await CardAsync(card.Id);
        Assert.Equal((PipelineStage.Won, customerId), (won.Stage, won.CustomerId!.Value));
    }

    [Fact]
    public async Task Winning_ForAPartyThatIsACustomer_ByTaxNumberOrEmail_LinksThatCustomer_AndAddsNone()
    {
        var byTax = await app.CustomerAsync();
        var byEmail = await app.CustomerAsync();
        string taxNumber;
        var email = $"known.{Guid.NewGuid():N}@example.com";
        await using (var db = app.CreateDbContext())
        {
            taxNumber = await db.Customers.Where(c => c.Id == byTax).Select(c => c.TaxNumber).SingleAsync();
            var reached = await db.Customers.SingleAsync(c => c.Id == byEmail);
            reached.Update(new CustomerDetails(reached.Name, reached.TaxNumber, email, null, null, null, null));
            await db.SaveChangesAsync();
        }
        var first = await QualifiedAsync(Details(taxNumber: taxNumber.ToLowerInvariant()));
        var second = await QualifiedAsync(Details(email: email.ToUpperInvariant()));
        int customers;
        await using (var db = app.CreateDbContext())
        {
            customers = await db.Customers.CountAsync();
        }

        var preview = await Pipeline().RunAsync(s => s.WinPreviewAsync(first.Id));
        Assert.Equal(byTax, (await Pipeline().RunAsync(s => s.WinAsync(first.Id, first.Version, null))).CustomerId);
        Assert.Equal(byEmail, (await Pipeline().RunAsync(s => s.WinAsync(second.Id, second.Version, null))).CustomerId);

        Assert.Equal(byTax, preview.CustomerId);
        await using var check = app.CreateDbContext();
        Assert.Equal(customers, await check.Customers.CountAsync());
    }

    [Fact]
    public async Task Losing_KeepsTheReason_AndReopeningPutsItBackAtTheFirstStage()
    {
        var card = await QualifiedAsync(Details());

        await Pipeline().RunAsync(s => s.LoseAsync(card.Id, card.Version, "Chose a competitor"));
        var lost = await CardAsync(card.Id);
        await Pipeline().RunAsync(s => s.ReopenAsync(card.Id, lost.Version));

        Assert.Equal(PipelineStage.Lost, lost.Stage);
        Assert.Equal(PipelineStage.Qualification, (await CardAsync(card.Id)).Stage);
        await using var db = app.CreateDbContext();
        Assert.Null(await db.Opportunities.Where(o => o.Id == card.Id).Select(o => o.LostReason).SingleAsync());
    }

    [Fact]
    public async Task ALeadWithTheEmailOrTaxNumberOfAnotherLeadOrACustomer_IsFlaggedAsAPossibleDuplicate()
    {
        var customerId = await app.CustomerAsync();
        string taxNumber;
        await using (var db = app.CreateDbContext())
        {
            taxNumber = await db.Customers.Where(c => c.Id == customerId).Select(c => c.TaxNumber).SingleAsync();
        }
        var email = $"twice.{Guid.NewGuid():N}@example.com";
        var first = await Leads().RunAsync(s => s.CreateAsync(Details(email: email)));
        var second = await Leads().RunAsync(s => s.CreateAsync(Details(taxNumber: taxNumber, email: email.ToUpperInvariant())));

        var duplicates = (await Leads().RunAsync(s => s.GetAsync(second))).Duplicates;

        Assert.Contains(duplicates, d => d is { Kind: "Lead", Match: "e-mail" } && d.Id == first);
        Assert.Contains(duplicates, d => d is { Kind: "Customer", Match: "tax number" } && d.Id == customerId);
        Assert.Contains((await Leads().RunAsync(s => s.GetAsync(first))).Duplicates, d => d.Kind == "Lead" && d.Id == second);
    }

    [Fact]
    public async Task ALeadIsQualifiedOnce_ASecondQualifyIsRefusedWithWhatHappened()
    {
        var leadId = await Leads().RunAsync(s => s.CreateAsync(Details()));
        var lead = await Leads().RunAsync(s => s.GetAsync(leadId));

        await Leads().RunAsync(s => s.QualifyAsync(leadId, lead.Version, Terms));
        var refused = await Assert.ThrowsAnyAsync<DomainException>(() => Leads().RunAsync(s => s.QualifyAsync(leadId, lead.Version, Terms)));

        Assert.Equal($"{Lead.NumberOf(leadId)} is qualified: it cannot be qualified.", refused.Message);
        await using var db = app.CreateDbContext();
        Assert.Equal(1, await db.Opportunities.CountAsync(o => o.LeadId == leadId));
    }

    [Fact]
    public async Task ALeadEditedThenQualified_UsesTheVersionReadAfterTheEdit_AndAStaleEditIsAConflict()
    {
        var details = Details();
        var leadId = await Leads().RunAsync(s => s.CreateAsync(details));
        var read = await Leads().RunAsync(s => s.GetAsync(leadId));
        await Leads().RunAsync(s => s.UpdateAsync(leadId, read.Version, details with { Notes = "Called back: wants a quote." }));

        var stale = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Leads().RunAsync(s => s.UpdateAsync(leadId, read.Version, details)));
        var edited = await Leads().RunAsync(s => s.GetAsync(leadId));
        var opportunity = await Leads("sales@demo.local").RunAsync(s => s.QualifyAsync(leadId, edited.Version, Terms));

        Assert.Contains("Someone else changed this lead", stale.Message);
        Assert.Equal("Called back: wants a quote.", edited.Details.Notes);
        Assert.Equal(opportunity, (await Leads().RunAsync(s => s.GetAsync(leadId))).OpportunityId);
    }

    [Fact]
    public async Task Marketing_ReadsThePipeline_ButOnlySalesMovesIt_AndSupportSeesNeitherLeadsNorPipeline()
    {
        var card = await QualifiedAsync(Details());

        await Assert.ThrowsAsync<AccessDeniedException>(() => Pipeline("marketing@demo.local").RunAsync(s => s.MoveAsync(card.Id, card.Version, PipelineStage.Proposal)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Pipeline("marketing@demo.local").RunAsync(s => s.WinAsync(card.Id, card.Version, "X12345")));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Pipeline("support@demo.local").RunAsync(s => s.BoardAsync()));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Leads("support@demo.local").RunAsync(s => s.SearchAsync(new PageRequest())));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Leads("warehouse@demo.local").RunAsync(s => s.CreateAsync(Details())));
    }
}
