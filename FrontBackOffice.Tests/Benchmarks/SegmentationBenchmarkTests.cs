using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Benchmarks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontBackOffice.Tests.Benchmarks;

/// <summary>The segmentation benchmark works on the app's database, whichever provider: the figures are measured elsewhere.</summary>
[Collection(AppCollection.Name)]
public sealed class SegmentationBenchmarkTests : IAsyncLifetime
{
    private readonly AppFactory app = new() { Demo = false, RunJobServer = false, TestServices = BenchCommand.AddServices };

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => app.DisposeAsync().AsTask();

    [Fact]
    public async Task TheBenchmark_SegmentsTheGeneratedCustomersTwice_AndLeavesTheScoresAsTheWarmRunWroteThem()
    {
        await using var scope = app.Services.CreateAsyncScope();

        var report = await ActivatorUtilities.CreateInstance<SegmentationBenchmark>(scope.ServiceProvider).RunAsync(600, 200, TextWriter.Null, CancellationToken.None);

        await using var db = app.CreateDbContext();
        var lastRun = await db.SegmentationRuns.MaxAsync(r => r.RunId);
        Assert.Matches(@"\| 200 \| [\d.]+ \| [\d.]+ \| [\d,]+ \| [\d.]+ \| [\d.]+× \|", report);
        Assert.Contains("0 changed segment.", report);
        Assert.Equal(await db.Customers.CountAsync(c => db.SalesOrders.Any(o => o.CustomerId == c.Id)), await db.CustomerSegments.CountAsync());
        Assert.All(await db.CustomerSegments.Select(s => s.RunId).ToListAsync(), id => Assert.Equal(lastRun, id));
        Assert.Equal(await db.CustomerSegments.CountAsync(), await db.SegmentChanges.CountAsync());
    }
}
