using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Jobs;
using FrontBackOffice.Domain.Staff;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Features.Jobs;
using FrontBackOffice.Web.Jobs;
using Hangfire;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontBackOffice.Tests.Features.Jobs;

/// <summary>
/// A run's worker holds a lease while alive: a long healthy run is never started twice, and a run whose worker died
/// is resumed within about a lease. The nightly close stands in as a slow job that counts how often it starts.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class InterruptedRunTests
{
    private readonly SlowJob job = new();

    private AppFactory App(bool runJobServer) => new()
    {
        Demo = false,
        RunJobServer = runJobServer,
        TestServices = services => services.AddKeyedSingleton<IBatchJob>(JobKinds.NightlyAccounting.Type, job),
        // Short enough to hand a run out again within a test, long enough that a renewal (every lease / 3) held up for
        // two seconds on a loaded machine still keeps it.
        Settings = { ["Jobs:RunLease"] = "00:00:03", ["Jobs:InvisibilityTimeout"] = "00:00:04" },
    };

    [Fact]
    public async Task ARunLongerThanTheLeaseAndTheStoragesTimeout_HandedOutTwice_RunsOnce()
    {
        await using var app = App(runJobServer: true);
        job.Steps = 20; // 10 s: over three leases, two hand-outs' worth of invisibility

        var runId = await StartAsync(app);
        var run = await app.RunWhenEndedAsync(runId);

        Assert.Equal((JobRunState.Succeeded, 0, 1), (run.State, run.Resumes, job.Starts));
        var history = app.Services.GetRequiredService<JobStorage>().GetMonitoringApi().JobDetails(run.HangfireJobId).History;
        Assert.True(history.Count(h => h.StateName == ProcessingState.StateName) >= 2, "The storage handed the job out only once; the test proves nothing.");
    }

    [Fact]
    public async Task ARunWhoseWorkerDied_IsResumed_AndFinishesOnce()
    {
        await using var app = App(runJobServer: true);
        job.Steps = 2;
        var runId = await OrphanAsync(app, resumes: 0);

        var run = await app.RunWhenEndedAsync(runId);

        Assert.Equal((JobRunState.Succeeded, 1, 1), (run.State, run.Resumes, job.Starts));
        Assert.Null(run.LeaseOwner);
    }

    [Fact]
    public async Task ARunInterruptedOnceTooOften_IsFailed_NotResumedAgain()
    {
        await using var app = App(runJobServer: true);
        var runId = await OrphanAsync(app, resumes: JobRun.MaxResumes);

        var run = await app.RunWhenEndedAsync(runId);

        Assert.Equal(JobRunState.Failed, run.State);
        Assert.Contains("Interrupted 4 times", run.Error);
        Assert.Equal(0, job.Starts);
    }

    [Fact]
    public async Task AnInterruptedRun_ShowsAsSuchOnTheJobsPage_AndStillBlocksASecondRun()
    {
        await using var app = App(runJobServer: false);
        await app.StaffAsync("accountant@test.local", [StaffRoles.Accounting]);
        var runId = await OrphanAsync(app, resumes: 0);

        var runs = await app.As<JobsService>("accountant@test.local").RunAsync(s => s.RecentRunsAsync());
        var refused = await Assert.ThrowsAsync<JobAlreadyActiveException>(() => app.As<JobsService>("accountant@test.local").RunAsync(s => s.RunNightlyAccountingAsync()));

        Assert.True(runs.Single(r => r.Id == runId).Interrupted);
        Assert.Contains($"run #{runId}", refused.Message);
    }

    private static async Task<long> StartAsync(AppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<JobLauncher>()
            .StartAsync(JobKinds.NightlyAccounting, ScheduledJobs.Subject, null, JobRun.BySchedule, null, CancellationToken.None);
    }

    /// <summary>A run left Running by a worker that died a moment ago, after it had been resumed the given number of times.</summary>
    private static async Task<long> OrphanAsync(AppFactory app, int resumes)
    {
        await using var db = app.CreateDbContext();
        var run = new JobRun(JobKinds.NightlyAccounting.Type, ScheduledJobs.Subject, null, JobRun.BySchedule, null, DateTime.UtcNow);
        run.Start(DateTime.UtcNow);
        db.JobRuns.Add(run);
        await db.SaveChangesAsync();
        var expired = DateTime.UtcNow.AddSeconds(-1);
        await db.JobRuns.Where(r => r.Id == run.Id).ExecuteUpdateAsync(set => set
            .SetProperty(r => r.LeaseOwner, "dead-node/1/1")
            .SetProperty(r => r.LeaseExpiresAt, expired)
            .SetProperty(r => r.Resumes, resumes));
        return run.Id;
    }

    /// <summary>A job of a few half-second steps that counts how often it is started.</summary>
    private sealed class SlowJob : IBatchJob
    {
        private int starts;

        public int Steps { get; set; } = 2;

        public int Starts => starts;

        public async Task<UserMessage> RunAsync(JobRunContext run, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref starts);
            for (var step = 1; step <= Steps; step++)
            {
                await Task.Delay(500, cancellationToken);
                await run.ReportAsync(step, Steps);
            }
            return UserMessage.Of($"{Steps} steps.");
        }
    }
}
