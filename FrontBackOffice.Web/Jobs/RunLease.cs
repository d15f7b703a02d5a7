using FrontBackOffice.Domain.Jobs;
using FrontBackOffice.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Jobs;

/// <summary>
/// A worker's hold on a run: taken in one conditional update (so two workers never both hold it), renewed every
/// third of its length while the worker lives, and lost — <see cref="Lost"/> is cancelled — when a renewal finds
/// another holder or cannot be made before it would expire. Leases are in wall-clock time: they say whether a
/// process is alive, whatever the business clock says.
/// </summary>
public sealed class RunLease : IAsyncDisposable
{
    private readonly IDbContextFactory<AppDbContext> dbFactory;
    private readonly long runId;
    private readonly TimeSpan length;
    private readonly ILogger logger;
    private readonly CancellationTokenSource lost = new();
    private readonly CancellationTokenSource stop = new();
    private readonly Task renewing;
    private DateTime heldUntil;

    private RunLease(IDbContextFactory<AppDbContext> dbFactory, long runId, string owner, DateTime heldUntil, TimeSpan length, ILogger logger)
    {
        this.dbFactory = dbFactory;
        this.runId = runId;
        this.length = length;
        this.logger = logger;
        this.heldUntil = heldUntil;
        Owner = owner;
        renewing = RenewAsync();
    }

    public static DateTime Now => TimeProvider.System.GetUtcNow().UtcDateTime;

    public string Owner { get; }

    /// <summary>Cancelled when the lease is lost: the work stops, and whoever holds the run now carries it on.</summary>
    public CancellationToken Lost => lost.Token;

    /// <summary>
    /// Takes the run for this worker, unless it has ended or another worker holds a live lease on it (the job storage
    /// handing a long run out a second time): then null.
    /// </summary>
    public static async Task<RunLease?> TakeAsync(IDbContextFactory<AppDbContext> dbFactory, long runId, TimeSpan length, ILogger logger, CancellationToken cancellationToken)
    {
        var owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        var now = Now;
        var until = now + length;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var taken = await db.JobRuns
            .Where(r => r.Id == runId && (r.State == JobRunState.Queued || r.State == JobRunState.Running))
            .Where(r => r.LeaseOwner == null || r.LeaseExpiresAt < now)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.LeaseOwner, owner).SetProperty(r => r.LeaseExpiresAt, until), cancellationToken);
        return taken == 1 ? new RunLease(dbFactory, runId, owner, until, length, logger) : null;
    }

    /// <summary>Gives the run up at once (this server is stopping), so that any job server resumes it without waiting for the lease to expire.</summary>
    public async Task HandOverAsync()
    {
        await StopRenewingAsync();
        await using var db = await dbFactory.CreateDbContextAsync();
        var now = Now;
        await db.JobRuns.Where(r => r.Id == runId && r.LeaseOwner == Owner)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.LeaseExpiresAt, now));
    }

    public async ValueTask DisposeAsync()
    {
        await StopRenewingAsync();
        lost.Dispose();
        stop.Dispose();
    }

    private async Task StopRenewingAsync()
    {
        if (!stop.IsCancellationRequested)
        {
            await stop.CancelAsync();
        }
        await renewing;
    }

    private async Task RenewAsync()
    {
        using var timer = new PeriodicTimer(length / 3);
        try
        {
            while (await timer.WaitForNextTickAsync(stop.Token))
            {
                if (!await TryRenewAsync())
                {
                    await lost.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The work has ended.
        }
    }

    /// <summary>Extends the lease; false when it is lost (another holder, or not renewed before it ran out).</summary>
    private async Task<bool> TryRenewAsync()
    {
        var now = Now;
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(stop.Token);
            var until = now + length;
            var renewed = await db.JobRuns.Where(r => r.Id == runId && r.LeaseOwner == Owner)
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.LeaseExpiresAt, until), stop.Token);
            if (renewed == 1)
            {
                heldUntil = until;
                return true;
            }
            logger.LogWarning("Run {RunId} is held by another worker now; this one stops.", runId);
            return false;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A busy or unreachable database: try again at the next tick, as long as the lease still holds.
            logger.LogWarning(e, "The lease on run {RunId} could not be renewed.", runId);
            return now + length / 3 < heldUntil;
        }
    }
}
