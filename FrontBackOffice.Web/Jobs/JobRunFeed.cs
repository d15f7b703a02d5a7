using FrontBackOffice.Domain.Jobs;
using FrontBackOffice.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontBackOffice.Web.Jobs;

/// <summary>A run as the jobs page shows it.</summary>
public sealed record JobRunView(
    long Id, string JobType, string Title, string Subject, string StartedBy, JobRunState State, int Done, int Total,
    DateTime QueuedAt, DateTime? StartedAt, DateTime? FinishedAt, string? Summary, string? Error, bool Interrupted, int Resumes)
{
    public bool IsActive => State is JobRunState.Queued or JobRunState.Running;

    public double Percent => Total == 0 ? (State == JobRunState.Succeeded ? 100 : 0) : 100.0 * Done / Total;

    public static JobRunView Of(JobRun run) => new(run.Id, run.JobType, JobKinds.Of(run.JobType).Title, run.Subject, run.StartedBy,
        run.State, run.Done, run.Total, run.QueuedAt, run.StartedAt, run.FinishedAt, run.Summary, run.Error,
        run.WaitsToResumeAt(RunLease.Now), run.Resumes);
}

/// <summary>
/// Pushes every change of a run to the pages open on this node, so they update without a reload: a change made on this
/// node as it happens, a change made on another node sharing the database through <see cref="JobRunWatch"/>.
/// </summary>
public sealed class JobRunFeed
{
    public event Action<JobRunView>? Changed;

    /// <summary>Whether a page on this node is watching runs.</summary>
    public bool Watched => Changed is not null;

    public void Publish(JobRunView run) => Changed?.Invoke(run);
}

/// <summary>
/// While a page on this node watches runs, reads the active runs (and those that ended since the last look) from the
/// database every <see cref="JobsOptions.FeedPollInterval"/> and publishes each one that changed, so a run that another
/// node executes updates the pages here live too. Nothing is read while no page watches.
/// </summary>
public sealed class JobRunWatch(
    IDbContextFactory<AppDbContext> dbFactory, JobRunFeed feed, TimeProvider clock, IOptions<JobsOptions> options, ILogger<JobRunWatch> logger)
    : BackgroundService
{
    private readonly Dictionary<long, JobRunView> seen = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.FeedPollInterval);
        var since = clock.GetUtcNow().UtcDateTime;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var now = clock.GetUtcNow().UtcDateTime;
            if (!feed.Watched)
            {
                seen.Clear();
                since = now;
                continue;
            }
            try
            {
                await PublishChangesAsync(since, stoppingToken);
                since = now;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Reading the runs for the pages watching them failed; reading again shortly.");
            }
        }
    }

    private async Task PublishChangesAsync(DateTime since, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var runs = await db.JobRuns.AsNoTracking()
            .Where(r => r.State == JobRunState.Queued || r.State == JobRunState.Running || r.FinishedAt >= since)
            .ToListAsync(cancellationToken);
        foreach (var view in runs.Select(JobRunView.Of))
        {
            if (!seen.TryGetValue(view.Id, out var last) || last != view)
            {
                seen[view.Id] = view;
                feed.Publish(view);
            }
        }
        foreach (var ended in seen.Keys.Except(runs.Select(r => r.Id)).ToList())
        {
            seen.Remove(ended);
        }
    }
}
