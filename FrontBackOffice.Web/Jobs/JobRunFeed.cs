using FrontBackOffice.Domain;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using FrontBackOffice.Domain.Jobs;
using FrontBackOffice.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FrontBackOffice.Web.Jobs;

/// <summary>A run as the jobs page shows it.</summary>
public sealed record JobRunView(
    long Id, string JobType, string Title, string Subject, string StartedBy, JobRunState State, int Done, int Total,
    DateTime QueuedAt, DateTime? StartedAt, DateTime? FinishedAt, string? Summary, string? Error, bool Interrupted, int Resumes,
    UserMessage? Said = null)
{
    public bool IsActive => State is JobRunState.Queued or JobRunState.Running;

    /// <summary>The number of the document the run works on (the payroll run, the count); null for a run over the whole books.</summary>
    public long? SubjectNumber => long.TryParse(Subject[(Subject.LastIndexOf('-') + 1)..], out var number) ? number : null;

    public double Percent => Total == 0 ? (State == JobRunState.Succeeded ? 100 : 0) : 100.0 * Done / Total;

    public static JobRunView Of(JobRun run) => new(run.Id, run.JobType, JobKinds.Of(run.JobType).Title, run.Subject, run.StartedBy,
        run.State, run.Done, run.Total, run.QueuedAt, run.StartedAt, run.FinishedAt, run.Summary, run.Error,
        run.WaitsToResumeAt(RunLease.Now), run.Resumes, run.Said);
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
/// Hears of the runs other nodes sharing the database change, and pushes each one the pages here have not seen as it is,
/// so a run another node executes updates the pages here live too. On PostgreSQL it listens: the database notifies the
/// channel <see cref="Channel"/> with a run's id whenever a change of it commits (a trigger), and the run is read then.
/// On the other providers it polls: every <see cref="JobsOptions.FeedPollInterval"/> it reads the active runs and those
/// that ended since the last look. Either way, nothing is read while no page on this node watches.
/// </summary>
public sealed class JobRunWatch(
    IDbContextFactory<AppDbContext> dbFactory, DatabaseSettings database, JobRunFeed feed, TimeProvider clock,
    IOptions<JobsOptions> options, ILogger<JobRunWatch> logger)
    : BackgroundService
{
    /// <summary>The PostgreSQL channel the trigger on <c>JobRuns</c> notifies (migration JobRunNotifications).</summary>
    public const string Channel = "job_runs";

    /// <summary>How the listening connection names itself to the server (<c>pg_stat_activity.application_name</c>).</summary>
    public const string ListenerName = "FrontBackOffice job watch";

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        database.Provider == DatabaseProvider.PostgreSql ? ListenAsync(stoppingToken) : PollAsync(stoppingToken);

    private async Task PollAsync(CancellationToken stoppingToken)
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
                await PublishActiveAndEndedSinceAsync(since, stoppingToken);
                since = now;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Reading the runs for the pages watching them failed; reading again shortly.");
            }
        }
    }

    /// <summary>
    /// Listens on a connection of its own. When that connection breaks, it opens another and reads what changed while
    /// it was not listening, as the poll does.
    /// </summary>
    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        var since = clock.GetUtcNow().UtcDateTime;
        var listening = new NpgsqlConnectionStringBuilder(database.AppConnectionString) { Pooling = false, KeepAlive = 15, ApplicationName = ListenerName }
            .ConnectionString;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(listening);
                var changed = new HashSet<long>();
                connection.Notification += (_, e) =>
                {
                    if (long.TryParse(e.Payload, out var id))
                    {
                        changed.Add(id);
                    }
                };
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }
                if (feed.Watched)
                {
                    await PublishActiveAndEndedSinceAsync(since, stoppingToken);
                }
                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                    var now = clock.GetUtcNow().UtcDateTime;
                    if (feed.Watched && changed.Count > 0)
                    {
                        var ids = changed.ToList();
                        await PublishAsync(r => ids.Contains(r.Id), stoppingToken);
                    }
                    changed.Clear();
                    since = now;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Listening for the runs other nodes change failed; listening again shortly.");
                await Task.Delay(options.Value.FeedPollInterval, stoppingToken);
            }
        }
    }

    private Task PublishActiveAndEndedSinceAsync(DateTime since, CancellationToken cancellationToken) =>
        PublishAsync(r => r.State == JobRunState.Queued || r.State == JobRunState.Running || r.FinishedAt >= since, cancellationToken);

    private async Task PublishAsync(Expression<Func<JobRun, bool>> runs, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        foreach (var run in await db.JobRuns.AsNoTracking().Where(runs).ToListAsync(cancellationToken))
        {
            feed.PublishIfNewer(JobRunView.Of(run));
        }
    }
}
