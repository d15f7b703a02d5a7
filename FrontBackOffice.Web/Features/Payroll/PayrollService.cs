using System.Linq.Expressions;
using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Audit;
using FrontBackOffice.Domain.Jobs;
using FrontBackOffice.Domain.Ledger;
using FrontBackOffice.Domain.Payroll;
using FrontBackOffice.Web.Company;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Jobs;
using FrontBackOffice.Web.Security;
using FrontBackOffice.Web.Shared.Audit;
using FrontBackOffice.Web.Shared.Ledger;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Features.Payroll;

public sealed record PayrollRunRow(
    int Id, PayPeriod Period, PayrollRunState State, int Employees, decimal Gross, decimal Net, string? ComputedBy, string? ApprovedBy, DateTime? PostedAt,
    bool HoldsItsMonth);

/// <summary>
/// A payroll run as its page shows it, with the steps its state allows (as the domain decides them) and the compute
/// job that is queued or running for it, if any.
/// </summary>
public sealed record PayrollRunDetail(
    int Id, PayPeriod Period, PayrollRunState State, string CreatedBy, DateTime CreatedAt, string? ComputedBy, DateTime? ComputedAt,
    string? ApprovedBy, DateTime? ApprovedAt, string? PostedBy, DateTime? PostedAt, string? FailureReason, PayrollTotals Totals,
    long? JournalEntryId, JobRunView? Compute, bool CanCompute, bool CanApprove, bool CanPost, bool CanCancel);

