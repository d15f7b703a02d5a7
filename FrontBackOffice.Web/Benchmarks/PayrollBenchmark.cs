using System.Diagnostics;
using FrontBackOffice.Domain.Payroll;
using FrontBackOffice.Web.Company;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Features.Payroll;
using FrontBackOffice.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontBackOffice.Web.Benchmarks;

/// <summary>
/// The payroll computation of a generated staff on the real job path: the month before last (cold, the first run in the
/// process), then last month (warm). Its baselines, in the same run: the <b>naive</b> computation of the first employees
/// (one EF <c>SaveChanges</c> per payslip, each employee and their weeks read on their own) and the <b>floor</b>, the warm
/// run's payslips written once more by prepared commands in the job's chunks, a transaction each, as the payslips of a
/// month of their own.
/// </summary>
public sealed class PayrollBenchmark(
    IDbContextFactory<AppDbContext> dbFactory, BenchJobs jobs, BusinessCalendar calendar, GeneratedCompany generator, IOptions<PayrollOptions> options)
{
    private const int NaiveEmployees = 2_000;

    public async Task<string> RunAsync(int employees, TextWriter progress, CancellationToken cancellationToken)
    {
        var lastMonth = PayPeriod.Of(calendar.Today).Previous;
        var (naiveMonth, floorMonth) = (lastMonth.Previous.Previous, lastMonth.Previous.Previous.Previous);
        PayPeriod[] months = [naiveMonth, lastMonth.Previous, lastMonth];
        await progress.WriteLineAsync($"Generating {employees:N0} employees with their timesheets…");
        var generation = Stopwatch.StartNew();
        await generator.GenerateStaffAsync(employees, months, seed: 2026, cancellationToken);
        await progress.WriteLineAsync($"Data ready in {generation.Elapsed.TotalSeconds:0.0} s; computing {lastMonth.Previous} (cold), then {lastMonth} (warm)…");

        var (cold, _) = await ComputeAsync(lastMonth.Previous, cancellationToken);
        var (warm, run) = await ComputeAsync(lastMonth, cancellationToken);
        await progress.WriteLineAsync("Naive, then floor…");
        var (naiveEmployees, naive) = await NaiveAsync(naiveMonth, cancellationToken);
        var (payslips, floor) = await FloorAsync(run, floorMonth, cancellationToken);

        return new JobFigures("payslips", payslips, cold, warm, floor, naiveEmployees, naive).Table(
            $"`payroll` — {employees:N0} generated employees, chunks of {options.Value.ChunkSize}.", ("employees", employees), ("payslips", payslips));
    }

    private async Task<(TimeSpan Elapsed, int PayrollRunId)> ComputeAsync(PayPeriod month, CancellationToken cancellationToken)
    {
        var payroll = await NewPayrollAsync(month, cancellationToken);
        var (elapsed, _) = await jobs.RunAsync(JobKinds.PayrollCompute, PayrollComputeJob.SubjectOf(payroll.Id), null, cancellationToken);
        return (elapsed, payroll.Id);
    }

    private async Task<PayrollRun> NewPayrollAsync(PayPeriod month, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var payroll = new PayrollRun(month, "benchmark", calendar.UtcNow);
        db.PayrollRuns.Add(payroll);
        await db.SaveChangesAsync(cancellationToken);
        return payroll;
    }

    /// <summary>The first employees paid the naive way for a month of their own: per employee, a query for them, one for their weeks, one save.</summary>
    private async Task<(int Employees, TimeSpan Elapsed)> NaiveAsync(PayPeriod month, CancellationToken cancellationToken)
    {
        var payroll = await NewPayrollAsync(month, cancellationToken);
        var rules = options.Value.Rules;
        var firstWeek = Timesheet.WeekStartOf(month.FirstDay);
        var time = Stopwatch.StartNew();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ids = await db.Employees.Where(Employee.ActiveIn(month)).OrderBy(e => e.Id).Select(e => e.Id).Take(NaiveEmployees).ToListAsync(cancellationToken);
        foreach (var id in ids)
        {
            var employee = await db.Employees.SingleAsync(e => e.Id == id, cancellationToken);
            var weeks = (await db.Timesheets.Where(t => t.EmployeeId == id && t.WeekStart >= firstWeek && t.WeekStart <= month.LastDay).ToListAsync(cancellationToken))
                .Select(t => new WeekHours(t.WeekStart, t.Hours));
            db.Payslips.Add(Payslip.Compute(payroll.Id, employee, month, weeks, rules));
            await db.SaveChangesAsync(cancellationToken);
        }
        return (ids.Count, time.Elapsed);
    }

    /// <summary>The warm run's payslips, written again chunk by chunk as they are stored, as another month's payslips of another run.</summary>
    private async Task<(int Payslips, TimeSpan Elapsed)> FloorAsync(int payrollRunId, PayPeriod month, CancellationToken cancellationToken)
    {
        var payroll = await NewPayrollAsync(month, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        var payslips = await RawRows.ReadAsync(connection, "Payslips", $"\"RunId\" = {payrollRunId}", "\"Id\"", cancellationToken);
        var lastId = await db.Payslips.MaxAsync(p => p.Id, cancellationToken);
        var (id, run, year, monthColumn) = (payslips.Column("Id"), payslips.Column("RunId"), payslips.Column("Year"), payslips.Column("Month"));
        foreach (var row in payslips.Rows)
        {
            (row[id], row[run], row[year], row[monthColumn]) = (++lastId, payroll.Id, month.Year, month.Month);
        }

        var time = Stopwatch.StartNew();
        foreach (var chunk in payslips.Rows.Chunk(options.Value.ChunkSize))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await payslips.InsertAsync(connection, transaction, chunk, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        return (payslips.Rows.Count, time.Elapsed);
    }
}
