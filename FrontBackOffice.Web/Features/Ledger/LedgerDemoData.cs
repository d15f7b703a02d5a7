using FrontBackOffice.Domain.Jobs;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Demo;
using FrontBackOffice.Web.Jobs;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Features.Ledger;

/// <summary>Closes the demo company's past days the way the schedule would: a run of the nightly close.</summary>
public static class LedgerDemoData
{
    public static async Task SeedAsync(AppDbContext db, DemoContext demo, JobRunner runner, CancellationToken cancellationToken)
    {
        if (await db.ClosedDays.AnyAsync(cancellationToken) || await db.JobRuns.AnyAsync(r => r.JobType == JobKinds.NightlyAccounting.Type, cancellationToken))
        {
            return;
        }
        var run = new JobRun(JobKinds.NightlyAccounting.Type, ScheduledJobs.Subject, null, JobRun.BySchedule, null, demo.Now);
        db.JobRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        await runner.RunAsync(run.Id, cancellationToken);
    }
}
