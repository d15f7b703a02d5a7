using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Audit;
using FrontBackOffice.Domain.Jobs;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Shared.Audit;
using FrontBackOffice.Web.Security;
using Hangfire;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Jobs;

/// <summary>A run of the same job over the same subject is already queued or running.</summary>
public sealed class JobAlreadyActiveException : DomainException
{
    public JobAlreadyActiveException(UserMessageBuilder message) : base(message) { }
}

/// <summary>
/// Starts runs: records the <see cref="JobRun"/> first (the database refuses a second active run of a job over a
/// subject) and then hands it to Hangfire.
/// </summary>
public sealed class JobLauncher(
    IDbContextFactory<AppDbContext> dbFactory, AccessGuard guard, IBackgroundJobClient hangfire, JobStorage storage, JobRunFeed feed,
    AuditTrail audit, TimeProvider clock, ILogger<JobLauncher> logger)
{
    private static readonly TimeSpan GraceForEnqueue = TimeSpan.FromMinutes(5);

    /// <summary>A person starts a run; the job kind's policies decide whether they may.</summary>
    public async Task<long> TriggerAsync(JobKind kind, string subject, string? parameters = null, CancellationToken cancellationToken = default)
    {
        var actor = await guard.DemandAnyAsync(kind.RunPolicies, cancellationToken);
        return await StartAsync(kind, subject, parameters, actor.Name, actor.UserId, cancellationToken);
    }

    /// <summary>Starts a run for a caller that has already been authorized (a service acting for its user, or the schedule).</summary>
    public async Task<long> StartAsync(JobKind kind, string subject, string? parameters, string startedBy, string? startedById, CancellationToken cancellationToken)
    {
        var run = await RecordAsync(kind, subject, parameters, startedBy, startedById, cancellationToken);
        // Told before Hangfire has it, so that the pages never hear "queued" after the job has started.
        feed.Publish(JobRunView.Of(run));
        try
        {
            var hangfireId = hangfire.Enqueue<JobRunner>(runner => runner.RunAsync(run.Id, CancellationToken.None));
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            db.JobRuns.Attach(run);
            run.Enqueued(hangfireId);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await FailAsync(run.Id, UserMessage.Of($"The job could not be queued: {e.Message}"));
            throw;
        }
        return run.Id;
    }

    private async Task<JobRun> RecordAsync(JobKind kind, string subject, string? parameters, string startedBy, string? startedById, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var run = new JobRun(kind.Type, subject, parameters, startedBy, startedById, clock.GetUtcNow().UtcDateTime);
            db.JobRuns.Add(run);
            var title = UserMessage.Of(kind.Title);
            audit.Add(db, AuditKind.JobTriggered, startedBy, startedById, UserMessage.Of($"Started {title} ({subject})."), subject);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return run;
            }
            catch (DbUpdateException e) when (e.IsUniqueViolation())
            {
                var active = await db.JobRuns.AsNoTracking()
                    .Where(r => r.JobType == kind.Type && r.Subject == subject).Where(JobRun.Active)
                    .FirstOrDefaultAsync(cancellationToken);
                if (attempt == 1 && (active is null || await AbandonIfDeadAsync(active)))
                {
                    continue;
                }
                if (active is null)
                {
                    throw new JobAlreadyActiveException($"{title} was just started by someone else.");
                }
                throw new JobAlreadyActiveException(
                    $"{title} is already {active.State.ToString().ToLowerInvariant()} (run #{active.Id}, started by {active.StartedBy}). Wait for it to finish.");
            }
        }
    }

    /// <summary>
    /// A run that no worker ever took, whose Hangfire job has ended (or that never reached Hangfire), is dead; it is
    /// marked failed so that it no longer blocks a new run. A run a worker took is the lease's business: while the
    /// lease lives it runs, and when it expires <see cref="InterruptedRuns"/> resumes it.
    /// </summary>
    private async Task<bool> AbandonIfDeadAsync(JobRun active)
    {
        if (active.LeaseExpiresAt is not null)
        {
            return false;
        }
        string? hangfireState = null;
        if (active.HangfireJobId is not null)
        {
            using var connection = storage.GetConnection();
            hangfireState = connection.GetStateData(active.HangfireJobId)?.Name;
        }
        var dead = active.HangfireJobId is null
            ? clock.GetUtcNow().UtcDateTime - active.QueuedAt > GraceForEnqueue
            : hangfireState is null || hangfireState == FailedState.StateName || hangfireState == DeletedState.StateName
                || hangfireState == SucceededState.StateName;
        if (dead)
        {
            logger.LogWarning("Run {RunId} ({JobType}) was abandoned in Hangfire state {State}; marking it failed.", active.Id, active.JobType, hangfireState);
            await FailAsync(active.Id, UserMessage.Of("Abandoned: the job stopped without finishing its run."));
        }
        return dead;
    }

    private async Task FailAsync(long runId, UserMessage error)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var run = await db.JobRuns.SingleAsync(r => r.Id == runId);
        if (run.IsActive)
        {
            run.Fail(error, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
            feed.Publish(JobRunView.Of(run));
        }
    }
}
