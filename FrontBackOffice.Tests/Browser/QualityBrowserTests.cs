using System.Globalization;
using FrontBackOffice.Domain.Stock;
using FrontBackOffice.Tests.Infrastructure;

namespace FrontBackOffice.Tests.Browser;

/// <summary>From a customer's complaint about a product to an improvement action on the product's quality page, and back.</summary>
[Collection(AppCollection.Name)]
public class QualityBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Support_NamesTheProductOfAQualityComplaint_AndWarehouseAnswersItWithAnImprovementAction_OnItsTimeline()
    {
        var tag = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var customerName = $"Quality Customer {tag}";
        await browser.App.CustomerAsync(customerName);
        int productId;
        await using (var db = browser.App.CreateDbContext())
        {
            var product = new Product(new ProductDetails($"Q-{tag}", $"Swivel chair {tag}", 189m, 90m, 0));
            db.Products.Add(product);
            await db.SaveChangesAsync();
            productId = product.Id;
        }

        var support = await browser.NewPageAsync();
        await support.OpenAsync("support@demo.local", "/front/complaints");
        await support.ClickAsync("[data-testid=new-complaint]");
        await support.PickAsync("[data-testid=complaint-customer]", customerName[..18], customerName);
        await support.SelectAsync("[data-testid=complaint-category]", "Product quality");
        await support.PickAsync("[data-testid=complaint-product]", $"Q-{tag}", $"Q-{tag}");
        await support.FillAsync("input[data-testid=complaint-subject]", "Seat wobbles");
        await support.FillAsync("textarea[data-testid=complaint-text-input]", "The seat wobbles after a week.");
        await support.ClickAsync("[data-testid=save-complaint]");
        await support.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/front/complaints/\d+$"));
        var complaintId = support.Url[(support.Url.LastIndexOf('/') + 1)..];
        await support.GetByText($"product Q-{tag}").WaitForAsync();

        var warehouse = await browser.NewPageAsync();
        await warehouse.OpenAsync("warehouse@demo.local", $"/back/making/quality/{productId}");
        await warehouse.Locator("[data-testid=complaints]", new() { HasText = "1" }).WaitForAsync();
        await warehouse.FillAsync("textarea[data-testid=action-note]", "Tighten the seat plate screws at assembly.");
        await warehouse.FillAsync("input[data-testid=action-owner]", "Walt Warehouse");
        await warehouse.FillAsync("[data-testid=action-due]", DateTime.Today.AddDays(30).ToString("MM/dd/yyyy", CultureInfo.InvariantCulture));
        await warehouse.Keyboard.PressAsync("Tab");
        await warehouse.SelectAsync("[data-testid=action-complaint]", "Seat wobbles");
        await warehouse.ClickAsync("[data-testid=save-action]");
        await warehouse.Locator("[data-testid=actions] tbody tr", new() { HasText = "Tighten the seat plate screws" }).WaitForAsync();

        await warehouse.GotoAsync($"/back/complaints/{complaintId}");
        await warehouse.WaitForCircuitAsync();
        await warehouse.Locator("[data-testid=timeline]", new() { HasText = "Improvement raised" }).WaitForAsync();
        await warehouse.ClickAsync("[data-testid=improvement-link]");
        await warehouse.Locator("#page-title", new() { HasText = $"Q-{tag}" }).WaitForAsync();
    }
}
