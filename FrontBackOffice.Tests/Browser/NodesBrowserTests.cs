using System.Diagnostics;
using FrontBackOffice.Domain.Jobs;
using FrontBackOffice.Domain.Payroll;
using FrontBackOffice.Domain.Staff;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Features.Payroll;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace FrontBackOffice.Tests.Browser;

/// <summary>The browser, and a database of its own that the node processes of a test share (the app in this process runs no jobs).</summary>
public sealed class NodesBrowserFixture() : BrowserFixture(new AppFactory { Demo = false, RunJobServer = false });

/// <summary>
/// Two node processes on one database, each a web node and a job server, with a browser on each: what one user does
/// on one node reaches the pages open on the other, and a node that dies mid-run leaves its run to the other.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class NodesBrowserTests(NodesBrowserFixture browser, ITestOutputHelper output) : IClassFixture<NodesBrowserFixture>
{
    private const string Hr = "hr@nodes.test";
    private const int Employees = 10_000;

    [Fact]
    public async Task AnAdminOnOneNode_DisablesAUser_WhosePageOpenOnTheOtherNode_LeavesForSignIn_WithinTheInterval()
    {
        var interval = TimeSpan.FromSeconds(5);
        var victim = $"victim-{Guid.NewGuid():N}@nodes.test";
        await browser.App.StaffAsync("admin@nodes.test", [StaffRoles.Admin], password: "Demo#2026");
        await browser.App.StaffAsync(victim, [StaffRoles.Sales], "Vic Victim", "Demo#2026");
        await using var one = AppProcess.StartNode(browser.App.DataFolder, runJobServer: false, ("Security__SessionRevalidationInterval", interval.ToString()));
        await using var two = AppProcess.StartNode(browser.App.DataFolder, runJobServer: false, ("Security__SessionRevalidationInterval", interval.ToString()));
        await Task.WhenAll(one.WaitUntilUpAsync(), two.WaitUntilUpAsync());
        var user = await browser.NewPageAsync(address: two.Address);
        await user.OpenAsync(victim, "/front");

        var admin = await browser.NewPageAsync(address: one.Address);
        await admin.OpenAsync("admin@nodes.test", "/back/admin/users");
        await admin.DisableUserAsync(victim, "Vic Victim");
        var disabledAt = DateTime.UtcNow;

        await user.WaitForURLAsync("**/Account/Login**");
        // Within the interval, and some seconds for a machine under load to get there.
        Assert.True(DateTime.UtcNow - disabledAt < interval + TimeSpan.FromSeconds(15));
        Assert.Contains("account was changed by an administrator", await user.InnerTextAsync("[data-testid=session-ended]"));
    }

    [Fact]
    public async Task APayrollComputeOnOneNode_ShowsLiveOnTheOther_WhichFinishesIt_WhenItsNodeIsKilled_WithOnePayslipPerEmployee()
    {
        var app = browser.App;
        await app.StaffAsync(Hr, [StaffRoles.HR], password: "Demo#2026");
        await app.HireAsync(Employees);
        var payrollRunId = await app.As<PayrollService>(Hr).RunAsync(s => s.CreateAsync(PayPeriod.Of(DateOnly.FromDateTime(DateTime.UtcNow)).Previous));

        // Small chunks make the compute long enough to kill mid-run; a short lease makes the other node resume it soon.
        await using var one = AppProcess.StartNode(app.DataFolder, runJobServer: true, ("Payroll__ChunkSize", "20"), ("Jobs__RunLease", "00:00:10"));
        await using var two = AppProcess.StartNode(app.DataFolder, runJobServer: true, ("Payroll__ChunkSize", "20"), ("Jobs__RunLease", "00:00:10"));
        await Task.WhenAll(one.WaitUntilUpAsync(), two.WaitUntilUpAsync());
        var jobsPage = new Dictionary<AppProcess, IPage>();
        foreach (var node in new[] { one, two })
        {
            jobsPage[node] = await browser.NewPageAsync(address: node.Address);
            await jobsPage[node].OpenAsync(Hr, "/back/jobs");
        }

        var jobRunId = await app.As<PayrollService>(Hr).RunAsync(s => s.ComputeAsync(payrollRunId));
        var taken = await app.RunWhenAsync(jobRunId, r => r.LeaseOwner is not null || !r.IsActive);
        // A lease owner is "machine/process id/worker".
        var (running, other) = taken.LeaseOwner?.Split('/')[1] == one.Process.Id.ToString() ? (one, two) : (two, one);
        var page = jobsPage[other];

        // The other node's page follows the run as it goes: part-way, then the node running it dies.
        await page.WaitForFunctionAsync(
            """
            id => {
                const counts = document.querySelector(`[data-run='${id}'] [data-testid=counts]`);
                if (!counts) return false;
                const [done, total] = counts.textContent.split('/').map(n => parseInt(n, 10));
                return done > 0 && done < total;
            }
            """, jobRunId);
        await running.KillAsync();
        var killed = Stopwatch.StartNew();
        await using (var db = app.CreateDbContext())
        {
            var killedAt = await db.JobRuns.AsNoTracking().SingleAsync(r => r.Id == jobRunId);
            Assert.True(killedAt.IsActive, $"The compute ended before its node was killed: {killedAt.State}.");
            output.WriteLine($"Killed the node running the compute at {killedAt.Done:N0} of {killedAt.Total:N0} payslips.");
        }

        var row = page.Locator("[data-testid=job-runs] tbody tr", new PageLocatorOptions { Has = page.Locator($"[data-run='{jobRunId}']") });
        await row.Locator("[data-state=Succeeded]").WaitForAsync();
        Assert.Contains("resumed 1×", await row.Locator("[data-testid=resumes]").InnerTextAsync());
        Assert.Equal($"{Employees} / {Employees}", await row.Locator("[data-testid=counts]").InnerTextAsync());
        output.WriteLine($"The page on the other node showed it finished {killed.Elapsed.TotalSeconds:0.0} s after the kill (run lease 10 s).");

        await using var read = app.CreateDbContext();
        var run = await read.JobRuns.AsNoTracking().SingleAsync(r => r.Id == jobRunId);
        Assert.Equal((JobRunState.Succeeded, 1), (run.State, run.Resumes));
        var slips = await read.Payslips.Where(p => p.RunId == payrollRunId).GroupBy(p => p.EmployeeId).Select(g => g.Count()).ToListAsync();
        Assert.Equal(Employees, slips.Count);
        Assert.All(slips, count => Assert.Equal(1, count));
    }
}
