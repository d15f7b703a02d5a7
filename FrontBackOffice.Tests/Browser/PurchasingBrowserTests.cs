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

    [GeneratedRegex(@"/back/purchasing/suppliers/\d+$")]
    private static partial Regex SupplierPage();
}
