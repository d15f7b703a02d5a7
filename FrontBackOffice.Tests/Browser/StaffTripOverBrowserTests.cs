using System.Globalization;
using System.Text;
using FrontBackOffice.Domain.Payroll;
using FrontBackOffice.Domain.Stock;
using FrontBackOffice.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace FrontBackOffice.Tests.Browser;

/// <summary>What staff tripped over in the browser, on a desktop and a 390 px phone.</summary>
[Collection(AppCollection.Name)]
public class StaffTripOverBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task PayrollPickers_OfferDistinctYearsAndTheMonthsByName_StartingAtTheFirstMonthWithoutARun()
    {
        PayPeriod next;
        await using (var db = browser.App.CreateDbContext())
        {
            var taken = (await db.PayrollRuns.ToListAsync()).Where(r => r.HoldsItsMonth).Select(r => r.Period).ToList();
            next = PayPeriod.FirstWithoutRun(taken, PayPeriod.Of(DateOnly.FromDateTime(DateTime.UtcNow)));
        }
        var page = await browser.NewPageAsync();
        await page.OpenAsync("hr@demo.local", "/back/payroll");

        var years = await OptionsOfAsync(page, "[data-testid=run-year]");
        var months = await OptionsOfAsync(page, "[data-testid=run-month]");

        Assert.Equal(years.Count, years.Distinct().Count());
        Assert.True(years.Count >= 4);
        Assert.Equal(CultureInfo.GetCultureInfo("en-US").DateTimeFormat.MonthNames.Take(12), months.Select(m => m.Trim()));
        Assert.Equal(next.Year.ToString(CultureInfo.InvariantCulture), await page.Locator("[data-testid=run-year]").EvaluateAsync<string>("e => (e.value ?? e.textContent).trim()"));
        Assert.Equal(CultureInfo.GetCultureInfo("en-US").DateTimeFormat.GetMonthName(next.Month), await page.Locator("[data-testid=run-month]").EvaluateAsync<string>("e => (e.value ?? e.textContent).trim()"));
    }

    /// <summary>Opens a select, reads its options once they are shown, and closes it again.</summary>
    private static async Task<IReadOnlyList<string>> OptionsOfAsync(IPage page, string select)
    {
        await page.Locator(select).Locator("xpath=ancestor::*[contains(@class,'mud-input-control')][1]").ClickAsync();
        var options = page.Locator(".mud-popover-open .mud-list-item");
        await options.First.WaitForAsync();
        var texts = await options.AllInnerTextsAsync();
        await page.Keyboard.PressAsync("Escape");
        await options.First.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        return texts;
    }

    [Fact]
    public async Task OnAPhone_SignOutIsOnScreen_TheCountGridIsCompact_AndNothingIsWiderThanTheScreen()
    {
        var page = await browser.NewPhonePageAsync();
        await page.OpenAsync("warehouse@demo.local", "/back/stock/counts");
        await page.Locator("[data-testid=counts] tbody tr").First.ClickAsync();
        await page.Locator("[data-testid=count-lines] tbody tr").First.WaitForAsync();

        var signOut = (await page.Locator("[aria-label='Sign out']").BoundingBoxAsync())!;
        Assert.True(signOut.X >= 0 && signOut.X + signOut.Width <= 390, $"Sign out is at {signOut.X} to {signOut.X + signOut.Width} of 390 px.");
        Assert.False(await page.OverflowsSidewaysAsync());
        // Label above value, two pairs to a line, empty cells taking no room: a line of the count is a few lines of text.
        var lines = await page.Locator("[data-testid=count-lines] tbody tr").First.EvaluateAsync<int>(
            "row => new Set([...row.querySelectorAll('td')].filter(td => td.offsetHeight > 0).map(td => Math.round(td.getBoundingClientRect().top))).size");
        Assert.InRange(lines, 1, 3);
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task Money_IsNeverCut_OnTheBackOfficeDashboardAndAPayrollRun(int width)
    {
        int runId;
        await using (var db = browser.App.CreateDbContext())
        {
            runId = await db.PayrollRuns.Where(r => r.State == PayrollRunState.Posted).Select(r => r.Id).FirstAsync();
        }
        var page = await browser.NewPageAsync(width);
        await page.OpenAsync("accounting@demo.local", "/back");
        await page.Locator("[data-testid=stock-value]").WaitForAsync();
        await AssertNothingCutAsync(page);

        await page.GotoAsync($"/back/payroll/{runId}");
        await page.WaitForCircuitAsync();
        await page.Locator("[data-testid=payslips] tbody tr").First.WaitForAsync();
        await AssertNothingCutAsync(page);
        Assert.False(await page.OverflowsSidewaysAsync());
        if (width >= 1280)
        {
            Assert.True(await page.Locator("[data-testid=payslips] table").EvaluateAsync<bool>("t => t.scrollWidth <= t.parentElement.clientWidth"),
                "The payslip grid is wider than the page.");
        }
    }

    private static async Task AssertNothingCutAsync(IPage page)
    {
        var figures = page.Locator(".kpi-value");
        Assert.True(await figures.CountAsync() > 0);
        foreach (var figure in await figures.AllAsync())
        {
            var (text, cut) = (await figure.InnerTextAsync(), await figure.EvaluateAsync<bool>("e => e.scrollWidth > e.clientWidth"));
            Assert.False(cut, $"'{text}' does not fit its tile.");
            Assert.DoesNotContain("…", text);
        }
    }

    [Fact]
    public async Task DarkMode_IsKept_AfterAReload()
    {
        var page = await browser.NewPageAsync();
        await page.OpenAsync("hr@demo.local", "/back");
        await page.Locator("[aria-label='Switch theme'][data-theme=light]").WaitForAsync();

        await page.ClickAsync("[aria-label='Switch theme']");
        await page.Locator("[aria-label='Switch theme'][data-theme=dark]").WaitForAsync();
        await page.ReloadAsync();
        await page.WaitForCircuitAsync();

        await page.Locator("[aria-label='Switch theme'][data-theme=dark]").WaitForAsync();
        await page.ClickAsync("[aria-label='Switch theme']");
        await page.Locator("[aria-label='Switch theme'][data-theme=light]").WaitForAsync();
    }

    [Fact]
    public async Task Snackbar_LeavesThePageHeaderButtonsClear()
    {
        var page = await browser.NewPageAsync();
        await page.OpenAsync("warehouse@demo.local", "/back/stock");
        await page.ClickAsync("[data-testid=new-product]");
        var sku = "SNK-" + Guid.NewGuid().ToString("N")[..8];
        await page.FillAsync("[data-testid=product-sku]", sku);
        await page.FillAsync("[data-testid=product-name]", "Snackbar test");
        await page.ClickAsync("[data-testid=save-product]");

        var snackbar = (await page.Locator(".mud-snackbar", new() { HasText = "Product saved." }).BoundingBoxAsync())!;
        foreach (var button in await page.Locator("#page-title").Locator("xpath=ancestor::div[contains(@class,'mud-stack-row')][1]").Locator("button, a").AllAsync())
        {
            var box = (await button.BoundingBoxAsync())!;
            var overlaps = box.X < snackbar.X + snackbar.Width && snackbar.X < box.X + box.Width && box.Y < snackbar.Y + snackbar.Height && snackbar.Y < box.Y + box.Height;
            Assert.False(overlaps, $"The snackbar covers '{await button.InnerTextAsync()}'.");
        }
    }

    [Fact]
    public async Task TrialBalance_WhenTheRangeIsRefused_ShowsTheReasonAndNoFiguresOfAnotherRange()
    {
        var page = await browser.NewPageAsync();
        await page.OpenAsync("accounting@demo.local", "/back/ledger/trial-balance");
        await page.Locator("[data-testid=trial-balance]").WaitForAsync();

        await page.FillAsync("[data-testid=from]", "01/31/2026");
        await page.FillAsync("[data-testid=to]", "01/01/2026");
        await page.Keyboard.PressAsync("Tab");
        await page.GetByText("Show", new() { Exact = true }).ClickAsync();

        await page.GetByText("The end of the range comes before its start.").WaitForAsync();
        Assert.Equal(0, await page.Locator("[data-testid=trial-balance]").CountAsync());
    }

    [Fact]
    public async Task Count_ApprovingOneOfTwoLargeVariances_SaysOneStillWaits_AndARefusedFileLeavesNoTrace()
    {
        var page = await browser.NewPageAsync();
        await page.OpenAsync("warehouse@demo.local", "/back/stock/counts");
        await page.ClickAsync("[data-testid=open-count]");
        await page.Locator("#page-title", new() { HasText = "at Main warehouse" }).WaitForAsync();
        string[] skus;
        await using (var db = browser.App.CreateDbContext())
        {
            var count = await db.CountSessions.Where(s => s.State == CountState.Open).OrderByDescending(s => s.Id).FirstAsync();
            var lines = await db.CountLines.Where(l => l.SessionId == count.Id).ToListAsync();
            var costs = await db.Products.ToDictionaryAsync(p => p.Id, p => p.UnitCost);
            skus = lines.Where(l => l.SystemQuantity * costs[l.ProductId] > 600m).OrderBy(l => l.Sku).Take(2).Select(l => l.Sku).ToArray();
        }

        await UploadAsync(page, "refused-count.csv", "sku,counted\nNOPE,1\n");
        await page.Locator("[data-testid=import-errors]").WaitForAsync();
        Assert.False((await page.ContentAsync()).Contains("refused-count.csv", StringComparison.Ordinal));

        await UploadAsync(page, "count.csv", $"sku,counted\n{skus[0]},0\n{skus[1]},0\n");
        await page.Locator(".mud-snackbar", new() { HasText = "2 counted quantities imported." }).WaitForAsync();
        await page.ClickAsync("[data-testid=submit-count]");
        await page.Locator("[data-testid=count-state][data-state=AwaitingApproval]").WaitForAsync();
        await page.Locator("[data-testid=approval-summary]", new() { HasText = "2 lines wait" }).WaitForAsync();

        await page.ClickAsync($"[data-approve='{skus[0]}']");

        await page.Locator("[data-testid=approval-summary]", new() { HasText = "1 line waits" }).WaitForAsync();
        Assert.DoesNotContain("2 lines", await page.InnerTextAsync(".mud-main-content"));
    }

    [Fact]
    public async Task NegativeCount_IsRefusedNextToItsCell_AndNothingIsSaved()
    {
        var page = await browser.NewPageAsync();
        await page.OpenAsync("warehouse@demo.local", "/back/stock/counts");
        await page.Locator("[data-testid=counts] tbody tr", new() { HasText = "City outlet" }).First.ClickAsync();
        var cell = page.Locator("[data-testid=count-lines] input[data-sku]").First;
        var sku = await cell.GetAttributeAsync("data-sku");

        await cell.FillAsync("-3");
        await cell.PressAsync("Tab");

        var row = page.Locator("[data-testid=count-lines] tbody tr").Filter(new() { Has = page.Locator($"input[data-sku='{sku}']") });
        await row.Locator(".mud-input-helper-text", new() { HasText = "A counted quantity cannot be negative." }).WaitForAsync();
        Assert.Equal(0, await page.Locator("[data-testid=problem]").CountAsync());
        await using var db = browser.App.CreateDbContext();
        Assert.DoesNotContain(await db.CountLines.Where(l => l.Sku == sku).Select(l => l.Counted).ToListAsync(), c => c < 0);
    }

    private static async Task UploadAsync(IPage page, string name, string csv)
    {
        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.ClickAsync("text=Import sku,counted"));
        await chooser.SetFilesAsync(new FilePayload { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
    }
}