/// <summary>
/// Payroll runs: HR creates and computes (a job), Accounting approves and posts. A month has at most one
/// run that is not cancelled, and posting writes the one balanced journal entry of the run.
/// </summary>
public sealed class PayrollService(
    IDbContextFactory<AppDbContext> dbFactory, AccessGuard guard, JobLauncher jobs, AuditTrail audit, LedgerPosting ledger, BusinessCalendar calendar,
    Formats formats)
{
    private static readonly SortMap<Payslip> SlipSorts = new SortMap<Payslip>(nameof(Payslip.EmployeeName), false).ThenBy(p => p.Id)
        .Add(nameof(Payslip.EmployeeName), p => p.EmployeeName)
        .Add(nameof(Payslip.Department), p => p.Department)
        .Add(nameof(Payslip.PayType), p => p.PayType)
        .Add(nameof(Payslip.Gross), p => p.Gross)
        .Add(nameof(Payslip.IncomeTax), p => p.IncomeTax)
        .Add(nameof(Payslip.Net), p => p.Net);

    public async Task<IReadOnlyList<PayrollRunRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ReadPayroll, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var runs = await db.PayrollRuns.AsNoTracking().OrderByDescending(r => r.Year).ThenByDescending(r => r.Month).ThenByDescending(r => r.Id)
            .Take(60).ToListAsync(cancellationToken);
        return runs.Select(r => new PayrollRunRow(r.Id, r.Period, r.State, r.Employees, r.Gross, r.Net, r.ComputedBy, r.ApprovedBy, r.PostedAt, r.HoldsItsMonth)).ToList();
    }

    public async Task<PayrollRunDetail> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ReadPayroll, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var r = await db.PayrollRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new NotFoundException($"There is no payroll run #{id}.");
        var entry = await db.JournalEntries.Where(e => e.SourceType == PostingSource.Payroll && e.SourceId == id).Select(e => (long?)e.Id).SingleOrDefaultAsync(cancellationToken);
        var compute = await db.JobRuns.AsNoTracking().Where(ComputeOf(id)).Where(JobRun.Active).SingleOrDefaultAsync(cancellationToken);
        return new PayrollRunDetail(r.Id, r.Period, r.State, r.CreatedBy, r.CreatedAt, r.ComputedBy, r.ComputedAt, r.ApprovedBy, r.ApprovedAt,
            r.PostedBy, r.PostedAt, r.FailureReason, new PayrollTotals(r.Employees, r.Gross, r.IncomeTax, r.EmployeeSocial, r.EmployerSocial, r.Net),
            entry, compute is null ? null : JobRunView.Of(compute), r.CanCompute, r.CanApprove, r.CanPost, r.CanCancel);
    }

    public async Task<PageResult<Payslip>> PayslipsAsync(int runId, PageRequest request, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ReadPayroll, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Payslips.AsNoTracking().Where(p => p.RunId == runId);
        if (request.Term is { } term)
        {
            query = query.Where(p => p.EmployeeName.ToLower().Contains(term) || p.Department.ToLower().Contains(term));
        }
        return await query.ToPageAsync(request, SlipSorts, p => p, cancellationToken);
    }

    /// <summary>Every payslip of a run, read from the database as they are written out (for the exports); a run that does not exist is refused.</summary>
    public async IAsyncEnumerable<Payslip> AllPayslipsAsync(int runId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ReadPayroll, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.PayrollRuns.AnyAsync(r => r.Id == runId, cancellationToken))
        {
            throw new NotFoundException($"There is no payroll run #{runId}.");
        }
        await foreach (var slip in db.Payslips.AsNoTracking().Where(p => p.RunId == runId).OrderBy(p => p.EmployeeName).ThenBy(p => p.Id)
                           .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return slip;
        }
    }

    public async Task<Payslip> PayslipAsync(int runId, long payslipId, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ReadPayroll, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Payslips.AsNoTracking().SingleOrDefaultAsync(p => p.RunId == runId && p.Id == payslipId, cancellationToken)
            ?? throw new NotFoundException($"There is no payslip #{payslipId} in run #{runId}.");
    }

    public async Task<int> CreateAsync(PayPeriod period, CancellationToken cancellationToken = default)
    {
        var actor = await guard.DemandAsync(Policies.ComputePayroll, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await RefuseSecondRunAsync(db, period, cancellationToken);
        var run = new PayrollRun(period, actor.Name, calendar.UtcNow);
        db.PayrollRuns.Add(run);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            await RefuseSecondRunAsync(db, period, cancellationToken);
            throw;
        }
        return run.Id;
    }

    /// <summary>Starts (or restarts) the compute job; its progress shows on the run's page and on /back/jobs.</summary>
    public async Task<long> ComputeAsync(int id, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ComputePayroll, cancellationToken);
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var run = await db.PayrollRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new NotFoundException($"There is no payroll run #{id}.");
            if (!run.CanCompute)
            {
                throw new DomainException($"The payroll run of {run.Period} is {run.State.ToString().ToLowerInvariant()} and cannot be computed.");
            }
        }
        return await jobs.TriggerAsync(JobKinds.PayrollCompute, PayrollComputeJob.SubjectOf(id), cancellationToken: cancellationToken);
    }

    public async Task ApproveAsync(int id, CancellationToken cancellationToken = default)
    {
        var actor = await guard.DemandAsync(Policies.ApprovePayroll, cancellationToken);
        await ChangeAsync(id, (db, run) =>
        {
            run.Approve(actor.UserId, actor.Name, calendar.UtcNow);
            audit.Add(db, AuditKind.Approval, actor, UserMessage.Of($"Approved the payroll of {run.Period.FirstDay:MMMM yyyy} ({run.Employees} payslips, net {run.Net:N2} {formats.Currency})."),
                PayrollComputeJob.SubjectOf(run.Id));
            return Task.CompletedTask;
        }, cancellationToken);
    }

    /// <summary>Locks the run and writes its one balanced journal entry, dated today, in the same transaction.</summary>
    public async Task PostAsync(int id, CancellationToken cancellationToken = default)
    {
        var actor = await guard.DemandAsync(Policies.ApprovePayroll, cancellationToken);
        await ChangeAsync(id, async (db, run) =>
        {
            run.Post(actor.Name, calendar.UtcNow);
            await ledger.PostAsync(db, lockDate => Postings.Payroll(run, calendar.Today, lockDate, actor.Name, calendar.UtcNow), actor.Name, actor.UserId,
                PayrollComputeJob.SubjectOf(run.Id), cancellationToken);
        }, cancellationToken);
    }

    /// <summary>Cancels a run that is not approved; its payslips go with it, so the month can be run again.</summary>
    public async Task CancelAsync(int id, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ComputePayroll, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var run = await db.PayrollRuns.SingleOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new NotFoundException($"There is no payroll run #{id}.");
        if (await db.JobRuns.Where(ComputeOf(id)).AnyAsync(JobRun.Active, cancellationToken))
        {
            throw new DomainException("The payroll is being computed; wait for the compute to finish before cancelling.");
        }
        run.Cancel();
        await db.Payslips.Where(p => p.RunId == id).ExecuteDeleteAsync(cancellationToken);
        await SaveAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static Expression<Func<JobRun, bool>> ComputeOf(int payrollRunId)
    {
        var subject = PayrollComputeJob.SubjectOf(payrollRunId);
        return j => j.JobType == JobKinds.PayrollCompute.Type && j.Subject == subject;
    }

    private async Task ChangeAsync(int id, Func<AppDbContext, PayrollRun, Task> change, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var run = await db.PayrollRuns.SingleOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new NotFoundException($"There is no payroll run #{id}.");
        await change(db, run);
        await SaveAsync(db, cancellationToken);
    }

    private static async Task SaveAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException("Someone else changed this payroll run at the same moment. Reload it to see what they did.");
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            throw new DomainException("This payroll run has already been posted.");
        }
    }

    private static async Task RefuseSecondRunAsync(AppDbContext db, PayPeriod period, CancellationToken cancellationToken)
    {
        var existing = await db.PayrollRuns.AsNoTracking()
            .Where(r => r.Year == period.Year && r.Month == period.Month).Where(PayrollRun.HoldingItsMonth)
            .Select(r => new { r.Id, r.State })
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            throw new InvalidInputException(new ValidationErrors().Add("Period",
                $"{period} already has payroll run #{existing.Id} ({existing.State}); cancel it before starting another."));
        }
    }
}
