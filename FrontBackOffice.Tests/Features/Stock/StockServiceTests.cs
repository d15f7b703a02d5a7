using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Stock;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Features.Home;
using FrontBackOffice.Web.Features.Stock;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontBackOffice.Tests.Features.Stock;

[Collection(AppCollection.Name)]
public class StockServiceTests : IAsyncLifetime
{
    private readonly StockCompany company = new();

    public Task InitializeAsync() => company.StockAsync(("BOLT", 100, 0.40m), ("DESK", 2, 120m));

    public Task DisposeAsync() => company.DisposeAsync().AsTask();

    private ServiceCaller<StockService> Stock => company.As<StockService>(StockCompany.Keeper);

    [Fact]
    public async Task Product_RefusesATakenSku_AndNegativeAmounts()
    {
        var taken = await Assert.ThrowsAsync<InvalidInputException>(() => Stock.RunAsync(s => s.CreateProductAsync(new ProductDetails("bolt", "Another bolt", 1m, 0.5m, 0))));
        var negative = await Assert.ThrowsAsync<InvalidInputException>(() => Stock.RunAsync(s => s.CreateProductAsync(new ProductDetails("NUT", "Nut", -1m, -0.5m, -2))));

        Assert.Contains("already used by Product BOLT", taken.Errors.For("Sku"));
        Assert.Equal(["ReorderLevel", "UnitCost", "UnitPrice"], negative.Errors.ByField.Keys.Order());
    }

    [Fact]
    public async Task Product_IsBoughtUnlessMarkedMade_AndItsSourcingIsKept()
    {
        var made = await Stock.RunAsync(s => s.CreateProductAsync(new ProductDetails("TOP-1", "Desk top", 0m, 40m, 0, ProductSourcing.BoughtAndMade)));
        var detail = await Stock.RunAsync(s => s.ProductAsync(made));
        await Stock.RunAsync(s => s.UpdateProductAsync(made, detail.Version, detail.ToDetails() with { Sourcing = ProductSourcing.Made }));

        Assert.Equal(ProductSourcing.BoughtAndMade, detail.Sourcing);
        Assert.Equal(ProductSourcing.Made, (await Stock.RunAsync(s => s.ProductAsync(made))).Sourcing);
        Assert.Equal(ProductSourcing.Bought, (await Stock.RunAsync(s => s.ProductAsync(company.Products["BOLT"]))).Sourcing);
    }

    [Fact]
    public async Task Receipt_AddsStock_WithAReceiptMovement_EvenWhereTheProductWasNeverKept()
    {
        await Stock.RunAsync(s => s.ReceiveAsync(company.Products["DESK"], company.City, 4, 118m, "DN-77", "Transferred from the showroom"));

        var movements = await Stock.RunAsync(s => s.MovementsAsync(company.Products["DESK"], new PageRequest()));

        Assert.Equal(4, await company.OnHandAsync("DESK", company.City));
        Assert.Equal((MovementKind.Receipt, 4, 118m, "CITY"), (movements.Items[0].Kind, movements.Items[0].Quantity, movements.Items[0].UnitCost, movements.Items[0].Location));
    }

    [Fact]
    public async Task Movements_AreListedNewestFirst_WithTheDeliveryNoteOfEachReceipt()
    {
        await Stock.RunAsync(s => s.ReceiveAsync(company.Products["BOLT"], company.Main, 10, 0.40m, "DN-4711", "Returned by a fitter"));
        await using (var db = company.CreateDbContext())
        {
            // A movement written later for an earlier moment (a late correction) sorts by when it happened, not by its number.
            var level = await db.StockLevels.SingleAsync(l => l.ProductId == company.Products["BOLT"] && l.LocationId == company.Main);
            db.StockMovements.Add(level.Receive(1, 0.40m, company.Clock!.GetUtcNow().UtcDateTime.AddDays(-3), new StockSource(StockSource.GoodsReceipt, 0)));
            await db.SaveChangesAsync();
        }

        var movements = (await Stock.RunAsync(s => s.MovementsAsync(company.Products["BOLT"], new PageRequest()))).Items;

        Assert.Equal(movements.OrderByDescending(m => m.OccurredAt).Select(m => m.Id), movements.Select(m => m.Id));
        Assert.Equal(("DN-4711", 10), (movements[0].Reference, movements[0].Quantity));
    }

    [Fact]
    public async Task LowStockFilter_ShowsLevelsBelowTheirReorderLevel()
    {
        var low = await Stock.RunAsync(s => s.LevelsAsync(new PageRequest(), new LevelFilter(LowOnly: true)));

        Assert.Equal(["DESK"], low.Items.Select(l => l.Sku));
        Assert.Equal((2, 0, 2), (low.Items[0].OnHand, low.Items[0].Reserved, low.Items[0].Available));
    }

    [Fact]
    public async Task BackDashboard_ValuesTheStockAtUnitCost_InTheDatabase()
    {
        await using var scope = await company.ScopeForAsync(StockCompany.Keeper);

        var dashboard = await scope.ServiceProvider.GetRequiredService<BackDashboardService>().GetAsync();

        // 100 × 0.40 + 2 × 120.00 + 5 × 1.00 (city) = 285.00
        Assert.Equal(285.00m, dashboard.StockValue);
        Assert.Equal(1, dashboard.LowStock);
        Assert.Null(dashboard.LastClose);
        Assert.Contains(dashboard.NextJobs, j => j.Type == "NightlyAccounting");
    }
}
