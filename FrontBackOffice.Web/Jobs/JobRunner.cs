using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Jobs;
using FrontBackOffice.Web.Data;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Jobs;

/// <summary>
/// What Hangfire runs for every batch job: it keeps the <see cref="JobRun"/> up to date around the job's work.
/// A failure ends the run as Failed (a person starts it again); a crash leaves it Running, and when Hangfire
/// picks the job up again the run carries on. A run that has ended is never run again.
/// </summary>
[AutomaticRetry(Attempts = 0)]
public sealed class JobRunner(
    IServiceProvider services, IDbContextFactory<AppDbContext> dbFactory, JobRunFeed feed, TimeProvider clock, ILogger<JobRunner> logger)
{
    public async Task RunAsync(long runId, CancellationToken cancellationToken)
    {
        var run = await ChangeAsync(runId, r => r.Start(Now), cancellationToken);
        if (run is null)
        {
            return;
        }
        var job = services.GetRequiredKeyedService<IBatchJob>(run.JobType);
        var context = new JobRunContext(run.Id, run.Subject, run.Parameters, run.StartedBy, run.StartedById,
            (done, total) => ChangeAsync(runId, r => r.Progress(done, total), cancellationToken));
        try
        {
            var summary = await job.RunAsync(context, cancellationToken);
            await ChangeAsync(runId, r => r.Succeed(summary, Now), CancellationToken.None);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The server is stopping: the run stays Running and goes on when Hangfire picks it up again.
            throw;
        }
        catch (Exception e)
        {
            logger.LogError(e, "Run {RunId} ({JobType}) failed.", runId, run.JobType);
            var error = e is DomainException ? e.Message : $"{e.GetType().Name}: {e.Message}";
            await ChangeAsync(runId, r => r.Fail(error, Now), CancellationToken.None);
        }
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Applies a change to an active run and tells the open pages; null when the run has already ended.</summary>
    private async Task<JobRun?> ChangeAsync(long runId, Action<JobRun> change, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var run = await db.JobRuns.SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (run is null || !run.IsActive)
        {
            return null;
        }
        change(run);
        await db.SaveChangesAsync(cancellationToken);
        feed.Publish(JobRunView.Of(run));
        return run;
    }
}
