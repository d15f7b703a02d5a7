using FrontBackOffice.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Tests.Browser;

[Collection(AppCollection.Name)]
public class ComplaintLoopBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task SalesShipsAnOrder_SupportComplains_WarehouseAnswers_SupportResolves()
    {
        var customerName = $"Loop Customer {Guid.NewGuid().ToString("N")[..6]}";
        await browser.App.CustomerAsync(customerName);
        var (productId, _) = await browser.App.ProductInStockAsync(10, price: 25m);
        string sku;
        await using (var db = browser.App.CreateDbContext())
        {
            sku = await db.Products.Where(p => p.Id == productId).Select(p => p.Sku).SingleAsync();
        }

        // Sales enters the order, confirms and ships it.
        var sales = await browser.NewPageAsync();
        await sales.SignInAsync("sales@demo.local");
        await sales.WaitForURLAsync("**/front");
        await sales.GotoAsync("/front/orders/new");
        await sales.WaitForCircuitAsync();
        await sales.PickAsync("[data-testid=customer]", customerName[..18], customerName);
        await sales.PickAsync("[data-line='0'] [data-testid=product]", sku, sku);
        await sales.FillAsync("[data-line='0'] input[data-testid=quantity]", "2");
        await sales.ClickAsync("[data-testid=save-order]");
        await sales.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/front/orders/\d+$"));
        var title = sales.Locator("#page-title", new() { HasText = "Order SO-" });
        var orderNumber = (await title.InnerTextAsync()).Replace("Order ", "", StringComparison.Ordinal);
        await sales.ClickAsync("[data-testid=confirm]");
        await sales.Locator("[data-status=Confirmed]").WaitForAsync();
        await sales.ClickAsync("[data-testid=ship]");
        await sales.Locator("[data-status=Shipped]").WaitForAsync();
        Assert.Contains("60.50", await sales.InnerTextAsync("[data-testid=gross-total]"));

        // Support opens a complaint on it from the order's customer.
        var support = await browser.NewPageAsync();
        await support.SignInAsync("support@demo.local");
        await support.WaitForURLAsync("**/front");
        await support.GotoAsync("/front/complaints");
        await support.WaitForCircuitAsync();
        await support.ClickAsync("[data-testid=new-complaint]");
        await support.PickAsync("[data-testid=complaint-customer]", customerName[..18], customerName);
        await support.SelectAsync("[data-testid=complaint-order]", orderNumber);
        await support.FillAsync("input[data-testid=complaint-subject]", "Two boxes were crushed");
        await support.FillAsync("textarea[data-testid=complaint-text-input]", "Both boxes arrived crushed; the customer wants replacements.");
        await support.ClickAsync("[data-testid=save-complaint]");
        await support.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/front/complaints/\d+$"));
        await support.Locator("#page-title", new() { HasText = "Two boxes were crushed" }).WaitForAsync();
        await support.Locator("[data-status=Escalated]").WaitForAsync();
        var complaintUrl = support.Url;
        Assert.Contains("Team: Warehouse", await support.InnerTextAsync("[data-testid=team]"));

        // The warehouse finds it in its inbox and answers.
        var warehouse = await browser.NewPageAsync();
        await warehouse.SignInAsync("warehouse@demo.local");
        await warehouse.WaitForURLAsync("**/back");
        await warehouse.GotoAsync("/back/complaints");
        await warehouse.WaitForCircuitAsync();
        await warehouse.Locator("[data-testid=complaints] tr", new() { HasText = "Two boxes were crushed" }).ClickAsync();
        await warehouse.Locator("#page-title", new() { HasText = "Two boxes were crushed" }).WaitForAsync();
        await warehouse.FillAsync("textarea[data-testid=answer-text]", "Replacements leave today by express.");
        await warehouse.ClickAsync("[data-testid=send-answer]");
        await warehouse.Locator("[data-status=Answered]").WaitForAsync();

        // Support sees the answer and resolves.
        await support.GotoAsync(complaintUrl);
        await support.WaitForCircuitAsync();
        Assert.Contains("Replacements leave today by express.", await support.InnerTextAsync("[data-testid=answer]"));
        await support.ClickAsync("[data-testid=resolve]");
        await support.Locator("[data-status=Resolved]").WaitForAsync();
        Assert.Contains("Resolved", await support.InnerTextAsync("[data-testid=timeline]"));
    }
}
