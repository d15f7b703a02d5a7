using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Shared.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace FrontBackOffice.Tests.Features.Ledger;

/// <summary>The demo company, bought through purchasing and closed by the nightly close: its books agree with its warehouse.</summary>
[Collection(AppCollection.Name)]
public sealed class DemoBooksTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly AppFactory app = new() { RunJobServer = false, Clock = new FakeTimeProvider(DateTimeOffset.UtcNow) };

    public Task InitializeAsync()
    {
        _ = app.Server;
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => app.DisposeAsync().AsTask();

    private async Task<BooksCheckReport> CheckAsync(string when)
    {
        await using var db = app.CreateDbContext();
        var report = await BooksCheck.RunAsync(db, CancellationToken.None);
        foreach (var line in report.Lines)
        {
            output.WriteLine($"{when}: {line.Rule}: ledger {line.Ledger:0.00}, records {line.Records:0.00}");
        }
        return report;
    }

    [Fact]
    public async Task AfterTheSeed_AndAfterTheNextClose_TheLedgerAgreesWithTheStockAndThePurchasesToTheCent()
    {
        var seeded = await CheckAsync("after the seed");
        app.Clock!.Advance(TimeSpan.FromDays(1));
        var summary = await app.CloseBooksAsync();
        var closed = await CheckAsync("after the close");

        await using var db = app.CreateDbContext();
        var valuation = await db.Products.SumAsync(p => p.StockValue);
        var inventory = await db.JournalLines.Where(l => l.AccountCode == "1300").SumAsync(l => l.Debit - l.Credit);
        var owed = await db.PurchaseOrderLines.SumAsync(l => l.ReceivedValue - l.BilledReceivedValue);
        var grni = await db.JournalLines.Where(l => l.AccountCode == "2050").SumAsync(l => l.Credit - l.Debit);
        output.WriteLine($"1300 {inventory:0.00} = valuation {valuation:0.00}; 2050 {grni:0.00} = received not billed {owed:0.00}");
        Assert.True(seeded.Holds, string.Join("; ", seeded.Lines.Select(l => $"{l.Rule} {l.Difference}")));
        Assert.True(closed.Holds, summary);
        Assert.Equal(valuation, inventory);
        Assert.Equal(owed, grni);
        Assert.True(valuation > 1_000_000m && owed > 0m, "the demo holds stock and goods not billed yet");
        Assert.Contains("Books check: the ledger agrees", summary);
    }
}
