using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Jobs;
using FrontBackOffice.Web.Data;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontBackOffice.Web.Jobs;

/// <summary>
/// On every job server, every third of a lease: finds the runs whose lease expired — their process died mid-run —
/// and hands each to Hangfire again, so that it resumes within about a lease of the crash instead of waiting for the
/// job storage to hand out the dead worker's job (<see cref="JobsOptions.InvisibilityTimeout"/>). One conditional
/// update per run decides which server resumes it; the resumed run is reserved for a lease until a worker takes it.
/// </summary>
public sealed class InterruptedRuns(
    IDbContextFactory<AppDbContext> dbFactory, IBackgroundJobClient hangfire, JobRunFeed feed, TimeProvider clock, IOptions<JobsOptions> options,
    ILogger<InterruptedRuns> logger)
    : BackgroundService
{
    private const int RunsPerLook = 50;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RunLease / 3);
        do
        {
            try
            {
                await ResumeAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Looking for interrupted runs failed; looking again shortly.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <returns>How many interrupted runs this server resumed (or failed, after <see cref="JobRun.MaxResumes"/>).</returns>
    public async Task<int> ResumeAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = RunLease.Now;
        var interrupted = await db.JobRuns.AsNoTracking().Where(JobRun.InterruptedAt(now))
            .OrderBy(r => r.Id).Take(RunsPerLook)
            .Select(r => new { r.Id, r.LeaseExpiresAt, r.Resumes, r.HangfireJobId })
            .ToListAsync(cancellationToken);
        var handled = 0;
        foreach (var run in interrupted)
        {
            var reserveUntil = now + options.Value.RunLease;
            var reserved = await db.JobRuns.Where(r => r.Id == run.Id && r.LeaseExpiresAt == run.LeaseExpiresAt)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(r => r.LeaseOwner, (string?)null)
                    .SetProperty(r => r.LeaseExpiresAt, reserveUntil)
                    .SetProperty(r => r.Resumes, r => r.Resumes + 1), cancellationToken);
            if (reserved == 0)
            {
                continue; // another server got there first, or the worker came back
            }
            handled++;
            if (run.Resumes >= JobRun.MaxResumes)
            {
                await GiveUpAsync(run.Id, cancellationToken);
                continue;
            }
            var jobId = hangfire.Enqueue<JobRunner>(runner => runner.RunAsync(run.Id, CancellationToken.None));
            await db.JobRuns.Where(r => r.Id == run.Id).ExecuteUpdateAsync(set => set.SetProperty(r => r.HangfireJobId, jobId), cancellationToken);
            if (run.HangfireJobId is not null)
            {
                hangfire.Delete(run.HangfireJobId); // the dead worker's job: when the storage hands it out again, it is not run
            }
            logger.LogWarning("Run {RunId} was interrupted (its lease expired at {ExpiredAt:O}); resuming it as Hangfire job {JobId}.", run.Id, run.LeaseExpiresAt, jobId);
            await PublishAsync(run.Id, cancellationToken);
        }
        return handled;
    }

    private async Task GiveUpAsync(long runId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var run = await db.JobRuns.SingleAsync(r => r.Id == runId, cancellationToken);
        run.Fail(UserMessage.Of($"Interrupted {JobRun.MaxResumes + 1} times (its server stopped each time); start it again once the cause is fixed."), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogError("Run {RunId} was interrupted {Times} times; it is failed rather than resumed again.", runId, JobRun.MaxResumes + 1);
        feed.Publish(JobRunView.Of(run));
    }

    private async Task PublishAsync(long runId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        feed.Publish(JobRunView.Of(await db.JobRuns.AsNoTracking().SingleAsync(r => r.Id == runId, cancellationToken)));
    }
}
