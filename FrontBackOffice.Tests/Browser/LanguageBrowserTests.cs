using FrontBackOffice.Domain.Staff;
using FrontBackOffice.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Tests.Browser;

[Collection(AppCollection.Name)]
public class LanguageBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task StaffSwitchToPortuguese_TheOpenPageChangesWithoutSigningOut_AndTheAccountKeepsIt()
    {
        var email = $"{Guid.NewGuid():N}@test.local";
        await browser.App.StaffAsync(email, [StaffRoles.Sales], "Lia Language");
        var page = await browser.NewPageAsync();
        await page.SignInAsync(email, TestData.Password);
        await page.WaitForURLAsync("**/front");
        await page.GotoAsync("/front/customers?search=Lia");
        await page.WaitForCircuitAsync();
        Assert.Equal("Customers", await page.InnerTextAsync("[data-nav='/front/customers']"));

        await page.ClickAsync("[data-testid=language] button");
        await page.ClickAsync(".mud-popover-open [data-language=pt-BR]");

        await page.Locator("[data-nav='/front/customers']", new() { HasText = "Clientes" }).WaitForAsync();
        await page.WaitForCircuitAsync();
        Assert.EndsWith("/front/customers?search=Lia", page.Url);
        Assert.Equal("pt-BR", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Pedidos", await page.InnerTextAsync("[data-nav='/front/orders']"));
        Assert.Contains("Front office", await page.InnerTextAsync("[data-testid=office]"));

        // A refusal of the Domain, next to its field, in Portuguese.
        await page.ClickAsync("[data-testid=new-customer]");
        await page.ClickAsync("[data-testid=save-customer]");
        await page.Locator("[data-testid=customer-dialog] .mud-input-helper-text", new() { HasText = "Informe o nome do cliente." }).WaitForAsync();
        Assert.Equal("Alguns campos precisam da sua atenção.", await page.InnerTextAsync("[data-testid=customer-dialog] [data-testid=problem]"));

        // Another browser, which asks for English: the account's choice holds from the sign-in on.
        var elsewhere = await browser.NewPageAsync();
        await elsewhere.SignInAsync(email, TestData.Password);
        await elsewhere.WaitForURLAsync("**/front");
        await elsewhere.WaitForCircuitAsync();
        Assert.Equal("Clientes", await elsewhere.InnerTextAsync("[data-nav='/front/customers']"));
    }

    [Fact]
    public async Task TheSignInPage_SpeaksTheBrowsersLanguage_AndOffersTheOther()
    {
        var page = await browser.NewPageAsync(locale: "pt-BR");

        await page.GotoAsync("/Account/Login?returnUrl=%2Ffront%2Forders");
        Assert.Equal("Entre com sua conta de funcionário", await page.InnerTextAsync("h6"));
        Assert.Equal("Senha", await page.InnerTextAsync("label[for=password]"));

        await page.ClickAsync("[data-language=en-US]");
        await page.Locator("h6", new() { HasText = "Sign in with your staff account" }).WaitForAsync();
        Assert.EndsWith("/Account/Login?returnUrl=%2Ffront%2Forders", page.Url);

        await page.FillAsync("#email", "sales@demo.local");
        await page.FillAsync("#password", "Demo#2026");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/front/orders");
        await page.WaitForCircuitAsync();
        Assert.Equal("Orders", await page.InnerTextAsync("[data-nav='/front/orders']"));
    }

    /// <summary>A Brazilian types amounts the Brazilian way, a comma before the cents and dots between thousands.</summary>
    [Fact]
    public async Task APortugueseSpeaker_TypesAmountsTheBrazilianWay_AndTheAppKeepsTheirValue()
    {
        var page = await browser.NewPageAsync(locale: "pt-BR");
        await page.OpenAsync("warehouse@demo.local", "/back/stock");
        var sku = "BRL-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

        await page.ClickAsync("[data-testid=new-product]");
        await page.FillAsync("[data-testid=product-sku]", sku);
        await page.FillAsync("[data-testid=product-name]", "Poltrona de leitura");
        await page.FillAsync("[data-testid=product-price]", "1.234,56");
        await page.FillAsync("[data-testid=product-cost]", "99,5");
        await page.Keyboard.PressAsync("Tab");
        await page.ClickAsync("[data-testid=save-product]");
        await page.Locator(".mud-snackbar", new() { HasText = "Produto salvo." }).WaitForAsync();

        await using var db = browser.App.CreateDbContext();
        var saved = await db.Products.SingleAsync(p => p.Sku == sku);
        Assert.Equal(1234.56m, saved.UnitPrice);
        Assert.Equal(99.5m, saved.UnitCost);
    }
}
