using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Jobs;
using FrontBackOffice.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Features.Jobs;

/// <summary>The jobs page: the runs of the jobs the user's role may run, their schedules, and the manual triggers.</summary>
public sealed class JobsService(IDbContextFactory<AppDbContext> dbFactory, AccessGuard guard, JobLauncher launcher, JobSchedules schedules)
{
    public const int RecentRuns = 100;

    /// <summary>Who may open a jobs page: the back office's readers, and whoever may run a job of either office.</summary>
    private static readonly string[] PagePolicies = [Policies.ReadJobs, .. JobKinds.All.SelectMany(k => k.RunPolicies).Distinct()];

    /// <summary>The job kinds whose runs the user sees: those their role may run.</summary>
    public async Task<IReadOnlyList<JobKind>> KindsAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAnyAsync(PagePolicies, cancellationToken);
        var kinds = new List<JobKind>();
        foreach (var kind in JobKinds.All)
        {
            foreach (var policy in kind.RunPolicies)
            {
                if (await guard.AllowsAsync(policy))
                {
                    kinds.Add(kind);
                    break;
                }
            }
        }
        return kinds;
    }

    public async Task<IReadOnlyList<JobRunView>> RecentRunsAsync(CancellationToken cancellationToken = default)
    {
        var types = (await KindsAsync(cancellationToken)).Select(k => k.Type).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var runs = await db.JobRuns.AsNoTracking()
            .Where(r => types.Contains(r.JobType))
            .OrderByDescending(r => r.Id)
            .Take(RecentRuns)
            .ToListAsync(cancellationToken);
        return runs.Select(JobRunView.Of).ToList();
    }

    public async Task<IReadOnlyList<JobSchedule>> SchedulesAsync(CancellationToken cancellationToken = default)
    {
        var types = (await KindsAsync(cancellationToken)).Select(k => k.Type).ToHashSet();
        return (await schedules.ListAsync(cancellationToken)).Where(s => types.Contains(s.Type)).ToList();
    }

    /// <summary>Starts the nightly accounting close now; refused while one is queued or running.</summary>
    public Task<long> RunNightlyAccountingAsync(CancellationToken cancellationToken = default) =>
        launcher.TriggerAsync(JobKinds.NightlyAccounting, ScheduledJobs.Subject, cancellationToken: cancellationToken);

    /// <summary>Starts the customer segmentation now; refused while one is queued or running.</summary>
    public Task<long> RunSegmentationAsync(CancellationToken cancellationToken = default) =>
        launcher.TriggerAsync(JobKinds.Segmentation, ScheduledJobs.Subject, cancellationToken: cancellationToken);

    /// <summary>Starts the replenishment planning now; refused while one is queued or running.</summary>
    public Task<long> RunReplenishmentAsync(CancellationToken cancellationToken = default) =>
        launcher.TriggerAsync(JobKinds.Replenishment, ScheduledJobs.Subject, cancellationToken: cancellationToken);
}
