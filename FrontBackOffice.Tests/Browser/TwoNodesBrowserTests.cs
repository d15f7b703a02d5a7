using FrontBackOffice.Domain.Jobs;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FrontBackOffice.Tests.Browser;

/// <summary>The jobs page open on one node while another node, on the same database, executes a run.</summary>
[Collection(AppCollection.Name)]
public class TwoNodesBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task TheJobsPageOnOneNode_ShowsARunTheOtherNodeExecutes_WithoutAReload()
    {
        var page = await browser.NewPageAsync();
        await page.OpenAsync("accounting@demo.local", "/back/jobs");
        await page.Locator("[data-testid=next-run]").WaitForAsync();

        await using var otherNode = new AppFactory(browser.App.DataFolder) { Demo = false, RunJobServer = false };
        long runId;
        await using (var db = otherNode.CreateDbContext())
        {
            var run = new JobRun(JobKinds.NightlyAccounting.Type, ScheduledJobs.Subject, null, JobRun.BySchedule, null, DateTime.UtcNow);
            db.JobRuns.Add(run);
            await db.SaveChangesAsync();
            runId = run.Id;
        }
        await using (var scope = otherNode.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<JobRunner>().RunAsync(runId, CancellationToken.None);
        }

        var row = page.Locator("[data-testid=job-runs] tbody tr", new PageLocatorOptions { Has = page.Locator($"[data-run='{runId}']") });
        await row.Locator("[data-state=Succeeded]").WaitForAsync();
        Assert.Contains("Books check", await row.InnerTextAsync());
    }
}
