using FrontBackOffice.Domain.Ledger;
using FrontBackOffice.Domain.Orders;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Benchmarks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontBackOffice.Tests.Benchmarks;

/// <summary>The close benchmark drives the real close over a generated company, whichever provider; the figures are measured elsewhere.</summary>
[Collection(AppCollection.Name)]
public sealed class CloseBenchmarkTests : IAsyncLifetime
{
    private readonly AppFactory app = new() { Demo = false, RunJobServer = false, TestServices = BenchCommand.AddServices };

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => app.DisposeAsync().AsTask();

    [Fact]
    public async Task TheCloseBenchmark_ClosesTwoPeriodsOfGeneratedOrders_WithTheBooksAgreeing_AndReportsItsBaselines()
    {
        await using var scope = app.Services.CreateAsyncScope();

        var report = await ActivatorUtilities.CreateInstance<CloseBenchmark>(scope.ServiceProvider).RunAsync(orders: 150, days: 3, TextWriter.Null, CancellationToken.None);

        await using var db = app.CreateDbContext();
        Assert.Equal(300, await db.SalesOrders.CountAsync(o => o.Status == OrderStatus.Invoiced && o.CostOfGoodsSold > 0));
        Assert.Equal(6, await db.ClosedDays.CountAsync());
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(report, "Books check: the ledger agrees").Count);
        Assert.Matches(@"\| 150 \| 300 \| [\d.]+ \| [\d.]+ \| [\d,]+ \| [\d.]+ \| [\d.]+× \| [\d,]+ \| [\d.]+× \|", report);
        // Every order booked once by the closes; the baselines' copies are today's, of documents numbered below zero.
        var booked = await db.JournalEntries.Where(e => e.SourceId > 0).GroupBy(e => e.SourceType).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        Assert.Equal((300, 300), (booked[PostingSource.Shipment], booked[PostingSource.Invoice]));
        Assert.Equal(2 * 300, await db.JournalEntries.CountAsync(e => e.SourceId < 0));
        var totals = await db.JournalLines.GroupBy(_ => 1).Select(g => new { Debit = g.Sum(l => l.Debit), Credit = g.Sum(l => l.Credit) }).SingleAsync();
        Assert.Equal(totals.Debit, totals.Credit);
    }
}
