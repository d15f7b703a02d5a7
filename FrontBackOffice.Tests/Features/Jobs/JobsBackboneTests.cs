using FrontBackOffice.Web.Data;
using System.Collections.Concurrent;
using System.Reflection;
using FrontBackOffice.Domain.Jobs;
using FrontBackOffice.Tests.Features.Ledger;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Features.Jobs;
using FrontBackOffice.Web.Jobs;
using FrontBackOffice.Web.Security;
using Hangfire;
using Hangfire.States;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontBackOffice.Tests.Features.Jobs;

[Collection(AppCollection.Name)]
public class JobsBackboneTests(DemoApp demo)
{

    [Fact]
    public async Task ManualTrigger_WhileARunIsQueued_IsRefusedWithAClearMessage()
    {
        await using var company = new LedgerCompany();
        await company.TradeForFiveDaysAsync();
        var first = await company.As<JobsService>(LedgerCompany.Accountant).RunAsync(j => j.RunNightlyAccountingAsync());

        var refused = await Assert.ThrowsAsync<JobAlreadyActiveException>(() => company.As<JobsService>(LedgerCompany.Accountant).RunAsync(j => j.RunNightlyAccountingAsync()));

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

        Assert.True(refused.IsUniqueViolation(), refused.InnerException!.Message);
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

        var runId = await company.As<JobsService>(LedgerCompany.Accountant).RunAsync(j => j.RunNightlyAccountingAsync());
        var run = await company.RunWhenEndedAsync(runId);

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
                """
                INSERT INTO "JournalEntries" ("Date", "Description", "SourceType", "SourceId", "PostedBy", "PostedAt") VALUES ({0}, 'Broken', 'Test', 1, 'x', '2026-03-03 10:00:00');
                INSERT INTO "JournalLines" ("EntryId", "AccountCode", "Debit", "Credit") VALUES ((SELECT MAX("Id") FROM "JournalEntries"), '1100', 10000, 0);
                """,
                company.FirstDay.AddDays(2));
        }

        var run = await company.RunWhenEndedAsync(await company.As<JobsService>(LedgerCompany.Accountant).RunAsync(j => j.RunNightlyAccountingAsync()));

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

        await company.RunJobAsync(run.Id);

        Assert.Equal(0, await db.JournalEntries.CountAsync());
        Assert.Equal("already done", (await db.JobRuns.AsNoTracking().SingleAsync(r => r.Id == run.Id)).Summary);
    }

    [Fact]
    public async Task Schedule_ComesFromTheSettings_InTheCompanyTimeZone_WithItsNextRunTime()
    {
        await using var company = new LedgerCompany();
        company.Settings["Jobs:NightlyAccounting:Cron"] = "30 3 * * *";
        await company.TradeForFiveDaysAsync();

        var schedule = Assert.Single(await company.As<JobsService>(LedgerCompany.Accountant).RunAsync(j => j.SchedulesAsync()));

        Assert.Equal(("30 3 * * *", "Europe/Amsterdam"), (schedule.Cron, schedule.TimeZone));
        Assert.NotNull(schedule.NextRunAt);
    }

    [Fact]
    public async Task Schedule_ShowsWhenARunLastStarted_ByAPersonOrByTheSchedule()
    {
        await using var company = new LedgerCompany();
        await company.TradeForFiveDaysAsync();
        var accountant = company.As<JobsService>(LedgerCompany.Accountant);
        Assert.Null(Assert.Single(await accountant.RunAsync(j => j.SchedulesAsync())).LastRunAt);

        await accountant.RunAsync(j => j.RunNightlyAccountingAsync());

        Assert.Equal(company.Clock!.GetUtcNow().UtcDateTime, Assert.Single(await accountant.RunAsync(j => j.SchedulesAsync())).LastRunAt);
    }

    [Fact]
    public async Task Start_TellsTheOpenPagesTheRunIsQueued_BeforeHangfireCanStartIt()
    {
        await using var company = new LedgerCompany();
        await company.TradeForFiveDaysAsync();
        var feed = company.Services.GetRequiredService<JobRunFeed>();
        var told = new List<JobRunState>();
        feed.Changed += run => told.Add(run.State);
        var hangfire = new RecordingJobClient(() => told.ToList());
        await using var scope = await company.ScopeForAsync(LedgerCompany.Accountant);
        var launcher = ActivatorUtilities.CreateInstance<JobLauncher>(scope.ServiceProvider, (IBackgroundJobClient)hangfire);

        await launcher.TriggerAsync(JobKinds.NightlyAccounting, ScheduledJobs.Subject);

        Assert.Equal([JobRunState.Queued], hangfire.ToldWhenEnqueued);
    }

    [Fact]
    public async Task RunThatHangfireLost_IsClosed_AndItsStorageConnectionWithIt()
    {
        await using var company = new LedgerCompany();
        await company.TradeForFiveDaysAsync();
        await using (var db = company.CreateDbContext())
        {
            var lost = new JobRun(JobKinds.NightlyAccounting.Type, ScheduledJobs.Subject, null, "schedule", null, DateTime.UtcNow);
            lost.Enqueued("987654");
            db.JobRuns.Add(lost);
            await db.SaveChangesAsync();
        }
        var storage = new CountingStorage(company.Services.GetRequiredService<JobStorage>());
        await using var scope = await company.ScopeForAsync(LedgerCompany.Accountant);
        var launcher = ActivatorUtilities.CreateInstance<JobLauncher>(scope.ServiceProvider, (JobStorage)storage,
            (IBackgroundJobClient)new RecordingJobClient(() => []));

        await launcher.TriggerAsync(JobKinds.NightlyAccounting, ScheduledJobs.Subject);

        Assert.Equal((1, 1), (storage.Opened, storage.Closed));
    }

    [Fact]
    public void WrongCron_StopsTheStart_NamingTheSetting()
    {
        using var broken = new LedgerCompany();
        broken.Settings["Jobs:NightlyAccounting:Cron"] = "every night";

        var failure = Record.Exception(() => broken.Server);

        Assert.Contains("Jobs:NightlyAccounting:Cron 'every night' is not a valid cron expression", failure!.ToString());
    }

    /// <summary>Hangfire's client as the launcher sees it: it records what the open pages had been told when a job was enqueued.</summary>
    private sealed class RecordingJobClient(Func<List<JobRunState>> told) : IBackgroundJobClient
    {
        public List<JobRunState>? ToldWhenEnqueued { get; private set; }

        public string Create(Hangfire.Common.Job job, IState state)
        {
            ToldWhenEnqueued = told();
            return "42";
        }

        public bool ChangeState(string jobId, IState state, string expectedState) => true;
    }

    /// <summary>The job storage, counting the connections it hands out and those given back.</summary>
    private sealed class CountingStorage(JobStorage storage) : JobStorage
    {
        public int Opened { get; private set; }

        public int Closed { get; private set; }

        public override IMonitoringApi GetMonitoringApi() => storage.GetMonitoringApi();

        public override IStorageConnection GetConnection()
        {
            Opened++;
            return ClosingConnection.Wrap(storage.GetConnection(), () => Closed++);
        }
    }
}

/// <summary>A storage connection that reports its disposal.</summary>
public class ClosingConnection : DispatchProxy
{
    private IStorageConnection connection = default!;
    private Action closed = default!;

    public static IStorageConnection Wrap(IStorageConnection connection, Action closed)
    {
        var proxy = Create<IStorageConnection, ClosingConnection>();
        var wrapper = (ClosingConnection)(object)proxy;
        (wrapper.connection, wrapper.closed) = (connection, closed);
        return proxy;
    }

    protected override object? Invoke(MethodInfo? method, object?[]? args)
    {
        if (method!.Name == nameof(IDisposable.Dispose))
        {
            closed();
        }
        return method.Invoke(connection, args);
    }
}
