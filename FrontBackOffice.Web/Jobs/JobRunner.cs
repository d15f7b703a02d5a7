using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Jobs;
using FrontBackOffice.Web.Data;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontBackOffice.Web.Jobs;

/// <summary>
/// What Hangfire runs for every batch job: it takes the run's <see cref="RunLease"/> and keeps the <see cref="JobRun"/>
/// up to date around the job's work. A failure ends the run as Failed (a person starts it again). A crash leaves it
/// Running with a lease nobody renews, and <see cref="InterruptedRuns"/> resumes it; a second hand-out of a run that
/// is still held does nothing. A run that has ended is never run again.
/// </summary>
[AutomaticRetry(Attempts = 0)]
public sealed class JobRunner(
    IServiceProvider services, IDbContextFactory<AppDbContext> dbFactory, JobRunFeed feed, TimeProvider clock, IOptions<JobsOptions> options,
    IHostApplicationLifetime lifetime, ILogger<JobRunner> logger)
{
    /// <param name="hangfireToken">
    /// Not used for the work: Hangfire also cancels it when another worker changes the job's state — the storage's
    /// second hand-out of a long run finishing at once — which must not stop the worker holding the run. The work
    /// stops when this server stops, or when the lease is lost.
    /// </param>
    public async Task RunAsync(long runId, CancellationToken hangfireToken)
    {
        var stopping = lifetime.ApplicationStopping;
        await using var lease = await RunLease.TakeAsync(dbFactory, runId, options.Value.RunLease, logger, stopping);
        if (lease is null)
        {
            logger.LogInformation("Run {RunId} has ended or is held by another worker; nothing to do.", runId);
            return;
        }
        var run = await ChangeAsync(runId, lease, r => r.Start(Now), stopping);
        if (run is null)
        {
            return;
        }
        using var work = CancellationTokenSource.CreateLinkedTokenSource(stopping, lease.Lost);
        var job = services.GetRequiredKeyedService<IBatchJob>(run.JobType);
        var context = new JobRunContext(run.Id, run.Subject, run.Parameters, run.StartedBy, run.StartedById,
            (done, total) => ChangeAsync(runId, lease, r => r.Progress(done, total), work.Token));
        try
        {
            var summary = await job.RunAsync(context, work.Token);
            await ChangeAsync(runId, lease, r => r.Succeed(summary, Now), CancellationToken.None);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The server is stopping: any job server resumes the run from where its work stands.
            await lease.HandOverAsync();
            throw;
        }
        catch (OperationCanceledException) when (lease.Lost.IsCancellationRequested)
        {
            logger.LogWarning("Run {RunId} ({JobType}) lost its lease and stopped; its new holder carries it on.", runId, run.JobType);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Run {RunId} ({JobType}) failed.", runId, run.JobType);
            var error = e is DomainException refused ? refused.Said : UserMessage.Of($"{e.GetType().Name}: {e.Message}");
            await ChangeAsync(runId, lease, r => r.Fail(error, Now), CancellationToken.None);
        }
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Applies a change to a run this worker holds and tells the open pages; null when the run has ended or is held by another.</summary>
    private async Task<JobRun?> ChangeAsync(long runId, RunLease lease, Action<JobRun> change, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var run = await db.JobRuns.SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (run is null || !run.IsActive || run.LeaseOwner != lease.Owner)
        {
            return null;
        }
        change(run);
        await db.SaveChangesAsync(cancellationToken);
        feed.Publish(JobRunView.Of(run));
        return run;
    }
}
