using FrontBackOffice.Domain.Making;
using FrontBackOffice.Domain.Stock;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Benchmarks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontBackOffice.Tests.Benchmarks;

/// <summary>The generated company and the planning benchmark work on the app's database, whichever provider: the figures are measured elsewhere.</summary>
[Collection(AppCollection.Name)]
public sealed class PlanningBenchmarkTests : IAsyncLifetime
{
    private readonly AppFactory app = new() { Demo = false, RunJobServer = false, TestServices = BenchCommand.AddServices };

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => app.DisposeAsync().AsTask();

    [Fact]
    public async Task AGeneratedCompany_HasThreeLevelsOfBills_AndStockThatIsTheSumOfItsMovements_AndThePlanningBenchmarkReportsOnIt()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var size = await scope.ServiceProvider.GetRequiredService<GeneratedCompany>().GenerateProductsAsync(300, seed: 7, CancellationToken.None);

        var report = await ActivatorUtilities.CreateInstance<PlanningBenchmark>(scope.ServiceProvider).RunAsync(null, TextWriter.Null, CancellationToken.None);

        await using var db = app.CreateDbContext();
        var boms = await db.BillsOfMaterials.AsNoTracking().Include(b => b.Lines).ToListAsync();
        Assert.Equal((30, 60, 210), (size.Finished, size.SubAssemblies, size.Parts));
        Assert.Equal(3, new BomStructure(boms).LowLevelCodes().Values.Max() + 1);
        var levels = await db.StockLevels.AsNoTracking().ToDictionaryAsync(l => l.ProductId, l => l.OnHand);
        var moved = await db.StockMovements.GroupBy(m => m.ProductId).Select(g => new { g.Key, Units = g.Sum(m => m.Quantity) }).ToDictionaryAsync(g => g.Key, g => g.Units);
        Assert.Equal(300, levels.Count);
        Assert.All(levels, l => Assert.Equal(l.Value, moved.GetValueOrDefault(l.Key)));
        Assert.True(await db.WorkOrders.AnyAsync(o => o.Status == WorkOrderStatus.Draft) && await db.PurchaseOrderLines.AnyAsync());
        // Two runs were planned (cold and warm); the floor's rows are gone again.
        Assert.Matches(@"\| 300 \| \d+ \| [\d.]+ \| [\d.]+ \| [\d,]+ \| [\d.]+ \| [\d.]+× \|", report);
        Assert.Equal(await db.ReplenishmentProposals.CountAsync(p => p.RunId == db.ReplenishmentProposals.Max(x => x.RunId)), await db.ReplenishmentProposals.CountAsync());
        Assert.DoesNotContain(await db.ReplenishmentProposals.Select(p => p.RunId).ToListAsync(), id => id < 0);
        Assert.Equal(ProductSourcing.Made, (await db.Products.SingleAsync(p => p.Sku == "FIN-0000001")).Sourcing);
    }
}
