using FrontBackOffice.Domain.Stock;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Benchmarks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontBackOffice.Tests.Benchmarks;

/// <summary>The reconciliation benchmark drives the real job over generated counts, whichever provider; the figures are measured elsewhere.</summary>
[Collection(AppCollection.Name)]
public sealed class ReconcileBenchmarkTests : IAsyncLifetime
{
    private readonly AppFactory app = new() { Demo = false, RunJobServer = false, TestServices = BenchCommand.AddServices, Settings = { ["Stock:ChunkSize"] = "40" } };

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => app.DisposeAsync().AsTask();

    [Fact]
    public async Task TheReconcileBenchmark_ClosesTwoGeneratedCounts_WithStockEqualToWhatWasCounted_AndReportsItsBaselines()
    {
        await using var scope = app.Services.CreateAsyncScope();

        var report = await ActivatorUtilities.CreateInstance<ReconcileBenchmark>(scope.ServiceProvider).RunAsync(skus: 150, TextWriter.Null, CancellationToken.None);

        await using var db = app.CreateDbContext();
        Assert.Matches(@"\| 150 \| \d+ \| [\d.]+ \| [\d.]+ \| [\d,]+ \| [\d.]+ \| [\d.]+× \| [\d,]+ \| [\d.]+× \|", report);
        var counts = await db.CountSessions.AsNoTracking().OrderBy(s => s.Id).ToListAsync();
        Assert.Equal([CountState.Closed, CountState.Closed, CountState.Reconciling], counts.Select(s => s.State));
        // The job's counts leave each level at what was counted; the floor's copies are of lines numbered below zero.
        foreach (var count in counts.Take(2))
        {
            var counted = await db.CountLines.Where(l => l.SessionId == count.Id).ToDictionaryAsync(l => l.ProductId, l => l.Counted);
            var levels = await db.StockLevels.Where(l => l.LocationId == count.LocationId).ToDictionaryAsync(l => l.ProductId, l => (int?)l.OnHand);
            Assert.Equal(150, counted.Count);
            Assert.Equal(counted, levels);
            Assert.True(await db.CountLines.AnyAsync(l => l.SessionId == count.Id && l.Variance != 0));
        }
        var adjusted = await db.CountLines.CountAsync(l => l.SessionId == counts[1].Id && l.Variance != 0);
        Assert.Equal(adjusted, await db.StockMovements.CountAsync(m => m.SourceType == StockSource.StockCount && m.SourceId < 0));
        Assert.Contains($"| 150 | {adjusted} |", report);
        Assert.Equal(150, await db.CountLines.CountAsync(l => l.SessionId == counts[2].Id && l.Posted));
    }
}
