using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Making;
using FrontBackOffice.Domain.Stock;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Features.Making;
using FrontBackOffice.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Tests.Features.Making;

[Collection(AppCollection.Name)]
public class BomServiceTests(DemoApp app)
{
    private ServiceCaller<BomService> Warehouse => app.As<BomService>("warehouse@demo.local");

    /// <summary>Products of this test's own: a desk made of a top, legs and screws (the top made too), at known costs.</summary>
    private async Task<(int Desk, int Top, int Leg, int Screw)> DeskAsync()
    {
        await using var db = app.CreateDbContext();
        var tag = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        Product Make(string sku, decimal cost, ProductSourcing sourcing) => new(new ProductDetails($"{sku}-{tag}", $"{sku} {tag}", 0, cost, 0, sourcing));
        var (desk, top, leg, screw) = (Make("DESK", 0, ProductSourcing.Made), Make("TOP", 40, ProductSourcing.BoughtAndMade),
            Make("LEG", 12.5m, ProductSourcing.Bought), Make("SCREW", 0.05m, ProductSourcing.Bought));
        db.Products.AddRange(desk, top, leg, screw);
        await db.SaveChangesAsync();
        return (desk.Id, top.Id, leg.Id, screw.Id);
    }

    [Fact]
    public async Task Warehouse_WritesABillOfMaterials_ThenANewVersion_WhichReplacesItAndKeepsTheOld()
    {
        var (desk, top, leg, screw) = await DeskAsync();

        var first = await Warehouse.RunAsync(s => s.SaveVersionAsync(new BomInput(desk, [new(top, 1), new(leg, 4), new(screw, 16, 10)])));
        var second = await Warehouse.RunAsync(s => s.SaveVersionAsync(new BomInput(desk, [new(top, 1), new(leg, 4), new(screw, 12)])));

        var bom = await app.As<BomService>("accounting@demo.local").RunAsync(s => s.GetAsync(desk));
        Assert.Equal((1, 2), (first, second));
        Assert.Equal([2, 1], bom.Versions.Select(v => v.Version));
        Assert.Equal((true, false), (bom.Versions[0].IsActive, bom.Versions[1].IsActive));
        Assert.Equal([1m, 4m, 12m], bom.Active!.Lines.Select(l => l.QuantityPerUnit));
        Assert.Equal(16m, bom.Versions[1].Lines[2].QuantityPerUnit);
        // 1 × 40 + 4 × 12.50 + 12 × 0.05 = 90.60; the old one had 16 × 1.10 × 0.05 = 0.88 of screws: 90.88.
        Assert.Equal((90.60m, 90.88m), (bom.Active.MaterialCost, bom.Versions[1].MaterialCost));
        var listed = await Warehouse.RunAsync(s => s.MadeProductsAsync(new PageRequest(Search: bom.Sku)));
        Assert.Equal((2, 3), (listed.Items.Single().Version, listed.Items.Single().Components));
    }

    [Fact]
    public async Task AComponentThatIsMadeOfTheProduct_IsRefusedNextToItsLine_WithThePath()
    {
        var (desk, top, leg, screw) = await DeskAsync();
        await Warehouse.RunAsync(s => s.SaveVersionAsync(new BomInput(desk, [new(top, 1), new(leg, 4)])));

        var refused = await Assert.ThrowsAsync<InvalidInputException>(() =>
            Warehouse.RunAsync(s => s.SaveVersionAsync(new BomInput(top, [new(screw, 8), new(desk, 1)]))));

        var bom = await Warehouse.RunAsync(s => s.GetAsync(top));
        Assert.Matches(@"^DESK-\w+ is made of TOP-\w+ at some level, so TOP-\w+ would be made of itself: TOP-\w+ → DESK-\w+ → TOP-\w+\.$",
            refused.Errors.For("Lines[1].ComponentId"));
        Assert.Empty(bom.Versions);
    }

    [Fact]
    public async Task ABoughtProduct_GetsNoBillOfMaterials_AndOnlyWarehouseWritesThem()
    {
        var (_, _, leg, screw) = await DeskAsync();

        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => Warehouse.RunAsync(s => s.SaveVersionAsync(new BomInput(leg, [new(screw, 4)]))));

        Assert.Contains("is bought, not made", refused.Errors.For(nameof(BomInput.ProductId)));
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            app.As<BomService>("accounting@demo.local").RunAsync(s => s.SaveVersionAsync(new BomInput(leg, [new(screw, 4)]))));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.As<BomService>("sales@demo.local").RunAsync(s => s.GetAsync(leg)));
    }

    [Fact]
    public async Task TwoVersionsSavedAtOnce_LeaveOneActiveVersion_AndTheOtherIsToldToReload()
    {
        var (desk, top, leg, _) = await DeskAsync();

        var saves = await Task.WhenAll(Enumerable.Range(1, 4).Select(n => Attempt(() =>
            Warehouse.RunAsync(s => s.SaveVersionAsync(new BomInput(desk, [new(top, 1), new(leg, n)]))))));

        var bom = await Warehouse.RunAsync(s => s.GetAsync(desk));
        Assert.Single(bom.Versions, v => v.IsActive);
        Assert.Equal(saves.Count(saved => saved), bom.Versions.Count);
        Assert.Equal(bom.Versions.Select(v => v.Version).Order(), Enumerable.Range(1, bom.Versions.Count));
    }

    [Fact]
    public async Task TheDemoCompany_AssemblesItsDesks_OverThreeLevels()
    {
        var made = await Warehouse.RunAsync(s => s.MadeProductsAsync(new PageRequest(Search: "dsk-1")));
        var desk = await Warehouse.RunAsync(s => s.GetAsync(made.Items.Single(p => p.Sku == "DSK-120").Id));
        var active = desk.Active!;
        var top = await Warehouse.RunAsync(s => s.GetAsync(active.Lines[0].ComponentId));

        Assert.Equal(["DSK-120", "DSK-160"], made.Items.Select(p => p.Sku));
        Assert.Equal([2, 1], desk.Versions.Select(v => v.Version));
        Assert.Equal(["TOP-120", "FRM-LEG", "SCR-M6"], active.Lines.Select(l => l.Sku));
        Assert.Equal(["BRD-160", "EDG-BND"], top.Active!.Lines.Select(l => l.Sku));
        // The tops were made this morning: 5 boards at 21.90 and 27 m of banding at 0.85 (132.45) and 6 × 6.50 of labour
        // for the 6 attempted, carried by the 5 made: 171.45 × 5/6 = 142.88, 28.576 each. 28.576 + 61.50 + 16 × 1.05 × 0.06 = 91.084.
        Assert.Equal(91.084m, active.MaterialCost);
    }

    private static async Task<bool> Attempt(Func<Task> save)
    {
        try
        {
            await save();
            return true;
        }
        catch (ConcurrencyConflictException)
        {
            return false;
        }
    }
}
