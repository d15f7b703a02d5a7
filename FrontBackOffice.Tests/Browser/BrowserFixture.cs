using FrontBackOffice.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace FrontBackOffice.Tests.Browser;

/// <summary>The app on a real port with demo data, and Debian's Chromium driven by Playwright.</summary>
public class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public BrowserFixture()
        : this(null)
    {
    }

    /// <param name="clock">The app's clock, for a test that needs time to pass.</param>
    protected BrowserFixture(FakeTimeProvider? clock) => App = new AppFactory { Clock = clock };

    public AppFactory App { get; }

    public IBrowser Browser { get; private set; } = default!;

    public Uri BaseAddress => App.ClientOptions.BaseAddress;

    public virtual async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Browser tests need Chromium at {ChromiumPath}: run 'apt-get install -y chromium'.");
        }
        App.UseKestrel(0);
        App.StartServer();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>A fresh browser context (its own cookies) on a page of the app.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString() });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public virtual async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        playwright?.Dispose();
        await App.DisposeAsync();
    }
}

public static class PageActions
{
    public static async Task SignInAsync(this IPage page, string email, string password = "Demo#2026")
    {
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
    }

    /// <summary>Types into a MudBlazor autocomplete and picks the option that shows the given text.</summary>
    public static async Task PickAsync(this IPage page, string field, string typed, string option)
    {
        var input = page.Locator(field).Locator("xpath=ancestor-or-self::*[contains(@class,'mud-input-control')]//input").First;
        await input.ClickAsync();
        await input.FillAsync(typed);
        await page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasText = option }).First.ClickAsync();
    }

    /// <summary>Opens a MudBlazor select and picks the option that shows the given text.</summary>
    public static async Task SelectAsync(this IPage page, string field, string option)
    {
        await page.Locator(field).Locator("xpath=ancestor-or-self::*[contains(@class,'mud-input-control')]").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasText = option }).First.ClickAsync();
    }

    /// <summary>Waits until the Blazor circuit is connected, so clicks reach the server.</summary>
    public static Task WaitForCircuitAsync(this IPage page) =>
        page.Locator("#circuit-ready").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
}
