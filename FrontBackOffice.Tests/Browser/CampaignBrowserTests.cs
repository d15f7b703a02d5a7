using System.Text.RegularExpressions;
using FrontBackOffice.Tests.Infrastructure;

namespace FrontBackOffice.Tests.Browser;

/// <summary>A campaign as Marketing runs it: planned in the browser, an order entered with its code, and what it earned.</summary>
[Collection(AppCollection.Name)]
public partial class CampaignBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task MarketingPlansACampaign_SalesEntersAnOrderWithItsCode_AndTheResultsCountIt()
    {
        var code = "B-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var marketing = await browser.NewPageAsync();
        await marketing.OpenAsync("marketing@demo.local", "/front/marketing/campaigns");
        await marketing.ClickAsync("[data-testid=new-campaign]");
        await marketing.FillAsync("[data-testid=campaign-dialog] input[data-testid=campaign-name]", $"Browser campaign {code}");
        await marketing.FillAsync("[data-testid=campaign-dialog] input[data-testid=campaign-code]", "x");
        await marketing.FillAsync("[data-testid=campaign-dialog] input[data-testid=campaign-budget]", "800");
        await marketing.ClickAsync("[data-testid=save-campaign]");
        await marketing.Locator("[data-testid=campaign-dialog]", new() { HasText = "A code has 3 to 20 letters" }).WaitForAsync();
        await marketing.FillAsync("[data-testid=campaign-dialog] input[data-testid=campaign-code]", code);
        await marketing.ClickAsync("[data-testid=save-campaign]");
        await marketing.WaitForURLAsync(CampaignPage());
        var campaignUrl = marketing.Url;
        await marketing.Locator("[data-testid=kpi-orders]", new() { HasText = "0" }).WaitForAsync();

        var customer = $"Campaign Buyer {code}";
        var sales = await browser.NewOrderFormAsync(customer, 40m);
        await sales.FillAsync("input[data-testid=campaign-code]", code.ToLowerInvariant());
        await sales.ClickAsync("[data-testid=save-order]");
        await sales.WaitForURLAsync(new Regex(@"/front/orders/\d+$"));
        await sales.Locator("[data-testid=order-campaign]", new() { HasText = code }).WaitForAsync();
        await sales.ClickAsync("[data-testid=confirm]");
        await sales.Locator("[data-status=Confirmed]").WaitForAsync();

        await marketing.GotoAsync(campaignUrl);
        await marketing.WaitForCircuitAsync();
        await marketing.Locator("[data-testid=kpi-orders]", new() { HasText = "1" }).WaitForAsync();
        await marketing.Locator("[data-testid=campaign-chart]").WaitForAsync();
        Assert.Contains("800.00", await marketing.InnerTextAsync("[data-testid=kpi-budget]"));
    }

    [Fact]
    public async Task MarketingsHome_ShowsThePipelineAndTheCampaignsRunning_AndNoLinkToPagesItMayNotOpen()
    {
        var page = await browser.NewPageAsync();
        await page.OpenAsync("marketing@demo.local", "/front");

        await page.Locator("[data-testid=campaign-WELCOME]").WaitForAsync();
        await page.Locator("[data-testid=stage-Negotiation]").WaitForAsync();
        Assert.Equal("A", await page.Locator("[data-testid=campaign-WELCOME]").EvaluateAsync<string>("e => e.tagName"));
        Assert.NotEqual("A", await page.Locator("[data-testid=open-complaints]").EvaluateAsync<string>("e => e.tagName"));
        Assert.Equal(0, await page.Locator("a[href='/front/complaints']").CountAsync());
    }

    [Theory]
    [InlineData("/front/marketing/campaigns", "[data-testid=campaigns] tbody tr")]
    [InlineData("/front/marketing/campaigns/1", "[data-testid=campaign-results]")]
    [InlineData("/front", "[data-testid=campaign-tiles]")]
    public async Task CampaignPages_FitAPhoneInDarkMode_WithNoAmountCut(string path, string content)
    {
        var page = await browser.NewPageAsync(width: 390, height: 844, dark: true);
        await page.OpenAsync("marketing@demo.local", path);
        await page.Locator(content).First.WaitForAsync();

        Assert.False(await page.OverflowsSidewaysAsync(), $"{path} is wider than the phone.");
        foreach (var amount in await page.Locator(".num, .kpi-value").AllAsync())
        {
            Assert.False(await amount.EvaluateAsync<bool>("e => e.scrollWidth > e.clientWidth"), $"'{await amount.InnerTextAsync()}' is cut on {path}.");
        }
    }

    [GeneratedRegex(@"/front/marketing/campaigns/\d+$")]
    private static partial Regex CampaignPage();
}
