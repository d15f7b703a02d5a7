using System.Text;
using FrontBackOffice.Domain.Stock;
using FrontBackOffice.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace FrontBackOffice.Tests.Browser;

[Collection(AppCollection.Name)]
public class StockCountBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Sku = "CFE-MCH";

    [Fact]
    public async Task WarehouseImportsACount_FixesABadLine_SubmitsAndApproves_AndTheAdjustmentIsInStockAndTheLedger()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("warehouse@demo.local");
        await page.WaitForURLAsync("**/back");
        await page.GotoAsync("/back/stock/counts");
        await page.WaitForCircuitAsync();
        await page.ClickAsync("[data-testid=open-count]");
        await page.Locator("#page-title", new() { HasText = "at Main warehouse" }).WaitForAsync();

        int system;
        await using (var db = browser.App.CreateDbContext())
        {
            var count = await db.CountSessions.Where(s => s.State == CountState.Open).OrderByDescending(s => s.Id).FirstAsync();
            system = await db.CountLines.Where(l => l.SessionId == count.Id && l.Sku == Sku).Select(l => l.SystemQuantity).SingleAsync();
        }
        var counted = system - 2;

        await UploadAsync(page, $"sku,counted\n{Sku},{counted}\nNOPE,1\n");
        var errors = page.Locator("[data-testid=import-errors]");
        await errors.WaitForAsync();
        Assert.Contains("Line 3: Unknown SKU 'NOPE'.", await errors.InnerTextAsync());

        await UploadAsync(page, $"sku,counted\n{Sku},{counted}\n");
        await page.Locator(".mud-snackbar", new() { HasText = "1 counted quantity imported." }).WaitForAsync();
        Assert.Equal(0, await errors.CountAsync());

        await page.ClickAsync("[data-testid=submit-count]");
        await page.Locator("[data-testid=count-state][data-state=AwaitingApproval]").WaitForAsync(new() { Timeout = 60_000 });
        await page.ClickAsync("[data-testid=approve-all]");
        await page.Locator("[data-testid=count-state][data-state=Closed]").WaitForAsync(new() { Timeout = 60_000 });

        await page.GotoAsync("/back/stock");
        await page.WaitForCircuitAsync();
        await page.FillAsync("[data-testid=levels] input", Sku);
        var row = page.Locator("[data-testid=levels] tr", new() { HasText = "MAIN" }).Filter(new() { HasText = Sku });
        await row.Locator($"td:has-text('{counted}')").First.WaitForAsync();

        var accounting = await browser.NewPageAsync();
        await accounting.SignInAsync("accounting@demo.local");
        await accounting.WaitForURLAsync("**/back");
        await accounting.GotoAsync("/back/ledger");
        await accounting.WaitForCircuitAsync();
        await accounting.Locator("[data-testid=journal] tr", new() { HasText = "Stock count #" }).First.WaitForAsync();
    }

    /// <summary>Clicks the import button and picks the file in the browser's file chooser, as a user does.</summary>
    private static async Task UploadAsync(IPage page, string csv)
    {
        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.ClickAsync("text=Import sku,counted"));
        await chooser.SetFilesAsync(new FilePayload { Name = "count.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
    }
}
