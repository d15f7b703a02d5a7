using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Marketing;
using FrontBackOffice.Domain.Orders;
using FrontBackOffice.Domain.Pipeline;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Company;
using FrontBackOffice.Web.Features.Marketing;
using FrontBackOffice.Web.Features.Orders;
using FrontBackOffice.Web.Features.Pipeline;
using FrontBackOffice.Web.Security;
using Microsoft.Extensions.DependencyInjection;

namespace FrontBackOffice.Tests.Features.Marketing;

[Collection(AppCollection.Name)]
public class CampaignServiceTests(DemoApp app)
{
    private ServiceCaller<CampaignService> Campaigns => app.As<CampaignService>("marketing@demo.local");

    private ServiceCaller<OrderService> Orders => app.As<OrderService>("sales@demo.local");

    private DateOnly Today => app.Services.GetRequiredService<BusinessCalendar>().Today;

    private async Task<(int Id, string Code)> CampaignAsync(int startsIn = -3, int endsIn = 10, decimal budget = 1_000m)
    {
        var code = "T-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var id = await Campaigns.RunAsync(s => s.CreateAsync(new CampaignInput($"Test {code}", code, CampaignChannel.Search, budget,
            Today.AddDays(startsIn), Today.AddDays(endsIn), Segment.Champions)));
        return (id, code);
    }

    private async Task<int> OrderAsync(string? code, decimal price, bool invoice)
    {
        var (product, location) = await app.ProductInStockAsync(10, price: price);
        var customer = await app.CustomerAsync();
        var id = await Orders.RunAsync(s => s.CreateDraftAsync(new OrderInput(customer, location, [new OrderLineInput(product, 1, price, 0.21m)], code)));
        await Orders.RunAsync(s => s.ConfirmAsync(id));
        if (invoice)
        {
            await Orders.RunAsync(s => s.ShipAsync(id));
            await Orders.RunAsync(s => s.InvoiceAsync(id));
        }
        return id;
    }

    [Fact]
    public async Task TheResults_CountTheLeadsWonAndOrdersOfTheCampaign_AndTheRevenueInvoiced()
    {
        var (campaign, code) = await CampaignAsync(budget: 1_000m);
        var leads = app.As<LeadService>("marketing@demo.local");
        var first = await leads.RunAsync(s => s.CreateAsync(new LeadDetails("Lead One", null, $"one.{code}@example.com", null, null, LeadSource.Advertising, null, campaign)));
        await leads.RunAsync(s => s.CreateAsync(new LeadDetails("Lead Two", null, $"two.{code}@example.com", null, null, LeadSource.Website, null, campaign)));
        var lead = await leads.RunAsync(s => s.GetAsync(first));
        var opportunity = await app.As<LeadService>("sales@demo.local").RunAsync(s => s.QualifyAsync(first, lead.Version, new OpportunityTerms("Desks", 500m, Today.AddDays(9))));
        var card = (await app.As<PipelineService>("sales@demo.local").RunAsync(s => s.BoardAsync())).SelectMany(c => c.Cards).Single(c => c.Id == opportunity);
        var won = await app.As<PipelineService>("sales@demo.local").RunAsync(s => s.WinAsync(card.Id, card.Version, "W" + code.Replace("-", "")));
        await OrderAsync(code.ToLowerInvariant(), 250m, invoice: true);
        await OrderAsync(code, 100m, invoice: false);
        await OrderAsync(null, 999m, invoice: true);

        var detail = await Campaigns.RunAsync(s => s.GetAsync(campaign));

        Assert.Equal(code, won.CampaignCode);
        Assert.Equal(new CampaignResults(1_000m, Leads: 2, Won: 1, Orders: 2, Revenue: 250m), detail.Results);
        Assert.Equal(0.5m, detail.Results.ConversionRate);
        Assert.Equal(500m, detail.Results.CostPerLead);
        Assert.Equal(0.25m, detail.Results.ReturnOnSpend);
        Assert.Equal(250m, detail.Weeks.Sum(w => w.Revenue));
        Assert.Equal(CampaignState.Running, detail.State);
    }

    [Fact]
    public async Task AnOrderWithAnUnknownOrEndedCampaignCode_IsRefusedNextToTheCode_AndNothingIsSaved()
    {
        var (_, ended) = await CampaignAsync(startsIn: -30, endsIn: -1);
        var (product, location) = await app.ProductInStockAsync(5);
        var customer = await app.CustomerAsync();

        var unknown = await Assert.ThrowsAsync<InvalidInputException>(() => Orders.RunAsync(s =>
            s.CreateDraftAsync(new OrderInput(customer, location, [new OrderLineInput(product, 1, 10m, 0.21m)], "NO-SUCH-CODE"))));
        var late = await Assert.ThrowsAsync<InvalidInputException>(() => Orders.RunAsync(s =>
            s.CreateDraftAsync(new OrderInput(customer, location, [new OrderLineInput(product, 1, 10m, 0.21m)], ended))));

        Assert.Equal("There is no campaign NO-SUCH-CODE.", unknown.Errors.For(nameof(OrderInput.CampaignCode)));
        Assert.StartsWith($"Campaign {ended} runs ", late.Errors.For(nameof(OrderInput.CampaignCode)));
        await using var db = app.CreateDbContext();
        Assert.DoesNotContain(db.SalesOrders, o => o.CustomerId == customer);
    }

    [Fact]
    public async Task ACampaignCode_IsOnceOnly_AndOnlyMarketingKeepsCampaigns()
    {
        var (_, code) = await CampaignAsync();

        var taken = await Assert.ThrowsAsync<InvalidInputException>(() => Campaigns.RunAsync(s => s.CreateAsync(
            new CampaignInput("Again", code.ToLowerInvariant(), CampaignChannel.Email, 1m, Today, Today, null))));

        Assert.StartsWith("This code already belongs to Test ", taken.Errors.For(nameof(CampaignInput.Code)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.As<CampaignService>("sales@demo.local").RunAsync(s => s.SearchAsync(new())));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.As<CampaignService>("accounting@demo.local").RunAsync(s => s.GetAsync(1)));
    }
}
