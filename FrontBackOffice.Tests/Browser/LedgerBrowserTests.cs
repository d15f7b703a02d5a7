using FrontBackOffice.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace FrontBackOffice.Tests.Browser;

/// <summary>The demo company two days later: the demo seed closed the books up to its yesterday, so two days are open.</summary>
public sealed class TwoDaysLaterFixture() : BrowserFixture(new AppFactory { Clock = new FakeTimeProvider(DateTimeOffset.UtcNow) })
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        App.Clock!.Advance(TimeSpan.FromDays(2));
    }
}

[Collection(AppCollection.Name)]
public class LedgerBrowserTests(TwoDaysLaterFixture browser) : IClassFixture<TwoDaysLaterFixture>
{
    [Fact]
    public async Task AccountingTriggersTheClose_WatchesItFinish_AndTheTrialBalanceBalances()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("accounting@demo.local");
        await page.WaitForURLAsync("**/back");
        await page.GotoAsync("/back/jobs");
        await page.WaitForCircuitAsync();
        await page.Locator("[data-testid=next-run]").WaitForAsync();
        var runsBefore = await page.Locator("[data-run]").CountAsync();

        await page.ClickAsync("[data-testid=run-nightly]");

        var newest = page.Locator("[data-testid=job-runs] tbody tr").First;
        await page.Locator("[data-run]").Nth(runsBefore).WaitForAsync();
        await newest.Locator("[data-state=Succeeded]").WaitForAsync(new() { Timeout = 60_000 });
        Assert.Contains("Closed 2 days", await newest.InnerTextAsync());
        Assert.Contains("Accounting", await newest.InnerTextAsync());

        await page.GotoAsync("/back/ledger/trial-balance");
        await page.WaitForCircuitAsync();
        await page.Locator("[data-testid=balanced]").WaitForAsync();
        var debit = await page.InnerTextAsync("[data-testid=total-debit]");
        Assert.Equal(debit, await page.InnerTextAsync("[data-testid=total-credit]"));
        Assert.NotEqual("0.00 EUR", debit);
    }
}
