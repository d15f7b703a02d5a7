using FrontBackOffice.Domain.Making;
using FrontBackOffice.Domain.Stock;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Features.Stock;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Tests.Browser;

/// <summary>Bills of materials, as the warehouse writes them in the browser.</summary>
[Collection(AppCollection.Name)]
public class MakingBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>A desk and a top that are made, legs that are bought, each with this test's own tag in its SKU.</summary>
    private async Task<(string Tag, int Desk, int Top)> DeskAsync(bool withBom = false)
    {
        var tag = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        await using var db = browser.App.CreateDbContext();
        var desk = new Product(new ProductDetails($"DESK-{tag}", $"Desk {tag}", 450, 0, 0, ProductSourcing.Made));
        var top = new Product(new ProductDetails($"TOP-{tag}", $"Desk top {tag}", 0, 1234567.8912m, 0, ProductSourcing.BoughtAndMade));
        var leg = new Product(new ProductDetails($"LEG-{tag}", $"Desk leg {tag}", 0, 12.5m, 0));
        db.Products.AddRange(desk, top, leg);
        await db.SaveChangesAsync();
        if (withBom)
        {
            db.BillsOfMaterials.Add(new BillOfMaterials(new BomInput(desk.Id, [new(top.Id, 1), new(leg.Id, 4, 5)]), 1, "Wes", DateTime.UtcNow));
            await db.SaveChangesAsync();
        }
        return (tag, desk.Id, top.Id);
    }

    [Fact]
    public async Task Warehouse_WritesADesksBillOfMaterials_AndATopMadeOfTheDesk_IsRefusedNextToItsLine()
    {
        var (tag, _, _) = await DeskAsync();
        var page = await browser.NewPageAsync();
        await page.OpenAsync("warehouse@demo.local", "/back/making/boms");
        await page.FillAsync("[data-testid=boms] input", $"desk-{tag}");
        await page.Locator("[data-testid=boms] tbody tr", new() { HasText = $"DESK-{tag}" }).ClickAsync();
        await page.Locator("#page-title", new() { HasText = $"DESK-{tag}" }).WaitForAsync();

        await page.ClickAsync("[data-testid=new-version]");
        await page.PickAsync("[data-line='0'] [data-testid=component]", $"TOP-{tag}", $"TOP-{tag}");
        await page.ClickAsync("[data-testid=add-line]");
        await page.PickAsync("[data-line='1'] [data-testid=component]", $"LEG-{tag}", $"LEG-{tag}");
        await page.FillAsync("[data-line='1'] input[data-testid=per-unit]", "4");
        await page.FillAsync("[data-line='1'] input[data-testid=scrap]", "5");
        await page.ClickAsync("[data-testid=save-bom]");

        // 1 × 1,234,567.8912 + 4 × 1.05 × 12.50 = 1,234,620.3912 → 1,234,620.39
        await page.Locator("[data-testid=material-cost]", new() { HasText = "1,234,620.39" }).WaitForAsync();
        Assert.Equal(2, await page.Locator("[data-testid=active-bom] tbody tr").CountAsync());

        await page.GotoAsync("/back/making/boms");
        await page.WaitForCircuitAsync();
        await page.FillAsync("[data-testid=boms] input", $"top-{tag}");
        await page.Locator("[data-testid=boms] tbody tr", new() { HasText = $"TOP-{tag}" }).ClickAsync();
        await page.ClickAsync("[data-testid=new-version]");
        await page.PickAsync("[data-line='0'] [data-testid=component]", $"DESK-{tag}", $"DESK-{tag}");
        await page.ClickAsync("[data-testid=save-bom]");
        await page.Locator("[data-line='0']", new() { HasText = $"TOP-{tag} → DESK-{tag} → TOP-{tag}" }).WaitForAsync();
    }

    /// <summary>
    /// A desk of this test's own (reorder level 3, none in stock) made of a top (40.00) and four legs (12.50), both in stock
    /// at the first location: the planning run from the jobs page proposes to make 3, and the warehouse takes it to done.
    /// </summary>
    [Fact]
    public async Task Warehouse_RunsThePlanning_AcceptsTheProposalToMake_AndTakesTheWorkOrderToDone()
    {
        var tag = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        await using (var db = browser.App.CreateDbContext())
        {
            var desk = new Product(new ProductDetails($"DESK-{tag}", $"Desk {tag}", 450, 0, 3, ProductSourcing.Made));
            var top = new Product(new ProductDetails($"TOP-{tag}", $"Desk top {tag}", 0, 40m, 0));
            var leg = new Product(new ProductDetails($"LEG-{tag}", $"Desk leg {tag}", 0, 12.5m, 0));
            db.Products.AddRange(desk, top, leg);
            await db.SaveChangesAsync();
            db.BillsOfMaterials.Add(new BillOfMaterials(new BomInput(desk.Id, [new(top.Id, 1), new(leg.Id, 4)]), 1, "Wes", DateTime.UtcNow));
            await db.SaveChangesAsync();
        }
        foreach (var (sku, quantity) in new[] { ($"TOP-{tag}", 10), ($"LEG-{tag}", 40) })
        {
            await using var db = browser.App.CreateDbContext();
            var product = await db.Products.SingleAsync(p => p.Sku == sku);
            await browser.App.As<StockService>("warehouse@demo.local").RunAsync(s => s.ReceiveAsync(product.Id, db.Locations.OrderBy(l => l.Id).First().Id,
                quantity, product.UnitCost, null, "Opening stock"));
        }
        var page = await browser.NewPageAsync();
        await page.OpenAsync("warehouse@demo.local", "/back/jobs");
        var runsBefore = await page.Locator("[data-run]").CountAsync();
        await page.ClickAsync("[data-testid=run-replenishment]");
        var newest = page.Locator("[data-testid=job-runs] tbody tr").First;
        await page.Locator("[data-run]").Nth(runsBefore).WaitForAsync();
        await newest.Locator("[data-state=Succeeded]").WaitForAsync(new() { Timeout = 60_000 });
        Assert.Contains("Replenishment planning", await newest.InnerTextAsync());

        await page.GotoAsync("/back/making/planning");
        await page.WaitForCircuitAsync();
        var proposal = page.Locator("[data-testid=make-proposals] tbody tr", new() { HasText = $"DESK-{tag}" });
        Assert.Contains("0 free + 0 coming − 0 needed = 0, reorder level 3", await proposal.InnerTextAsync());
        await proposal.Locator("[data-testid=accept-make]").ClickAsync();

        await page.Locator("#page-title", new() { HasText = "Work order WO-" }).WaitForAsync();
        await page.Locator("[data-status=Draft]").WaitForAsync();
        await page.ClickAsync("[data-testid=release-wo]");
        await page.Locator("[data-status=Released]").WaitForAsync();
        Assert.Equal(["12", "3"], await page.Locator("[data-testid=wo-components] tbody tr td:nth-child(2)").AllInnerTextsAsync());
        await page.ClickAsync("[data-testid=start-wo]");
        await page.Locator("[data-status=InProgress]").WaitForAsync();
        await page.FillAsync("input[data-testid=produced]", "3");
        await page.ClickAsync("[data-testid=complete-wo]");

        await page.Locator("[data-status=Done]").WaitForAsync();
        // 3 × (40.00 + 4 × 12.50) of components and 3 × 6.50 of labour.
        Assert.Equal("289.50 EUR", await page.InnerTextAsync("[data-testid=finished-value]"));
        Assert.Equal(["12", "3"], await page.Locator("[data-testid=wo-components] tbody tr [data-testid=consumed]").AllInnerTextsAsync());
    }

    [Theory]
    [InlineData("/back/making/boms", "boms")]
    [InlineData("/back/making/boms/{0}", "active-bom")]
    [InlineData("/back/making/work-orders", "work-orders")]
    [InlineData("/back/making/work-orders/1", "wo-components")]
    [InlineData("/back/making/planning", "buy-proposals")]
    [InlineData("/back/making/quality", "quality")]
    [InlineData("/back/making/quality/{0}", "actions")]
    public async Task MakingPages_FitAPhoneInDarkMode_WithNoAmountCut(string path, string list)
    {
        var (_, desk, _) = await DeskAsync(withBom: true);
        var page = await browser.NewPageAsync(width: 390, height: 844, dark: true);
        await page.OpenAsync("warehouse@demo.local", string.Format(path, desk));
        await page.Locator($"[data-testid={list}] tbody tr").First.WaitForAsync();

        Assert.False(await page.OverflowsSidewaysAsync(), $"{path} is wider than the phone.");
        Assert.Equal(list == "active-bom", await page.Locator("[data-testid=material-cost]").IsVisibleAsync());
        foreach (var amount in await page.Locator($"[data-testid={list}] td.num, [data-testid=material-cost], [data-testid=wo-costs] td.num").AllAsync())
        {
            Assert.False(await amount.EvaluateAsync<bool>("e => e.scrollWidth > e.clientWidth"), $"'{await amount.InnerTextAsync()}' is cut on {path}.");
        }
    }
}
