using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Benchmarks;
using Microsoft.Extensions.DependencyInjection;

namespace FrontBackOffice.Tests.Benchmarks;

/// <summary>The grids benchmark times each list page against its SQL by hand, whichever provider; the figures are measured elsewhere.</summary>
[Collection(AppCollection.Name)]
public sealed class GridsBenchmarkTests : IAsyncLifetime
{
    private readonly AppFactory app = new() { Demo = false, RunJobServer = false, TestServices = BenchCommand.AddServices };

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => app.DisposeAsync().AsTask();

    [Fact]
    public async Task TheGridsBenchmark_TimesEveryPageOfTheOrdersAndCustomersLists_WhereTheAppAndTheSqlByHandShowTheSameRows()
    {
        await using var scope = app.Services.CreateAsyncScope();

        // It stops when the app and the SQL written by hand disagree on a page's rows.
        var report = await ActivatorUtilities.CreateInstance<GridsBenchmark>(scope.ServiceProvider).RunAsync(orderCount: 240, customerCount: 60, TextWriter.Null, CancellationToken.None);

        var rows = report.Split('\n').Where(line => line.StartsWith("| orders", StringComparison.Ordinal) || line.StartsWith("| customers", StringComparison.Ordinal)).ToList();
        Assert.Equal(22, rows.Count);
        Assert.All(rows, row => Assert.Matches(@"^\| [^|]+ \| [\d,]+ \| [\d.]+ ms \| [\d.]+ ms \| [\d.]+ ms \| [\d.]+ ms \| [\d.]+× \|$", row.TrimEnd()));
        Assert.Contains("| orders, middle page | 25 |", report);
        Assert.Contains("| customers, last page | 10 |", report);
        Assert.Matches(@"\| orders, search ""inv-[\d-]+"" \| 1 \|", report);
    }
}
