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

    [Fact]
    public async Task KilledMidCompute_AndStartedAgain_TheRunResumesByItself_WithOnePayslipPerEmployee()
    {
        await using var app = new AppFactory { Demo = false, RunJobServer = false };
        await app.StaffAsync("hr@test.local", [StaffRoles.HR]);
        var period = PayPeriod.Of(DateOnly.FromDateTime(DateTime.UtcNow)).Previous;
        await HireAsync(app);
        var payrollRunId = await app.As<PayrollService>("hr@test.local").RunAsync(s => s.CreateAsync(period));
        var jobRunId = await app.As<PayrollService>("hr@test.local").RunAsync(s => s.ComputeAsync(payrollRunId));

        var first = JobServer.Start(app.DataFolder);
        JobRun killedAt;
        try
        {
            killedAt = await WaitForAsync(app, jobRunId, r => r.Total > 0 && r.Done >= r.Total / 5);
        }
        finally
        {
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
        }
        var killed = Stopwatch.StartNew();
        Assert.True(killedAt.IsActive, $"The compute ended before the kill: {killedAt.State}.");

        using var second = JobServer.Start(app.DataFolder);
        try
        {
            var resumed = await WaitForAsync(app, jobRunId, r => (r.Resumes > 0 && r.LeaseOwner != null) || !r.IsActive);
            var resumedAfter = killed.Elapsed;
            var run = await WaitForAsync(app, jobRunId, r => !r.IsActive);
            output.WriteLine($"Killed at {killedAt.Done:N0} of {killedAt.Total:N0} payslips; resumed {resumedAfter.TotalSeconds:0.0} s after the kill " +
                             $"(run lease {new JobsOptions().RunLease.TotalSeconds:0} s); finished {killed.Elapsed.TotalSeconds:0.0} s after it.");

            Assert.Equal((JobRunState.Succeeded, 1), (run.State, run.Resumes));
            Assert.Equal(1, resumed.Resumes);
            await using var db = app.CreateDbContext();
            var slips = await db.Payslips.Where(p => p.RunId == payrollRunId).GroupBy(p => p.EmployeeId).Select(g => g.Count()).ToListAsync();
            Assert.Equal(Employees, slips.Count);
            Assert.All(slips, count => Assert.Equal(1, count));
        }
        finally
        {
            second.Kill(entireProcessTree: true);
            await second.WaitForExitAsync();
        }
    }

    private static async Task HireAsync(AppFactory app)
    {
        await using var db = app.CreateDbContext();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var n = 0; n < Employees; n++)
        {
            db.Employees.Add(new Employee(new EmployeeDetails($"Worker {n:00000}", $"TX-{n:00000}", "Plant", new DateOnly(2020, 1, 1), null, PayType.Salaried, 2500m + n % 1000, null)));
        }
        await db.SaveChangesAsync();
    }

    /// <summary>Polls the run until it satisfies the condition; gives up after five minutes (the job storage alone would wait thirty).</summary>
    private static async Task<JobRun> WaitForAsync(AppFactory app, long jobRunId, Func<JobRun, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (true)
        {
            await using var db = app.CreateDbContext();
            var run = await db.JobRuns.AsNoTracking().SingleAsync(r => r.Id == jobRunId);
            if (condition(run))
            {
                return run;
            }
            Assert.True(DateTime.UtcNow < deadline, $"Run #{jobRunId} stayed {run.State} at {run.Done} of {run.Total} (resumed {run.Resumes}×).");
            await Task.Delay(50);
        }
    }

    /// <summary>The built app, started as a job server of its own on the test's database.</summary>
    private static class JobServer
    {
        public static Process Start(string dataFolder)
        {
            var (appDatabase, jobsDatabase) = TestDatabase.ConnectionStrings(dataFolder);
            var start = new ProcessStartInfo("dotnet", [BuiltApp.Dll, "--urls", "http://127.0.0.1:0"])
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                Environment =
                {
                    ["ASPNETCORE_ENVIRONMENT"] = "Development",
                    ["Database__Provider"] = TestDatabase.Provider,
                    ["ConnectionStrings__Default"] = appDatabase,
                    ["ConnectionStrings__Jobs"] = jobsDatabase,
                    ["Seed__Demo"] = "false",
                    ["Jobs__RunServer"] = "true",
                    ["Jobs__PollInterval"] = "00:00:00.200",
                    ["Payroll__ChunkSize"] = "100",
                    ["Logging__LogLevel__Default"] = "Warning",
                },
            };
            var process = Process.Start(start) ?? throw new InvalidOperationException("The app did not start.");
            // Read (and drop) what it writes, so that a full pipe never blocks it.
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            return process;
        }
    }
}
