using FrontBackOffice.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Tests.Browser;

[Collection(AppCollection.Name)]
public class SegmentationBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task MarketingRunsTheSegmentation_FromItsJobsPage_AndSalesSeesTheCustomersSegmentAndHistory()
    {
        var marketing = await browser.NewPageAsync();
        await marketing.OpenAsync("marketing@demo.local", "/front/jobs");
        await marketing.Locator("[data-testid=next-run]").WaitForAsync();
        var runsBefore = await marketing.Locator("[data-run]").CountAsync();

        await marketing.ClickAsync("[data-testid=run-segmentation]");

        var newest = marketing.Locator("[data-testid=job-runs] tbody tr").First;
        await marketing.Locator("[data-run]").Nth(runsBefore).WaitForAsync();
        await newest.Locator("[data-state=Succeeded]").WaitForAsync(new() { Timeout = 60_000 });
        Assert.Contains("Customer segmentation", await newest.InnerTextAsync());
        Assert.Contains("Mia Marketing", await newest.InnerTextAsync());
        Assert.Equal(0, await marketing.Locator("text=Replenishment planning").CountAsync());

        int customerId;
        await using (var db = browser.App.CreateDbContext())
        {
            customerId = await db.CustomerSegments.OrderBy(s => s.CustomerId).Select(s => s.CustomerId).FirstAsync();
        }
        var sales = await browser.NewPageAsync();
        await sales.OpenAsync("sales@demo.local", $"/front/customers/{customerId}");
        await sales.Locator("[data-testid=customer-segment] [data-segment]").WaitForAsync();
        Assert.True(await sales.Locator("[data-testid=segment-change]").CountAsync() >= 1);
    }
}
