using FrontBackOffice.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FrontBackOffice.Tests.Browser;

/// <summary>The app on a real port with demo data, and Debian's Chromium driven by Playwright.</summary>
public class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public BrowserFixture()
        : this(new AppFactory())
    {
    }

    /// <param name="app">The app the browser opens unless told another address (one with a clock of the test's, say).</param>
    protected BrowserFixture(AppFactory app) => App = app;

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

    /// <summary>
    /// How long a step may wait for the app's signal (the circuit, a grid's rows, a job's end) before the test fails. Tests
    /// wait for signals, never for a fixed time; this is only the ceiling, set for a loaded machine of two cores.
    /// </summary>
    public const float Patience = 90_000;

    /// <summary>
    /// A fresh browser context (its own cookies) on a page of the app (or of another address), of a desktop's size unless
    /// told, whose browser asks for <paramref name="locale"/> (en-US unless told).
    /// </summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, bool dark = false, Uri? address = null, string locale = "en-US")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = (address ?? BaseAddress).ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = dark ? ColorScheme.Dark : ColorScheme.Light,
            Locale = locale,
        });
        context.SetDefaultTimeout(Patience);
        context.SetDefaultNavigationTimeout(Patience);
        var page = await context.NewPageAsync();
        if (AppLogFile.IsOn)
        {
            // What the page did, for reading a failed run: where it went, what its console complained of, and when its
            // circuit's connection closed.
            page.FrameNavigated += (_, frame) => AppLogFile.Write("browser", "navigated", frame.Url);
            page.Console += (_, message) =>
            {
                if (message.Type is "error" or "warning")
                {
                    AppLogFile.Write($"browser {page.Url}", message.Type, message.Text);
                }
            };
            page.WebSocket += (_, socket) => socket.Close += (_, _) => AppLogFile.Write($"browser {page.Url}", "closed", socket.Url);
        }
        return page;
    }

    /// <summary>A phone's screen: 390 px wide.</summary>
    public Task<IPage> NewPhonePageAsync() => NewPageAsync(width: 390, height: 844);

    /// <summary>Sales' new-order form for a new customer, its first line a new product of <paramref name="price"/> with 5 in stock.</summary>
    public async Task<IPage> NewOrderFormAsync(string customer, decimal price)
    {
        var (productId, _) = await App.ProductInStockAsync(5, price: price);
        await App.CustomerAsync(customer);
        string sku;
        await using (var db = App.CreateDbContext())
        {
            sku = db.Products.Single(p => p.Id == productId).Sku;
        }
        var sales = await NewPageAsync();
        await sales.OpenAsync("sales@demo.local", "/front/orders/new");
        await sales.PickAsync("[data-testid=customer]", customer[..20], customer);
        await sales.PickAsync("[data-line='0'] [data-testid=product]", sku, sku);
        return sales;
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
        // The list closes once the server has taken the pick, so the next step sees it.
        await page.Locator(".mud-popover-open .mud-list-item").First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
    }

    /// <summary>Opens a MudBlazor select and picks the option that shows the given text.</summary>
    public static async Task SelectAsync(this IPage page, string field, string option)
    {
        await page.Locator(field).Locator("xpath=ancestor-or-self::*[contains(@class,'mud-input-control')]").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasText = option }).First.ClickAsync();
        // As for a pick: the list closes once the server has taken the choice.
        await page.Locator(".mud-popover-open .mud-list-item").First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
    }

    /// <summary>Waits until the Blazor circuit is connected, so clicks reach the server.</summary>
    public static Task WaitForCircuitAsync(this IPage page) =>
        page.Locator("#circuit-ready").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    /// <summary>Signs in and opens a page of the app once its circuit is connected.</summary>
    public static async Task OpenAsync(this IPage page, string email, string path)
    {
        await page.SignInAsync(email);
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
        await page.GotoAsync(path);
        await page.WaitForCircuitAsync();
    }

    /// <summary>On the users page, finds a user by e-mail and disables them, as an Admin does.</summary>
    public static async Task DisableUserAsync(this IPage admin, string email, string name)
    {
        await admin.FillAsync("[data-testid=users] input", email[..16]);
        await admin.GetByText("1-1 of 1").WaitForAsync();
        await admin.Locator($"[data-user='{email}'] button").ClickAsync();
        await admin.Locator(".mud-popover-open").GetByText("Disable", new() { Exact = true }).ClickAsync();
        await admin.Locator(".mud-snackbar", new() { HasText = $"{name} is disabled." }).WaitForAsync();
    }

    /// <summary>Whether the page is wider than the window (something pushes past the right edge).</summary>
    public static Task<bool> OverflowsSidewaysAsync(this IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
}
