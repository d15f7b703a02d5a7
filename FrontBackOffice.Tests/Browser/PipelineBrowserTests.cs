using System.Text;
using System.Text.RegularExpressions;
using FrontBackOffice.Domain.Pipeline;
using FrontBackOffice.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FrontBackOffice.Tests.Browser;

/// <summary>From a lead Marketing captured to the order Sales opens when the opportunity is won.</summary>
[Collection(AppCollection.Name)]
public partial class PipelineBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task MarketingCapturesALead_SalesQualifiesIt_MovesItOnByKeyboard_DragsItToWon_AndLandsOnAPrefilledOrder()
    {
        var unique = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var company = $"Pipeline Browser {unique} B.V.";

        var marketing = await browser.NewPageAsync();
        await marketing.OpenAsync("marketing@demo.local", "/front/marketing/leads");
        await marketing.ClickAsync("[data-testid=new-lead]");
        await marketing.FillAsync("[data-testid=lead-dialog] input[data-testid=lead-name]", "Femke Browser");
        await marketing.FillAsync("[data-testid=lead-dialog] input[data-testid=lead-company]", company);
        await marketing.ClickAsync("[data-testid=save-lead]");
        await marketing.Locator("[data-testid=lead-dialog]", new() { HasText = "Give an e-mail or a phone" }).WaitForAsync();
        await marketing.FillAsync("[data-testid=lead-dialog] input[data-testid=lead-email]", $"femke.{unique}@example.com");
        await marketing.ClickAsync("[data-testid=save-lead]");
        await marketing.WaitForURLAsync(LeadPage());
        var leadUrl = marketing.Url;

        var sales = await browser.NewPageAsync();
        await sales.OpenAsync("sales@demo.local", leadUrl);
        await sales.Locator("[data-testid=lead-party]", new() { HasText = company }).WaitForAsync();
        await sales.ClickAsync("[data-testid=qualify]");
        await sales.FillAsync("[data-testid=qualify-dialog] input[data-testid=opportunity-title]", "Fourteen workplaces");
        await sales.FillAsync("[data-testid=qualify-dialog] input[data-testid=opportunity-value]", "12345.67");
        await sales.ClickAsync("[data-testid=save-qualify]");
        var number = (await sales.Locator("[data-testid=opportunity-link]").InnerTextAsync()).Split(' ')[0];

        await sales.GotoAsync("/front/pipeline");
        await sales.WaitForCircuitAsync();
        var card = sales.Locator($"[data-opportunity='{number}']");
        await sales.Locator("[data-stage=Qualification]").Locator($"[data-opportunity='{number}']").WaitForAsync();
        Assert.Contains("12,345.67", await card.InnerTextAsync());
        await card.Locator("[data-testid=move-on]").FocusAsync();
        await sales.Keyboard.PressAsync("Enter");
        await sales.Locator("[data-stage=Proposal]").Locator($"[data-opportunity='{number}']").WaitForAsync();

        await card.DragToAsync(sales.Locator("[data-stage=Won] .pipeline-zone"));
        await sales.Locator("[data-testid=win-dialog]", new() { HasText = $"{company} becomes a customer" }).WaitForAsync();
        await sales.FillAsync("[data-testid=win-dialog] input[data-testid=win-tax-number]", $"PB{unique}");
        await sales.ClickAsync("[data-testid=confirm-win]");

        await sales.WaitForURLAsync(new Regex(@"/front/orders/new\?customer=\d+$"));
        await sales.WaitForCircuitAsync();
        var customer = sales.Locator("[data-testid=customer]").Locator("xpath=ancestor-or-self::*[contains(@class,'mud-input-control')]//input").First;
        await Assertions.Expect(customer).ToHaveValueAsync(new Regex(Regex.Escape(company)));
    }

    [Fact]
    public async Task Marketing_ImportsALeadFile_ABadLineIsNamedAndNothingSaved_ThenTheFixedFileIsImported()
    {
        var unique = Guid.NewGuid().ToString("N")[..8];
        var page = await browser.NewPageAsync();
        await page.OpenAsync("marketing@demo.local", "/front/marketing/leads");

        await UploadAsync(page, $"{LeadFile.Header}\nFair Visitor {unique},,fair.{unique}@example.com,,,Event,\nNo Way {unique},,,,,Event,\n");
        await page.Locator("[data-testid=import-errors]", new() { HasText = "Line 3: Give an e-mail or a phone" }).WaitForAsync();
        await UploadAsync(page, $"{LeadFile.Header}\nFair Visitor {unique},,fair.{unique}@example.com,,,Event,\nPhone Only {unique},,,+31 6 5550 9999,,Event,\n");

        await page.Locator(".mud-snackbar", new() { HasText = "2 leads imported." }).WaitForAsync();
        await page.FillAsync("[data-testid=leads] input", unique);
        await page.GetByText("1-2 of 2").WaitForAsync();
        Assert.Equal(0, await page.Locator("[data-testid=import-errors]").CountAsync());
    }

    private static async Task UploadAsync(IPage page, string csv)
    {
        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.ClickAsync("text=Import CSV"));
        await chooser.SetFilesAsync(new FilePayload { Name = "leads.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
    }

    [Theory]
    [InlineData("sales@demo.local", "/front/pipeline", "[data-opportunity]")]
    [InlineData("marketing@demo.local", "/front/marketing/leads", "[data-testid=leads] tbody tr")]
    [InlineData("marketing@demo.local", "/front/marketing/leads/1", "[data-testid=lead-details]")]
    public async Task PipelinePages_FitAPhoneInDarkMode_WithNoAmountCut(string email, string path, string content)
    {
        var page = await browser.NewPageAsync(width: 390, height: 844, dark: true);
        await page.OpenAsync(email, path);
        await page.Locator(content).First.WaitForAsync();

        Assert.False(await page.OverflowsSidewaysAsync(), $"{path} is wider than the phone.");
        foreach (var amount in await page.Locator(".num").AllAsync())
        {
            Assert.False(await amount.EvaluateAsync<bool>("e => e.scrollWidth > e.clientWidth"), $"'{await amount.InnerTextAsync()}' is cut on {path}.");
        }
    }

    [GeneratedRegex(@"/front/marketing/leads/\d+$")]
    private static partial Regex LeadPage();
}
