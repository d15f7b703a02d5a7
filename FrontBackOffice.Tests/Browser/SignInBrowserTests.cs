using FrontBackOffice.Domain.Staff;
using FrontBackOffice.Tests.Infrastructure;

namespace FrontBackOffice.Tests.Browser;

[Collection(AppCollection.Name)]
public class SignInBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task SalesUser_SignsIn_AndSeesTheFrontNavigation()
    {
        var page = await browser.NewPageAsync();

        await page.SignInAsync("sales@demo.local");
        await page.WaitForURLAsync("**/front");
        await page.WaitForCircuitAsync();

        Assert.Equal("Hello, Sam Sales", await page.InnerTextAsync("#greeting"));
        Assert.True(await page.Locator("[data-testid=nav-front]").IsVisibleAsync());
        Assert.Equal(0, await page.Locator("[data-testid=nav-back]").CountAsync());
        Assert.Contains("Front office", await page.InnerTextAsync("[data-testid=office]"));
    }

    [Fact]
    public async Task WarehouseUser_SignsIn_AndSeesTheBackNavigation()
    {
        var page = await browser.NewPageAsync();

        await page.SignInAsync("warehouse@demo.local");
        await page.WaitForURLAsync("**/back");
        await page.WaitForCircuitAsync();

        Assert.True(await page.Locator("[data-testid=nav-back]").IsVisibleAsync());
        Assert.Equal(0, await page.Locator("[data-testid=nav-front]").CountAsync());
        Assert.Equal(0, await page.Locator("[data-nav='/hangfire']").CountAsync());
    }

    [Fact]
    public async Task WarehouseUser_OpeningAFrontOfficeRoute_SeesNotAllowed()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("warehouse@demo.local");
        await page.WaitForURLAsync("**/back");

        var response = await page.GotoAsync("/front");

        Assert.Equal(403, response!.Status);
        Assert.True(await page.Locator("[data-testid=not-allowed]").IsVisibleAsync());
    }

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount_AndThePageSaysSo()
    {
        var email = $"{Guid.NewGuid():N}@test.local";
        await browser.App.StaffAsync(email, [StaffRoles.Sales], "Lock Test");
        var page = await browser.NewPageAsync();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await page.SignInAsync(email, "wrong-password");
            await page.Locator("[data-testid=login-error]").WaitForAsync();
        }
        await page.SignInAsync(email, "Correct#2026");

        var message = await page.InnerTextAsync("[data-testid=login-error]");
        Assert.Contains("locked", message);
        Assert.Contains("/Account/Login", page.Url);
    }
}
