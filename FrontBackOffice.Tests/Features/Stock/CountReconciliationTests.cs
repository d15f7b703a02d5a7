using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Jobs;
using FrontBackOffice.Domain.Ledger;
using FrontBackOffice.Domain.Stock;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Features.Stock;
using FrontBackOffice.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontBackOffice.Tests.Features.Stock;

[Collection(AppCollection.Name)]
public class CountReconciliationTests : IAsyncLifetime
{
    private readonly StockCompany company = new();

    public Task InitializeAsync() => company.StockAsync(("BOLT", 100, 0.40m), ("DESK", 10, 120m), ("LAMP", 20, 15m), ("PAPER", 50, 3.3333m));

    public async Task DisposeAsync()
    {
        await using (var db = company.CreateDbContext())
        {
            Assert.Equal(await db.JournalLines.SumAsync(l => l.Debit), await db.JournalLines.SumAsync(l => l.Credit));
        }
        await company.DisposeAsync();
    }

    private async Task<CountLineRow> LineAsync(int count, string sku) =>
        (await company.Counts.RunAsync(c => c.LinesAsync(count, new PageRequest(PageSize: 200), CountLineFilter.All))).Items.Single(l => l.Sku == sku);

    [Fact]
    public async Task Open_SnapshotsEveryProductOfTheLocation()
    {
        var count = await company.Counts.RunAsync(c => c.OpenAsync(company.Main));

        var lines = (await company.Counts.RunAsync(c => c.LinesAsync(count, new PageRequest(PageSize: 200), CountLineFilter.All))).Items;

        Assert.Equal(["BOLT", "DESK", "LAMP", "PAPER"], lines.Select(l => l.Sku));
        Assert.Equal([100, 10, 20, 50], lines.Select(l => l.SystemQuantity));
        await Assert.ThrowsAsync<DomainException>(() => company.Counts.RunAsync(c => c.OpenAsync(company.Main)));
    }

    [Fact]
    public async Task ApproveAll_ApprovesEveryWaitingLine_MoreThanAPageOfThem_AndPostsTheCount()
    {
        await using var big = new StockCompany();
        await big.StockAsync(Enumerable.Range(1, 250).Select(i => ($"P{i:D3}", 2, 400m)).ToArray());
        var (count, _) = await big.CountAndSubmitAsync(Enumerable.Range(1, 250).Select(i => ($"P{i:D3}", 0)).ToArray());
        Assert.Equal(250, (await big.Counts.RunAsync(c => c.GetAsync(count))).WaitingForApproval);

        var posting = await big.Counts.RunAsync(c => c.ApproveAllAsync(count));
        await big.RunJobAsync(posting!.Value);

        var closed = await big.Counts.RunAsync(c => c.GetAsync(count));
        // 250 lines of −2 × 400.00
        Assert.Equal((CountState.Closed, 0, 200_000m), (closed.State, closed.WaitingForApproval, closed.Losses));
        await using var db = big.CreateDbContext();
        Assert.Equal(250, await db.CountLines.CountAsync(l => l.SessionId == count && l.ApprovedBy == "keeper"));
    }

    [Fact]
    public async Task ImportOfManyUnknownSkus_ListsTheFirstHundred_AndCountsTheRest_WithoutAskingTooMuchOfTheDatabase()
    {
        var count = await company.Counts.RunAsync(c => c.OpenAsync(company.Main));
        var file = "sku,counted\n" + string.Join("\n", Enumerable.Range(0, 40_000).Select(i => $"NO-SUCH-SKU-{i},1"));

        var refused = await Assert.ThrowsAsync<ImportRefusedException>(() => company.Counts.RunAsync(c => c.ImportTextAsync(count, file)));

        Assert.Equal((100, 40_000), (refused.Errors.Count, refused.BadLines));
        Assert.Equal("Line 2: Unknown SKU 'NO-SUCH-SKU-0'.", refused.Errors[0].ToString());
    }

    [Fact]
    public async Task ImportLongerThanTheLimit_IsRefusedWhole_SayingSo()
    {
        await using var small = new StockCompany();
        small.Settings["Stock:ImportMaxLines"] = "3";
        await small.StockAsync(("BOLT", 100, 0.40m));
        var count = await small.Counts.RunAsync(c => c.OpenAsync(small.Main));

        var refused = await Assert.ThrowsAsync<ImportRefusedException>(() => small.Counts.RunAsync(c => c.ImportTextAsync(count, "sku,counted\nBOLT,1\nBOLT,2\nBOLT,3\nBOLT,4\n")));

        Assert.Equal(["The file has more than 3 lines, the most a count file may have."], refused.Errors.Select(e => e.ToString()));
        Assert.Null((await small.Counts.RunAsync(c => c.LinesAsync(count, new PageRequest(), CountLineFilter.All))).Items.Single().Counted);
    }

