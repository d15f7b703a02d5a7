using System.Collections.Concurrent;
using FrontBackOffice.Domain.Jobs;
using FrontBackOffice.Tests.Features.Ledger;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Features.Jobs;
using FrontBackOffice.Web.Jobs;
using FrontBackOffice.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontBackOffice.Tests.Features.Jobs;

[Collection(AppCollection.Name)]
public class JobsBackboneTests(DemoApp demo)
{
    private static async Task<T> AsAsync<T>(AppFactory app, string email, Func<JobsService, Task<T>> work)
    {
        await using var scope = await app.ScopeForAsync(email);
        return await work(scope.ServiceProvider.GetRequiredService<JobsService>());
    }

    [Fact]
    public async Task ManualTrigger_WhileARunIsQueued_IsRefusedWithAClearMessage()
    {
        await using var company = new LedgerCompany();
        await company.TradeForFiveDaysAsync();
        var first = await AsAsync(company, LedgerCompany.Accountant, j => j.RunNightlyAccountingAsync());

        var refused = await Assert.ThrowsAsync<JobAlreadyActiveException>(() => AsAsync(company, LedgerCompany.Accountant, j => j.RunNightlyAccountingAsync()));

        Assert.Contains($"already queued (run #{first}, started by accountant)", refused.Message);
    }

    [Fact]
    public async Task TwoActiveRunsOfAJobOverASubject_AreRefusedByTheDatabase_ButEndedRunsDoNotBlock()
    {
        await using var company = new LedgerCompany();
        _ = company.Server;
        await using var db = company.CreateDbContext();
        var ended = new JobRun("NightlyAccounting", "books", null, "schedule", null, DateTime.UtcNow);
        ended.Start(DateTime.UtcNow);
        ended.Fail("boom", DateTime.UtcNow);
        db.JobRuns.AddRange(ended, new JobRun("NightlyAccounting", "books", null, "schedule", null, DateTime.UtcNow));
        await db.SaveChangesAsync();

        db.JobRuns.Add(new JobRun("NightlyAccounting", "books", null, "schedule", null, DateTime.UtcNow));
        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.Contains("UNIQUE", refused.InnerException!.Message);
    }

    [Fact]
    public async Task RoleThatMayNotRunTheClose_IsRefusedByTheService()
    {
        await using var scope = await demo.ScopeForAsync("warehouse@demo.local");

        await Assert.ThrowsAsync<AccessDeniedException>(() => scope.ServiceProvider.GetRequiredService<JobsService>().RunNightlyAccountingAsync());
        Assert.DoesNotContain(await scope.ServiceProvider.GetRequiredService<JobsService>().KindsAsync(), k => k.Type == JobKinds.NightlyAccounting.Type);
    }

    [Fact]
    public async Task TriggeredClose_RunsInHangfire_AndItsRunRecordsWhoWhenAndProgress()
    {
        await using var company = new LedgerCompany { RunJobServer = true };
        await company.TradeForFiveDaysAsync();
        var changes = new ConcurrentQueue<JobRunView>();
        company.Services.GetRequiredService<JobRunFeed>().Changed += changes.Enqueue;

        var runId = await AsAsync(company, LedgerCompany.Accountant, j => j.RunNightlyAccountingAsync());
        var run = await WaitUntilEndedAsync(company, runId);

        Assert.Equal(JobRunState.Succeeded, run.State);
        Assert.Equal(("accountant", JobKinds.NightlyAccounting.Type, "books"), (run.StartedBy, run.JobType, run.Subject));
        Assert.Equal(32, run.Total);
        Assert.Equal(run.Total, run.Done);
        Assert.Contains("Closed 5 day(s)", run.Summary);
        Assert.True(run.StartedAt <= run.FinishedAt);
        Assert.Contains(changes, c => c.Id == runId && c.State == JobRunState.Running && c.Done > 0 && c.Done < c.Total);
        Assert.Equal(JobRunState.Succeeded, changes.Last(c => c.Id == runId).State);
        await using var db = company.CreateDbContext();
        var audit = await db.AuditLog.ToListAsync();
        Assert.Contains(audit, e => e.Kind == FrontBackOffice.Domain.Audit.AuditKind.JobTriggered && e.ActorName == "accountant" && e.Text.Contains("Nightly accounting close"));
        Assert.Equal(5, audit.Count(e => e.Kind == FrontBackOffice.Domain.Audit.AuditKind.DayClosed));
    }

