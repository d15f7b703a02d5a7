using System.Text;
using System.Text.RegularExpressions;
using FrontBackOffice.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace FrontBackOffice.Tests.Browser;

/// <summary>What the fault test found in the browser: a second click, a locked database, a wrong failure, a huge file.</summary>
[Collection(AppCollection.Name)]
public partial class HardeningBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task DoubleClickingCreateOrder_CreatesOneOrder()
    {
        var customerName = $"Twice Customer {Guid.NewGuid().ToString("N")[..6]}";
        var customerId = await browser.App.CustomerAsync(customerName);
        var (productId, _) = await browser.App.ProductInStockAsync(10);
        string sku;
        await using (var db = browser.App.CreateDbContext())
        {
            sku = await db.Products.Where(p => p.Id == productId).Select(p => p.Sku).SingleAsync();
        }
        var page = await browser.NewPageAsync();
        await page.OpenAsync("sales@demo.local", "/front/orders/new");
        await page.PickAsync("[data-testid=customer]", customerName[..18], customerName);
        await page.PickAsync("[data-line='0'] [data-testid=product]", sku, sku);
        await page.FillAsync("[data-line='0'] input[data-testid=quantity]", "1");

        await page.DblClickAsync("[data-testid=save-order]");

        await page.WaitForURLAsync(OrderPage());
        await page.Locator("#page-title", new() { HasText = "Order SO-" }).WaitForAsync();
        await using var check = browser.App.CreateDbContext();
        Assert.Equal(1, await check.SalesOrders.CountAsync(o => o.CustomerId == customerId));
    }

    [Fact]
    public async Task SavingACustomer_WhileTheDatabaseIsLocked_SaysItIsBusy_AndTheDialogStaysUsable()
    {
        var name = $"Locked Out Ltd {Guid.NewGuid().ToString("N")[..6]}";
        var page = await browser.NewPageAsync();
        await page.OpenAsync("sales@demo.local", "/front/customers");
        await page.ClickAsync("[data-testid=new-customer]");
        await page.FillAsync("[data-testid=customer-dialog] input[data-testid=name]", name);
        await page.FillAsync("[data-testid=customer-dialog] input[data-testid=tax-number]", "NL123456789B01");

        await using (await TestDatabase.HoldWritesAsync(browser.App.DataFolder, "Customers", "Submission"))
        {
            await page.ClickAsync("[data-testid=save-customer]");

            await page.Locator("[data-testid=customer-dialog] [data-testid=problem]", new() { HasText = "The database is busy: nothing was saved." }).WaitForAsync();
        }

        await page.ClickAsync("[data-testid=save-customer]");

        await page.Locator(".mud-snackbar", new() { HasText = "Customer saved." }).WaitForAsync();
        await page.Locator("[data-testid=customer-dialog]").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await using var db = browser.App.CreateDbContext();
        Assert.Equal(1, await db.Customers.CountAsync(c => c.Name == name));
    }

    [Fact]
    public async Task CreatingAProduct_BeforeTheProductsTabWasOpened_SaysSaved_AndNothingElse()
    {
        var sku = "NEW-" + Guid.NewGuid().ToString("N")[..8];
        var page = await browser.NewPageAsync();
        await page.OpenAsync("warehouse@demo.local", "/back/stock");
        await page.ClickAsync("[data-testid=new-product]");
        await page.FillAsync("[data-testid=product-sku]", sku);
        await page.FillAsync("[data-testid=product-name]", "Never opened the tab");

        await page.ClickAsync("[data-testid=save-product]");

        await page.Locator(".mud-snackbar", new() { HasText = "Product saved." }).WaitForAsync();
        await page.ClickAsync(".mud-tab:has-text('Products')");
        await page.FillAsync("[data-testid=products] input[placeholder='Search SKU or name']", sku);
        await page.Locator("[data-testid=products] tbody tr", new() { HasText = sku }).WaitForAsync();
        Assert.Equal(0, await page.Locator("[data-testid=failure]").CountAsync());
    }

    [Fact]
    public async Task ACountFileOverTheSizeLimit_IsRefusedWithAMessageSayingSo()
    {
        var page = await browser.NewPageAsync();
        await page.OpenAsync("warehouse@demo.local", "/back/stock/counts");
        await page.Locator("[data-testid=counts] tbody tr", new() { HasText = "City outlet" }).First.ClickAsync();
        await page.Locator("[data-testid=count-lines] tbody tr").First.WaitForAsync();
        var line = Encoding.UTF8.GetBytes("UNKNOWN-SKU-0000000000,1\n");
        var file = new byte[11 * 1024 * 1024];
        for (var at = 0; at + line.Length <= file.Length; at += line.Length)
        {
            line.CopyTo(file, at);
        }

        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.ClickAsync("text=Import sku,counted"));
        await chooser.SetFilesAsync(new FilePayload { Name = "huge.csv", MimeType = "text/csv", Buffer = file });

        await page.Locator("[data-testid=import-errors]", new() { HasText = "The file is larger than 10 MB, the most a count file may have." }).WaitForAsync();
        Assert.Equal(0, await page.Locator("[data-testid=failure]").CountAsync());
    }

    [GeneratedRegex(@"/front/orders/\d+$")]
    private static partial Regex OrderPage();
}
