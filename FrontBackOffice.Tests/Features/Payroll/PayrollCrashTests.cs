using System.Diagnostics;
using FrontBackOffice.Domain.Jobs;
using FrontBackOffice.Domain.Payroll;
using FrontBackOffice.Domain.Staff;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Features.Payroll;
using FrontBackOffice.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace FrontBackOffice.Tests.Features.Payroll;

/// <summary>
/// The app as a process of its own, with the default run lease, killed (SIGKILL) in the middle of a payroll compute
/// and started again: the run resumes by itself and every employee ends with exactly one payslip.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class PayrollCrashTests(ITestOutputHelper output)
{
    private const int Employees = 20_000;

    /// <summary>Five minutes for each step: the job storage alone would wait thirty.</summary>
    private const int Patience = 300;

    [Fact]
    public async Task KilledMidCompute_AndStartedAgain_TheRunResumesByItself_WithOnePayslipPerEmployee()
    {
        await using var app = new AppFactory { Demo = false, RunJobServer = false };
        await app.StaffAsync("hr@test.local", [StaffRoles.HR]);
        var period = PayPeriod.Of(DateOnly.FromDateTime(DateTime.UtcNow)).Previous;
        await app.HireAsync(Employees);
        var payrollRunId = await app.As<PayrollService>("hr@test.local").RunAsync(s => s.CreateAsync(period));
        var jobRunId = await app.As<PayrollService>("hr@test.local").RunAsync(s => s.ComputeAsync(payrollRunId));

        JobRun killedAt;
        await using (var first = JobServer(app))
        {
            killedAt = await app.RunWhenAsync(jobRunId, r => r.Total > 0 && r.Done >= r.Total / 5, Patience);
        }
        var killed = Stopwatch.StartNew();
        Assert.True(killedAt.IsActive, $"The compute ended before the kill: {killedAt.State}.");

        await using (JobServer(app))
        {
            var resumed = await app.RunWhenAsync(jobRunId, r => (r.Resumes > 0 && r.LeaseOwner != null) || !r.IsActive, Patience);
            var resumedAfter = killed.Elapsed;
            var run = await app.RunWhenAsync(jobRunId, r => !r.IsActive, Patience);
            output.WriteLine($"Killed at {killedAt.Done:N0} of {killedAt.Total:N0} payslips; resumed {resumedAfter.TotalSeconds:0.0} s after the kill " +
                             $"(run lease {new JobsOptions().RunLease.TotalSeconds:0} s); finished {killed.Elapsed.TotalSeconds:0.0} s after it.");

            Assert.Equal((JobRunState.Succeeded, 1), (run.State, run.Resumes));
            Assert.Equal(1, resumed.Resumes);
            await using var db = app.CreateDbContext();
            var slips = await db.Payslips.Where(p => p.RunId == payrollRunId).GroupBy(p => p.EmployeeId).Select(g => g.Count()).ToListAsync();
            Assert.Equal(Employees, slips.Count);
            Assert.All(slips, count => Assert.Equal(1, count));
        }
    }

    /// <summary>The built app, started as a job server of its own on the test's database.</summary>
    private static AppProcess JobServer(AppFactory app) =>
        AppProcess.StartNode(app.DataFolder, runJobServer: true, ("Payroll__ChunkSize", "100"));
}
