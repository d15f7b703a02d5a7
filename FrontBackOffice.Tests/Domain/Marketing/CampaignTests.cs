using FrontBackOffice.Domain.Marketing;

namespace FrontBackOffice.Tests.Domain.Marketing;

public class CampaignTests
{
    private static readonly DateOnly March = new(2026, 3, 1);

    [Fact]
    public void TheResults_AreWorkedToTheCent()
    {
        // 2,500.00 spent on 7 leads, 2 of them won; 3 orders invoiced for 8,333.33 net.
        var results = new CampaignResults(2_500m, Leads: 7, Won: 2, Orders: 3, Revenue: 8_333.33m);

        Assert.Equal(0.2857m, results.ConversionRate);
        Assert.Equal(357.14m, results.CostPerLead);
        Assert.Equal(3.33m, results.ReturnOnSpend);
    }

    [Fact]
    public void WithoutLeadsOrBudget_TheRatiosAreNotMade()
    {
        var results = new CampaignResults(0m, 0, 0, 1, 100m);

        Assert.Null(results.ConversionRate);
        Assert.Null(results.CostPerLead);
        Assert.Null(results.ReturnOnSpend);
    }

    [Fact]
    public void ACampaign_IsPlannedBeforeItsFirstDay_RunningThroughItsLast_AndEndedAfter()
    {
        var campaign = new Campaign(new CampaignInput("Spring", " spring-26 ", CampaignChannel.Email, 100m, March, March.AddDays(30), null), "Mia", DateTime.UtcNow);

        Assert.Equal("SPRING-26", campaign.Code);
        Assert.Equal(CampaignState.Planned, campaign.StateOn(March.AddDays(-1)));
        Assert.Equal(CampaignState.Running, campaign.StateOn(March));
        Assert.Equal(CampaignState.Running, campaign.StateOn(March.AddDays(30)));
        Assert.Equal(CampaignState.Ended, campaign.StateOn(March.AddDays(31)));
    }

    [Fact]
    public void ABadCampaign_IsRefusedNextToEachField()
    {
        var errors = new CampaignInput(" ", "x!", (CampaignChannel)99, 10.001m, March, March.AddDays(-1), (Segment)42).Validate();

        Assert.Equal("Name the campaign.", errors.For(nameof(CampaignInput.Name)));
        Assert.Equal("A code has 3 to 20 letters, digits and dashes, like SPRING-26.", errors.For(nameof(CampaignInput.Code)));
        Assert.Equal("Choose the channel.", errors.For(nameof(CampaignInput.Channel)));
        Assert.Equal("The budget has at most two decimals.", errors.For(nameof(CampaignInput.Budget)));
        Assert.Equal("The last day cannot be before the first.", errors.For(nameof(CampaignInput.EndsOn)));
        Assert.Equal("Choose a segment or none.", errors.For(nameof(CampaignInput.TargetSegment)));
    }
}