    [Fact]
    public async Task DayThatDoesNotBalance_FailsTheRun_AndStaysOpen()
    {
        await using var company = new LedgerCompany { RunJobServer = true };
        await company.TradeForFiveDaysAsync();
        await using (var db = company.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO JournalEntries (Date, Description, SourceType, SourceId, PostedBy, PostedAt) VALUES ({0}, 'Broken', 'Test', 1, 'x', '2026-03-03 10:00:00');" +
                "INSERT INTO JournalLines (EntryId, AccountCode, Debit, Credit) VALUES (last_insert_rowid(), '1100', 10000, 0);",
                company.FirstDay.AddDays(2).ToString("yyyy-MM-dd"));
        }

        var run = await WaitUntilEndedAsync(company, await AsAsync(company, LedgerCompany.Accountant, j => j.RunNightlyAccountingAsync()));

        Assert.Equal(JobRunState.Failed, run.State);
        Assert.Contains("2026-03-04 cannot be closed: its debits", run.Error);
        await using var check = company.CreateDbContext();
        Assert.Equal(company.FirstDay.AddDays(1), await check.ClosedDays.MaxAsync(d => d.Date));
    }

    [Fact]
    public async Task EndedRun_IsNeverRunAgain()
    {
        await using var company = new LedgerCompany();
        await company.TradeForFiveDaysAsync();
        await using var db = company.CreateDbContext();
        var run = new JobRun(JobKinds.NightlyAccounting.Type, ScheduledJobs.Subject, null, "schedule", null, DateTime.UtcNow);
        run.Start(DateTime.UtcNow);
        run.Succeed("already done", DateTime.UtcNow);
        db.JobRuns.Add(run);
        await db.SaveChangesAsync();

        await using var scope = company.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<JobRunner>().RunAsync(run.Id, CancellationToken.None);

        Assert.Equal(0, await db.JournalEntries.CountAsync());
        Assert.Equal("already done", (await db.JobRuns.AsNoTracking().SingleAsync(r => r.Id == run.Id)).Summary);
    }

    [Fact]
    public async Task Schedule_ComesFromTheSettings_InTheCompanyTimeZone_WithItsNextRunTime()
    {
        await using var company = new LedgerCompany();
        company.Settings["Jobs:NightlyAccounting:Cron"] = "30 3 * * *";
        await company.TradeForFiveDaysAsync();

        var schedule = Assert.Single(await AsAsync(company, LedgerCompany.Accountant, j => j.SchedulesAsync()));

        Assert.Equal(("30 3 * * *", "Europe/Amsterdam"), (schedule.Cron, schedule.TimeZone));
        Assert.NotNull(schedule.NextRunAt);
    }

    [Fact]
    public void WrongCron_StopsTheStart_NamingTheSetting()
    {
        using var broken = new LedgerCompany();
        broken.Settings["Jobs:NightlyAccounting:Cron"] = "every night";

        var failure = Record.Exception(() => broken.Server);

        Assert.Contains("Jobs:NightlyAccounting:Cron 'every night' is not a valid cron expression", failure!.ToString());
    }

    private static async Task<JobRun> WaitUntilEndedAsync(AppFactory app, long runId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            await using var db = app.CreateDbContext();
            var run = await db.JobRuns.AsNoTracking().SingleAsync(r => r.Id == runId);
            if (!run.IsActive || DateTime.UtcNow > deadline)
            {
                return run;
            }
            await Task.Delay(100);
        }
    }
}
