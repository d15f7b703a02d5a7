using System.Text.RegularExpressions;
using FrontBackOffice.Tests.Infrastructure;

namespace FrontBackOffice.Tests.Browser;

/// <summary>Buying, as the warehouse does it in the browser.</summary>
[Collection(AppCollection.Name)]
public partial class PurchasingBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Warehouse_AddsASupplier_ATakenTaxNumberIsRefusedNextToTheField_ThenTheSupplierPageOpens()
    {
        var unique = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var page = await browser.NewPageAsync();
        await page.OpenAsync("warehouse@demo.local", "/back/purchasing/suppliers");
        await page.ClickAsync("[data-testid=new-supplier]");
        await page.FillAsync("[data-testid=supplier-dialog] input[data-testid=name]", $"Browser Supplies {unique} B.V.");
        await page.FillAsync("[data-testid=supplier-dialog] input[data-testid=tax-number]", "NL 8123 4567 8B01");
        await page.FillAsync("[data-testid=supplier-dialog] input[data-testid=payment-terms]", "45");

        await page.ClickAsync("[data-testid=save-supplier]");

        await page.Locator("[data-testid=supplier-dialog]", new() { HasText = "This tax number already belongs to Nordic Seating B.V." }).WaitForAsync();
        await page.FillAsync("[data-testid=supplier-dialog] input[data-testid=tax-number]", $"NL{unique}B01");
        await page.ClickAsync("[data-testid=save-supplier]");
        await page.WaitForURLAsync(SupplierPage());
        await page.Locator("#page-title", new() { HasText = $"Browser Supplies {unique} B.V." }).WaitForAsync();
        await page.Locator("[data-testid=supplier-terms]", new() { HasText = "45 days after the bill's date" }).WaitForAsync();
    }

    [Fact]
    public async Task APurchase_FromOrderToReceiptToBill_WithAnOverReceiptRefusedUntilConfirmed()
    {
        var warehouse = await browser.NewPageAsync();
        await warehouse.OpenAsync("warehouse@demo.local", "/back/purchasing/orders/new");
        await warehouse.PickAsync("[data-testid=supplier]", "Nordic", "Nordic Seating B.V.");
        await warehouse.PickAsync("[data-line='0'] [data-testid=product]", "CHR-200", "CHR-200");
        await warehouse.FillAsync("[data-line='0'] input[data-testid=quantity]", "5");
        await warehouse.FillAsync("[data-line='0'] input[data-testid=unit-price]", "250");
        await warehouse.ClickAsync("[data-testid=save-po]");
        await warehouse.WaitForURLAsync(PurchaseOrderPage());
        var number = (await warehouse.Locator("#page-title", new() { HasText = "Purchase order PO-" }).InnerTextAsync()).Replace("Purchase order ", "", StringComparison.Ordinal);
        await warehouse.Locator("[data-status=Draft]").WaitForAsync();
        await warehouse.ClickAsync("[data-testid=place-po]");
        await warehouse.Locator("[data-status=Ordered]").WaitForAsync();

        // Three of five arrive; then four more than the two still expected are refused until confirmed.
        await warehouse.ClickAsync("[data-testid=start-receipt]");
        await warehouse.FillAsync("input[data-testid=receive-now]", "3");
        await warehouse.FillAsync("input[data-testid=delivery-note]", "DN-BROWSER");
        await warehouse.ClickAsync("[data-testid=save-receipt]");
        await warehouse.Locator("[data-status=PartiallyReceived]").WaitForAsync();
        await warehouse.Locator("[data-testid=po-receipts]", new() { HasText = "DN-BROWSER" }).WaitForAsync();
        await warehouse.ClickAsync("[data-testid=start-receipt]");
        await warehouse.FillAsync("input[data-testid=receive-now]", "4");
        await warehouse.ClickAsync("[data-testid=save-receipt]");
        await warehouse.Locator("[data-testid=po-lines]", new() { HasText = "4 is more than the 2 still expected" }).WaitForAsync();
        await warehouse.ClickAsync("[data-testid=confirm-over-receipt]");
        await warehouse.ClickAsync("[data-testid=save-receipt]");
        await warehouse.Locator("[data-status=Received]").WaitForAsync();
        Assert.Equal("7", (await warehouse.InnerTextAsync("[data-testid=received]")).Trim());

        // Accounting records the supplier's bill at a slightly higher price; the order is billed.
        var accounting = await browser.NewPageAsync();
        await accounting.OpenAsync("accounting@demo.local", warehouse.Url);
        await accounting.ClickAsync("[data-testid=record-bill]");
        await accounting.FillAsync("[data-testid=bill-dialog] input[data-testid=bill-reference]", $"NS-{number}");
        await accounting.FillAsync("[data-testid=bill-dialog] input[data-testid=bill-price]", "251");
        await accounting.ClickAsync("[data-testid=save-bill]");
        await accounting.Locator("[data-status=Billed]").WaitForAsync();
        // 7 × 251.00 = 1,757.00 billed against 7 × 250.00 = 1,750.00 received: 7.00 above the order's price.
        var bill = accounting.Locator("[data-testid=bills] tbody tr", new() { HasText = $"NS-{number}" });
        Assert.Contains("7.00", await bill.InnerTextAsync());
        await accounting.GotoAsync("/back/purchasing/bills");
        await accounting.WaitForCircuitAsync();
        await accounting.Locator("[data-testid=bills]", new() { HasText = $"NS-{number}" }).WaitForAsync();
    }

    [Theory]
    [InlineData("warehouse@demo.local", "/back/purchasing/orders", "purchase-orders")]
    [InlineData("warehouse@demo.local", "/back/purchasing/orders/1", "po-lines")]
    [InlineData("accounting@demo.local", "/back/purchasing/bills", "bills")]
    [InlineData("accounting@demo.local", "/back/purchasing/suppliers/1", "supplier-orders")]
    public async Task PurchasingPages_FitAPhoneInDarkMode_WithNoAmountCut(string email, string path, string list)
    {
        var page = await browser.NewPageAsync(width: 390, height: 844, dark: true);
        await page.OpenAsync(email, path);
        await page.Locator($"[data-testid={list}] tbody tr").First.WaitForAsync();

        Assert.False(await page.OverflowsSidewaysAsync(), $"{path} is wider than the phone.");
        foreach (var amount in await page.Locator($"[data-testid={list}] td.num").AllAsync())
        {
            Assert.False(await amount.EvaluateAsync<bool>("e => e.scrollWidth > e.clientWidth"), $"'{await amount.InnerTextAsync()}' is cut on {path}.");
        }
    }

    [GeneratedRegex(@"/back/purchasing/orders/\d+$")]
    private static partial Regex PurchaseOrderPage();

    [GeneratedRegex(@"/back/purchasing/suppliers/\d+$")]
    private static partial Regex SupplierPage();
}