    [Fact]
    public async Task ImportLargerThanTheLimit_IsRefusedWhole_WhateverTheUploadClaimed()
    {
        await using var small = new StockCompany();
        small.Settings["Stock:ImportMaxMegabytes"] = "1";
        await small.StockAsync(("BOLT", 100, 0.40m));
        var count = await small.Counts.RunAsync(c => c.OpenAsync(small.Main));
        var file = "sku,counted\n" + string.Concat(Enumerable.Repeat("BOLT,1\n", 200_000));

        var refused = await Assert.ThrowsAsync<ImportRefusedException>(() => small.Counts.RunAsync(c => c.ImportTextAsync(count, file)));

        Assert.Equal(["The file is larger than 1 MB, the most a count file may have."], refused.Errors.Select(e => e.ToString()));
        Assert.Null((await small.Counts.RunAsync(c => c.LinesAsync(count, new PageRequest(), CountLineFilter.All))).Items.Single().Counted);
    }

    [Fact]
    public async Task MovementsDuringAnOpenCount_AreAccountedFor()
    {
        var count = await company.Counts.RunAsync(c => c.OpenAsync(company.Main));
        await using (var scope = await company.ScopeForAsync(StockCompany.Keeper))
        {
            await scope.ServiceProvider.GetRequiredService<StockService>().ReceiveAsync(company.Products["LAMP"], company.Main, 5, 15m, "DN-1", "Found in returns");
        }
        await company.Counts.RunAsync(c => c.ImportTextAsync(count, "sku,counted\nLAMP,23\n"));
        await company.RunJobAsync(await company.Counts.RunAsync(c => c.SubmitAsync(count)));

        var lamp = await LineAsync(count, "LAMP");
        // expected = 20 at the snapshot + 5 received since = 25; counted 23; variance −2 × 15.00 = −30.00
        Assert.Equal((20, 25, 23, -2, -30m), (lamp.SystemQuantity, lamp.Expected, lamp.Counted, lamp.Variance, lamp.Value));
        Assert.Equal(23, await company.OnHandAsync("LAMP"));
    }

    [Fact]
    public async Task RefusedImport_SavesNothing_AndListsEveryBadLine()
    {
        var count = await company.Counts.RunAsync(c => c.OpenAsync(company.Main));
        await company.Counts.RunAsync(c => c.ImportTextAsync(count, "sku,counted\nBOLT,99\n"));

        var refused = await Assert.ThrowsAsync<ImportRefusedException>(() => company.Counts.RunAsync(c => c.ImportTextAsync(count,
            "sku,counted\nBOLT,90\nDESK,9\nGHOST,1\nCITY-ONLY,5\nLAMP,-1\n")));

        Assert.Equal(["Line 4: Unknown SKU 'GHOST'.", "Line 5: SKU 'CITY-ONLY' is not counted at this location.", "Line 6: The counted quantity -1 is negative."], refused.Errors.Select(e => e.ToString()));
        Assert.Equal(99, (await LineAsync(count, "BOLT")).Counted);
        Assert.Null((await LineAsync(count, "DESK")).Counted);
    }

    [Fact]
    public async Task SmallVariances_ArePostedAtOnce_WithOneEntryEqualToTheLineValues()
    {
        var (count, job) = await company.CountAndSubmitAsync(("BOLT", 104), ("LAMP", 19), ("PAPER", 47));

        var detail = await company.Counts.RunAsync(c => c.GetAsync(count));
        await using var db = company.CreateDbContext();
        var entry = await db.JournalEntries.Include(e => e.Lines).SingleAsync(e => e.SourceType == PostingSource.StockCount && e.SourceId == count);
        // gains: BOLT +4 × 0.40 = 1.60; losses: LAMP −1 × 15.00 = 15.00, PAPER −3 × 3.3333 = 9.9999 → 10.00
        Assert.Equal(CountState.Closed, detail.State);
        Assert.Equal((1.60m, 25.00m), (detail.Gains, detail.Losses));
        Assert.Equal([("1300", 1.60m, 0m), ("5100", 0m, 1.60m), ("5100", 25.00m, 0m), ("1300", 0m, 25.00m)], entry.Lines.Select(l => (l.AccountCode, l.Debit, l.Credit)));
        Assert.Equal((104, 19, 47, 10), (await company.OnHandAsync("BOLT"), await company.OnHandAsync("LAMP"), await company.OnHandAsync("PAPER"), await company.OnHandAsync("DESK")));
        Assert.Equal(3, await db.StockMovements.CountAsync(m => m.SourceType == StockSource.StockCount));
        Assert.Equal(JobRunState.Succeeded, (await company.JobRunAsync(job)).State);
    }

