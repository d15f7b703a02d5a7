using FrontBackOffice.Domain.Audit;
using FrontBackOffice.Domain.Staff;
using FrontBackOffice.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Tests.Browser;

/// <summary>The demo app with open pages re-checking their user every five seconds.</summary>
public sealed class QuickRevalidationFixture : BrowserFixture
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    public QuickRevalidationFixture() => App.Settings["Security:SessionRevalidationInterval"] = Interval.ToString();
}

[Collection(AppCollection.Name)]
public class AdminBrowserTests(QuickRevalidationFixture browser) : IClassFixture<QuickRevalidationFixture>
{
    [Fact]
    public async Task DisabledUser_IsRefusedAtTheirNextClick_AndTheirOpenPageLeavesForSignIn_WithinTheInterval()
    {
        var victim = $"victim-{Guid.NewGuid():N}@test.local";
        await browser.App.StaffAsync(victim, [StaffRoles.Sales], "Vic Victim", "Victim#2026");
        var idle = await browser.NewPageAsync();
        await idle.SignInAsync(victim, "Victim#2026");
        await idle.WaitForURLAsync("**/front");
        await idle.WaitForCircuitAsync();
        var busy = await idle.Context.NewPageAsync();
        await busy.GotoAsync("/front/customers");
        await busy.WaitForCircuitAsync();
        await busy.Locator("[data-testid=customers] tbody tr").First.WaitForAsync();

        var admin = await browser.NewPageAsync();
        await admin.SignInAsync("admin@demo.local");
        await admin.WaitForURLAsync("**/back");
        await admin.GotoAsync("/back/admin/users");
        await admin.WaitForCircuitAsync();
        await admin.DisableUserAsync(victim, "Vic Victim");
        var disabledAt = DateTime.UtcNow;

        // The click is refused; on a loaded machine the page's own re-check may send it to sign-in first.
        var busyLeaves = busy.WaitForURLAsync("**/Account/Login**");
        var click = busy.Locator("[data-testid=customers] tbody tr").First.ClickAsync();
        await Task.WhenAny(click, busyLeaves);
        await busyLeaves;
        _ = click.ContinueWith(t => t.Exception, TaskScheduler.Default);
        await idle.WaitForURLAsync("**/Account/Login**");

        // Within the interval, and some seconds for a machine under load to get there.
        Assert.True(DateTime.UtcNow - disabledAt < QuickRevalidationFixture.Interval + TimeSpan.FromSeconds(15));
        Assert.Contains("account was changed by an administrator", await busy.InnerTextAsync("[data-testid=session-ended]"));
        Assert.Contains("account was changed by an administrator", await idle.InnerTextAsync("[data-testid=session-ended]"));
        await using var db = browser.App.CreateDbContext();
        var signIn = await db.AuditLog.SingleAsync(e => e.Subject == victim && e.Kind == AuditKind.SignIn);
        Assert.Equal("127.0.0.1", signIn.RemoteAddress);
        Assert.Contains(await db.AuditLog.Where(e => e.Subject == victim).Select(e => e.Kind).ToListAsync(), k => k == AuditKind.AccountDisabled);
    }

    [Theory]
    [InlineData("sales@demo.local", "/front", "[data-testid=revenue-chart]")]
    [InlineData("admin@demo.local", "/back", "[data-testid=stock-value]")]
    [InlineData("warehouse@demo.local", "/back/stock", "[data-testid=levels]")]
    public async Task OfficeHome_WorksUnderTheContentSecurityPolicy_WithoutAViolation(string email, string path, string content)
    {
        var page = await browser.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, message) => console.Add(message.Text);
        await page.AddInitScriptAsync("window.cspViolations = []; document.addEventListener('securitypolicyviolation', e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));");

        await page.SignInAsync(email);
        await page.WaitForURLAsync(url => !url.Contains("Login", StringComparison.Ordinal));
        var response = await page.GotoAsync(path);
        await page.WaitForCircuitAsync();
        await page.Locator(content).WaitForAsync();
        var theme = await page.GetAttributeAsync("[aria-label='Switch theme']", "data-theme");
        await page.ClickAsync("[aria-label='Switch theme']");
        await page.Locator($"[aria-label='Switch theme']:not([data-theme={theme}])").WaitForAsync();

        Assert.Contains("script-src 'self'", await response!.HeaderValueAsync("content-security-policy"));
        Assert.Empty(await page.EvaluateAsync<string[]>("window.cspViolations"));
        Assert.DoesNotContain(console, m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
    }
}
