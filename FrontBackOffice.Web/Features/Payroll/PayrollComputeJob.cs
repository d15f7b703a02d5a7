using FrontBackOffice.Domain;
using System.Globalization;
using FrontBackOffice.Domain.Payroll;
using FrontBackOffice.Web.Company;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontBackOffice.Web.Features.Payroll;

/// <summary>
/// Computes a payroll run: one payslip per employee active in the month, a chunk of employees per transaction
/// (keyset-paged, never the whole staff in memory; the payslips written in bulk), then the run's totals summed by the database. A new compute
/// replaces the run's payslips; a retry of the same compute after a crash carries on with the employees still
/// without a payslip, and the database refuses a second payslip for an employee and month.
/// </summary>
public sealed class PayrollComputeJob(
    IDbContextFactory<AppDbContext> dbFactory, IOptions<PayrollOptions> options, BusinessCalendar calendar, Formats formats) : IBatchJob
{
    public const string SubjectPrefix = "payroll-run-";

    public static string SubjectOf(int payrollRunId) => SubjectPrefix + payrollRunId.ToString(CultureInfo.InvariantCulture);

    public async Task<UserMessage> RunAsync(JobRunContext run, CancellationToken cancellationToken)
    {
        var payrollRunId = int.Parse(run.Subject[SubjectPrefix.Length..], CultureInfo.InvariantCulture);
        var period = await BeginAsync(payrollRunId, run, cancellationToken);
        try
        {
            return await ComputeAsync(payrollRunId, period, run, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await using var db = await dbFactory.CreateDbContextAsync(CancellationToken.None);
            var payroll = await db.PayrollRuns.SingleAsync(r => r.Id == payrollRunId, CancellationToken.None);
            payroll.FailCompute(e.Message);
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
    }

    /// <summary>Marks the run Computing; a new compute deletes the old payslips in the same transaction.</summary>
    private async Task<PayPeriod> BeginAsync(int payrollRunId, JobRunContext run, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var payroll = await db.PayrollRuns.SingleAsync(r => r.Id == payrollRunId, cancellationToken);
        var resumed = payroll.BeginCompute(run.RunId, run.StartedById ?? "", run.StartedBy);
        if (!resumed)
        {
            await db.Payslips.Where(p => p.RunId == payrollRunId).ExecuteDeleteAsync(cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return payroll.Period;
    }

    private async Task<UserMessage> ComputeAsync(int payrollRunId, PayPeriod period, JobRunContext run, CancellationToken cancellationToken)
    {
        var rules = options.Value.Rules;
        var firstWeek = Timesheet.WeekStartOf(period.FirstDay);
        int total, done;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            total = await db.Employees.CountAsync(Employee.ActiveIn(period), cancellationToken);
            done = await db.Payslips.CountAsync(p => p.RunId == payrollRunId, cancellationToken);
        }
        await run.ReportAsync(done, total);

        var afterId = 0;
        while (true)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var employees = await db.Employees.AsNoTracking().Where(Employee.ActiveIn(period))
                .Where(e => e.Id > afterId && !db.Payslips.Any(p => p.RunId == payrollRunId && p.EmployeeId == e.Id))
                .OrderBy(e => e.Id)
                .Take(options.Value.ChunkSize)
                .ToListAsync(cancellationToken);
            if (employees.Count == 0)
            {
                break;
            }
            var ids = employees.Select(e => e.Id).ToList();
            var weeks = (await db.Timesheets.AsNoTracking()
                    .Where(t => ids.Contains(t.EmployeeId) && t.WeekStart >= firstWeek && t.WeekStart <= period.LastDay)
                    .ToListAsync(cancellationToken))
                .ToLookup(t => t.EmployeeId, t => new WeekHours(t.WeekStart, t.Hours));
            var payslips = employees.Select(e => Payslip.Compute(payrollRunId, e, period, weeks[e.Id], rules)).ToList();
            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                await db.InsertNewAsync(payslips, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            afterId = ids[^1];
            done += employees.Count;
            await run.ReportAsync(done, total);
        }

        await using var final = await dbFactory.CreateDbContextAsync(cancellationToken);
        var totals = await final.Payslips.Where(p => p.RunId == payrollRunId)
            .GroupBy(_ => 1)
            .Select(g => new PayrollTotals(g.Count(), g.Sum(p => p.Gross), g.Sum(p => p.IncomeTax), g.Sum(p => p.EmployeeSocial), g.Sum(p => p.EmployerSocial), g.Sum(p => p.Net)))
            .SingleOrDefaultAsync(cancellationToken) ?? new PayrollTotals(0, 0, 0, 0, 0, 0);
        var payroll = await final.PayrollRuns.SingleAsync(r => r.Id == payrollRunId, cancellationToken);
        payroll.Complete(totals, calendar.UtcNow);
        await final.SaveChangesAsync(cancellationToken);
        return UserMessage.Of($"Payroll of {period.FirstDay:MMMM yyyy}: {totals.Employees} payslip(s), gross {totals.Gross:N2} {formats.Currency}, net {totals.Net:N2} {formats.Currency}.");
    }
}