    [Fact]
    public async Task LargeVariance_WaitsForApproval_ThenPosts()
    {
        var (count, job) = await company.CountAndSubmitAsync(("DESK", 5), ("LAMP", 21));

        var waiting = await company.Counts.RunAsync(c => c.GetAsync(count));
        await using (var db = company.CreateDbContext())
        {
            Assert.Equal(0, await db.StockMovements.CountAsync(m => m.SourceType == StockSource.StockCount));
            Assert.False(await db.JournalEntries.AnyAsync(e => e.SourceType == PostingSource.StockCount));
        }
        Assert.Equal((CountState.AwaitingApproval, 1), (waiting.State, waiting.WaitingForApproval));
        Assert.Contains("1 line(s) wait for approval", (await company.JobRunAsync(job)).Summary);

        var desk = await LineAsync(count, "DESK");
        var posting = await company.Counts.RunAsync(c => c.ApproveAsync(count, desk.Id));
        await company.RunJobAsync(posting!.Value);

        var closed = await company.Counts.RunAsync(c => c.GetAsync(count));
        // DESK −5 × 120.00 = −600.00 (above 500), LAMP +1 × 15.00
        Assert.Equal((CountState.Closed, 15m, 600m), (closed.State, closed.Gains, closed.Losses));
        Assert.Equal("keeper", (await LineAsync(count, "DESK")).ApprovedBy);
        await using (var db = company.CreateDbContext())
        {
            var audit = await db.AuditLog.Where(e => e.Subject == CountService.SubjectOf(count)).Select(e => e.Kind).ToListAsync();
            Assert.Contains(FrontBackOffice.Domain.Audit.AuditKind.Approval, audit);
            Assert.Contains(FrontBackOffice.Domain.Audit.AuditKind.EntryPosted, audit);
        }
        Assert.Equal(5, await company.OnHandAsync("DESK"));
    }

    [Fact]
    public async Task IntegrityCheck_ReportsACorruptedStockLevel()
    {
        await using (var db = company.CreateDbContext())
        {
            await db.StockLevels.Where(l => l.ProductId == company.Products["BOLT"]).ExecuteUpdateAsync(set => set.SetProperty(l => l.OnHand, 97));
        }

        var (_, job) = await company.CountAndSubmitAsync(("LAMP", 20));

        Assert.Contains("BOLT at MAIN: level 97, movements 100", (await company.JobRunAsync(job)).Summary);
    }

    [Fact]
    public async Task ReconciliationKilledWhilePosting_AndRetried_AdjustsEachLineOnce()
    {
        var count = await company.Counts.RunAsync(c => c.OpenAsync(company.Main));
        await company.Counts.RunAsync(c => c.ImportTextAsync(count, "sku,counted\nBOLT,101\nDESK,10\nLAMP,18\nPAPER,52\n"));
        var job = await company.Counts.RunAsync(c => c.SubmitAsync(count));
        await using (var scope = company.Services.CreateAsyncScope())
        {
            var reconciliation = scope.ServiceProvider.GetRequiredKeyedService<IBatchJob>(JobKinds.StockReconciliation.Type);
            var reports = 0;
            var context = new JobRunContext(job, CountService.SubjectOf(count), null, "keeper", null,
                (_, _) => ++reports == 4 ? throw new IOException("The process died while posting.") : Task.CompletedTask);
            await Assert.ThrowsAsync<IOException>(() => reconciliation.RunAsync(context, CancellationToken.None));
        }
        await using (var db = company.CreateDbContext())
        {
            Assert.Equal(1, await db.StockMovements.CountAsync(m => m.SourceType == StockSource.StockCount));
        }

        await company.RunJobAsync(job);

        await using var check = company.CreateDbContext();
        Assert.Equal(3, await check.StockMovements.CountAsync(m => m.SourceType == StockSource.StockCount));
        Assert.Equal(1, await check.JournalEntries.CountAsync(e => e.SourceType == PostingSource.StockCount));
        Assert.Equal((101, 10, 18, 52), (await company.OnHandAsync("BOLT"), await company.OnHandAsync("DESK"), await company.OnHandAsync("LAMP"), await company.OnHandAsync("PAPER")));
        Assert.Equal(CountState.Closed, (await company.Counts.RunAsync(c => c.GetAsync(count))).State);
    }

    [Fact]
    public async Task SecondAdjustmentOfACountLine_IsRefusedByTheDatabase()
    {
        var (count, _) = await company.CountAndSubmitAsync(("BOLT", 101));
        await using var db = company.CreateDbContext();
        var posted = await db.StockMovements.FirstAsync(m => m.SourceType == StockSource.StockCount);
        var level = await db.StockLevels.SingleAsync(l => l.ProductId == posted.ProductId && l.LocationId == posted.LocationId);
        db.StockMovements.Add(level.Adjust(1, 0.4m, DateTime.UtcNow, new StockSource(StockSource.StockCount, posted.SourceId)));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.True(count > 0);
    }

    [Fact]
    public async Task OtherRoles_CannotCount()
    {
        await using var scope = await company.ScopeForAsync(StockCompany.Seller);

        await Assert.ThrowsAsync<Web.Security.AccessDeniedException>(() => scope.ServiceProvider.GetRequiredService<CountService>().OpenAsync(company.Main));
        await Assert.ThrowsAsync<Web.Security.AccessDeniedException>(() => scope.ServiceProvider.GetRequiredService<StockService>().LevelsAsync(new PageRequest(), new LevelFilter()));
    }
}
