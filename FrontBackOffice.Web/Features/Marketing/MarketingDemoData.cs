using FrontBackOffice.Domain.Jobs;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Demo;
using FrontBackOffice.Web.Jobs;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Features.Marketing;

/// <summary>The demo company's customer segments: this morning's scheduled run of the segmentation.</summary>
public static class MarketingDemoData
{
    public static async Task SeedAsync(AppDbContext db, DemoContext demo, JobRunner runner, CancellationToken cancellationToken)
    {
        if (await db.JobRuns.AnyAsync(r => r.JobType == JobKinds.Segmentation.Type, cancellationToken))
        {
            return;
        }
        var segmentation = new JobRun(JobKinds.Segmentation.Type, ScheduledJobs.Subject, null, JobRun.BySchedule, null, demo.NotAfterNow(demo.At(demo.Today, 3)));
        db.JobRuns.Add(segmentation);
        await db.SaveChangesAsync(cancellationToken);
        await runner.RunAsync(segmentation.Id, cancellationToken);
    }
}
