using System.Collections.Concurrent;
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
/// node as it happens, a change made on another node sharing the database through <see cref="JobRunWatch"/>. It keeps
/// the newest view of each run it pushed, so a view read from the database never takes a page back to an older one.
/// </summary>
public sealed class JobRunFeed
{
    private const int RunsKept = 500;
    private readonly ConcurrentDictionary<long, JobRunView> latest = new();

    public event Action<JobRunView>? Changed;

    /// <summary>Whether a page on this node is watching runs.</summary>
    public bool Watched => Changed is not null;

    /// <summary>Pushes a change made on this node.</summary>
    public void Publish(JobRunView run)
    {
        latest[run.Id] = run;
        if (latest.Count > RunsKept)
        {
            foreach (var ended in latest.Values.Where(r => !r.IsActive).Select(r => r.Id).ToList())
            {
                latest.TryRemove(ended, out _);
            }
        }
        Changed?.Invoke(run);
    }

    /// <summary>Pushes a run as the database shows it, unless this node has already pushed it or a newer view of it.</summary>
    public void PublishIfNewer(JobRunView run)
    {
        if (!latest.TryGetValue(run.Id, out var known) || IsNewer(run, known))
        {
            Publish(run);
        }
    }

    /// <summary>Runs only move on: resumed more often, then queued → running → ended, then further done.</summary>
    private static bool IsNewer(JobRunView run, JobRunView known)
    {
        var order = (run.Resumes, Stage(run), run.Done).CompareTo((known.Resumes, Stage(known), known.Done));
        return order > 0 || (order == 0 && run != known);
    }

    private static int Stage(JobRunView run) => run.State switch
    {
        JobRunState.Queued => 0,
        JobRunState.Running => 1,
        _ => 2,
    };
}

/// <summary>
/// While a page on this node watches runs, reads the active runs (and those that ended since the last look) from the
/// database every <see cref="JobsOptions.FeedPollInterval"/> and pushes each one the pages here have not seen as it
/// is, so a run that another node executes updates the pages here live too. Nothing is read while no page watches.
/// </summary>
public sealed class JobRunWatch(
    IDbContextFactory<AppDbContext> dbFactory, JobRunFeed feed, TimeProvider clock, IOptions<JobsOptions> options, ILogger<JobRunWatch> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.FeedPollInterval);
        var since = clock.GetUtcNow().UtcDateTime;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var now = clock.GetUtcNow().UtcDateTime;
            if (!feed.Watched)
            {
                since = now;
                continue;
            }
            try
            {
                await using var db = await dbFactory.CreateDbContextAsync(stoppingToken);
                var runs = await db.JobRuns.AsNoTracking()
                    .Where(r => r.State == JobRunState.Queued || r.State == JobRunState.Running || r.FinishedAt >= since)
                    .ToListAsync(stoppingToken);
                foreach (var run in runs)
                {
                    feed.PublishIfNewer(JobRunView.Of(run));
                }
                since = now;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Reading the runs for the pages watching them failed; reading again shortly.");
            }
        }
    }
}
