using System.Text.RegularExpressions;
using FrontBackOffice.Domain.Orders;
using FrontBackOffice.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Tests.Browser;

/// <summary>A promotion as Marketing sets it up and Sales uses it: its discount shown per line as the order is entered.</summary>
[Collection(AppCollection.Name)]
public class PromotionBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task MarketingSetsUpAPromotion_SalesEntersItsCode_AndSeesTheDiscountPerLine()
    {
        var code = "B-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var marketing = await browser.NewPageAsync();
        await marketing.OpenAsync("marketing@demo.local", "/front/marketing/promotions");
        await marketing.ClickAsync("[data-testid=new-promotion]");
        await marketing.FillAsync("[data-testid=promotion-dialog] input[data-testid=promotion-name]", $"Browser promotion {code}");
        await marketing.FillAsync("[data-testid=promotion-dialog] input[data-testid=promotion-code]", code);
        await marketing.FillAsync("[data-testid=promotion-dialog] input[data-testid=promotion-value]", "150");
        await marketing.ClickAsync("[data-testid=save-promotion]");
        await marketing.Locator("[data-testid=promotion-dialog]", new() { HasText = "A percentage off is more than 0 and at most 100." }).WaitForAsync();
        await marketing.FillAsync("[data-testid=promotion-dialog] input[data-testid=promotion-value]", "15");
        await marketing.ClickAsync("[data-testid=save-promotion]");
        await marketing.Locator("[data-testid=promotion-dialog]").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Detached });
        await marketing.Locator("[data-testid=promotions] tbody tr", new() { HasText = code }).WaitForAsync();

        var customer = $"Promotion Buyer {code}";
        var sales = await browser.NewOrderFormAsync(customer, 19.99m);
        await sales.FillAsync("[data-line='0'] input[data-testid=quantity]", "3");
        await sales.FillAsync("input[data-testid=promotion-code]", code.ToLowerInvariant());
        await sales.PressAsync("input[data-testid=promotion-code]", "Tab");
        await sales.Locator("[data-testid=promotion-terms]", new() { HasText = "15 % off every product" }).WaitForAsync();
        // 3 × 19.99 = 59.97; 15 % of it is 8.9955, 9.00 off the line.
        await sales.Locator("[data-line='0'] [data-testid=line-discount]", new() { HasText = "-9.00" }).WaitForAsync();
        await sales.ClickAsync("[data-testid=save-order]");
        await sales.WaitForURLAsync(new Regex(@"/front/orders/\d+$"));
        await sales.Locator("[data-testid=order-promotion]", new() { HasText = code }).WaitForAsync();

        Assert.Contains("-9.00", await sales.InnerTextAsync("[data-testid=order-lines] [data-testid=line-discount]"));
        Assert.Contains("50.97", await sales.InnerTextAsync("[data-testid=net-total]"));
        await marketing.ReloadAsync();
        await marketing.WaitForCircuitAsync();
        var row = marketing.Locator("[data-testid=promotions] tbody tr", new() { HasText = code });
        await row.WaitForAsync();
        Assert.Contains("9.00", await row.InnerTextAsync());
    }

    [Fact]
    public async Task AnUnknownPromotionCode_IsRefusedNextToTheField_BeforeTheOrderIsSaved()
    {
        var page = await browser.NewPageAsync();
        await page.OpenAsync("sales@demo.local", "/front/orders/new");

        await page.FillAsync("input[data-testid=promotion-code]", "NO-SUCH-PROMO");
        await page.PressAsync("input[data-testid=promotion-code]", "Tab");

        await page.Locator("[data-testid=order-form]", new() { HasText = "There is no promotion NO-SUCH-PROMO." }).WaitForAsync();
    }

    [Fact]
    public async Task ADiscountedOrder_AndItsEditForm_FitAPhoneInDarkMode_WithNoAmountCut()
    {
        int orderId;
        await using (var db = browser.App.CreateDbContext())
        {
            orderId = await db.SalesOrders.Where(o => o.PromotionId != null && o.Status == OrderStatus.Draft).Select(o => o.Id).FirstAsync();
        }
        var page = await browser.NewPageAsync(width: 390, height: 844, dark: true);
        await page.OpenAsync("sales@demo.local", $"/front/orders/{orderId}");
        await page.Locator("[data-testid=order-promotion]", new() { HasText = "WINTER10" }).WaitForAsync();

        Assert.False(await page.OverflowsSidewaysAsync(), "The discounted order is wider than the phone.");
        foreach (var amount in await page.Locator("[data-testid=order-lines] .num").AllAsync())
        {
            Assert.False(await amount.EvaluateAsync<bool>("e => e.scrollWidth > e.clientWidth"), $"'{await amount.InnerTextAsync()}' is cut.");
        }

        await page.ClickAsync("[data-testid=edit-order]");
        await page.Locator("[data-testid=promotion-terms]", new() { HasText = "10 % off every product" }).WaitForAsync();
        await page.Locator("[data-testid=line-discount]").First.WaitForAsync();
        Assert.False(await page.OverflowsSidewaysAsync(), "The order form with a promotion is wider than the phone.");
    }

    [Fact]
    public async Task ThePromotionsPage_FitsAPhoneInDarkMode_WithNoAmountCut()
    {
        var page = await browser.NewPageAsync(width: 390, height: 844, dark: true);
        await page.OpenAsync("marketing@demo.local", "/front/marketing/promotions");
        await page.Locator("[data-testid=promotions] tbody tr", new() { HasText = "WINTER10" }).WaitForAsync();

        Assert.False(await page.OverflowsSidewaysAsync(), "The promotions page is wider than the phone.");
        foreach (var amount in await page.Locator(".num").AllAsync())
        {
            Assert.False(await amount.EvaluateAsync<bool>("e => e.scrollWidth > e.clientWidth"), $"'{await amount.InnerTextAsync()}' is cut.");
        }
    }
}
