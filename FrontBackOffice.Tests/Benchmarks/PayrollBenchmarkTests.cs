using FrontBackOffice.Domain.Payroll;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Benchmarks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontBackOffice.Tests.Benchmarks;

/// <summary>The payroll benchmark drives the real computation over a generated staff, whichever provider; the figures are measured elsewhere.</summary>
[Collection(AppCollection.Name)]
public sealed class PayrollBenchmarkTests : IAsyncLifetime
{
    private readonly AppFactory app = new() { Demo = false, RunJobServer = false, TestServices = BenchCommand.AddServices };

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => app.DisposeAsync().AsTask();

    [Fact]
    public async Task ThePayrollBenchmark_PaysEveryGeneratedEmployeeOncePerMonth_AndReportsItsBaselines()
    {
        await using var scope = app.Services.CreateAsyncScope();

        var report = await ActivatorUtilities.CreateInstance<PayrollBenchmark>(scope.ServiceProvider).RunAsync(employees: 120, TextWriter.Null, CancellationToken.None);

        await using var db = app.CreateDbContext();
        Assert.Matches(@"\| 120 \| 120 \| [\d.]+ \| [\d.]+ \| [\d,]+ \| [\d.]+ \| [\d.]+× \| [\d,]+ \| [\d.]+× \|", report);
        // Cold, warm, naive and floor: four months, each employee paid once in each, the floor's a copy of the warm month's.
        var runs = await db.PayrollRuns.AsNoTracking().OrderBy(r => r.Year).ThenBy(r => r.Month).ToListAsync();
        Assert.Equal(4, runs.Count);
        Assert.Equal([PayrollRunState.Draft, PayrollRunState.Draft, PayrollRunState.Computed, PayrollRunState.Computed], runs.Select(r => r.State));
        var slips = await db.Payslips.AsNoTracking().ToListAsync();
        Assert.All(slips.GroupBy(p => p.RunId), run => Assert.Equal(120, run.Select(p => p.EmployeeId).Distinct().Count()));
        var (floor, warm) = (slips.Where(p => p.RunId == runs[0].Id).ToList(), slips.Where(p => p.RunId == runs[3].Id).ToList());
        Assert.Equal(warm.Select(p => (p.EmployeeId, p.Gross, p.Net, p.PayType)), floor.Select(p => (p.EmployeeId, p.Gross, p.Net, p.PayType)));
        Assert.Contains(warm, p => p.PayType == PayType.Hourly && p.OvertimeHours > 0);
        Assert.Equal(runs[3].Net, warm.Sum(p => p.Net));
    }
}
