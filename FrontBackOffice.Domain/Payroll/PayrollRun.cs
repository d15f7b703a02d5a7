using System.Linq.Expressions;

namespace FrontBackOffice.Domain.Payroll;

public enum PayrollRunState
{
    Draft,
    Computing,
    Computed,
    Approved,
    Posted,
    Failed,
    Cancelled,
}

/// <summary>The sums of a run's payslips.</summary>
public sealed record PayrollTotals(int Employees, decimal Gross, decimal IncomeTax, decimal EmployeeSocial, decimal EmployerSocial, decimal Net);

/// <summary>
/// The payroll of one calendar month: Draft → Computing → Computed → Approved → Posted, Failed when the compute
/// fails. It may be computed again until it is approved; it is approved by someone other than who computed it
/// (four eyes), and posting locks it.
/// </summary>
public sealed class PayrollRun
{
    private PayrollRun()
    {
    }

    public PayrollRun(PayPeriod period, string createdBy, DateTime createdAt)
    {
        Year = period.Year;
        Month = period.Month;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }
    public int Year { get; private set; }
    public int Month { get; private set; }
    public PayrollRunState State { get; private set; } = PayrollRunState.Draft;
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    /// <summary>The job run that computes (or last computed) the payslips.</summary>
    public long? ComputeJobRunId { get; private set; }

    public string? ComputedById { get; private set; }
    public string? ComputedBy { get; private set; }
    public DateTime? ComputedAt { get; private set; }
    public int Employees { get; private set; }
    public decimal Gross { get; private set; }
    public decimal IncomeTax { get; private set; }
    public decimal EmployeeSocial { get; private set; }
    public decimal EmployerSocial { get; private set; }
    public decimal Net { get; private set; }
    public string? ApprovedBy { get; private set; }
    public DateTime? ApprovedAt { get; private set; }
    public string? PostedBy { get; private set; }
    public DateTime? PostedAt { get; private set; }
    public string? FailureReason { get; private set; }

    public PayPeriod Period => new(Year, Month);

    /// <summary>Holds its month: a month has at most one run that is not cancelled.</summary>
    public bool HoldsItsMonth => State != PayrollRunState.Cancelled;

    /// <summary><see cref="HoldsItsMonth"/> as a query the database runs.</summary>
    public static Expression<Func<PayrollRun, bool>> HoldingItsMonth { get; } = r => r.State != PayrollRunState.Cancelled;

    public bool CanCompute => State is PayrollRunState.Draft or PayrollRunState.Computed or PayrollRunState.Failed;
    public bool CanApprove => State == PayrollRunState.Computed;
    public bool CanPost => State == PayrollRunState.Approved;
    public bool CanCancel => State is PayrollRunState.Draft or PayrollRunState.Computed or PayrollRunState.Failed;

    /// <summary>
    /// Starts a compute by a job run, replacing earlier payslips; true when this job run already started it
    /// (a retry after a crash), which carries on without starting over.
    /// </summary>
    public bool BeginCompute(long jobRunId, string byId, string by)
    {
        if (State == PayrollRunState.Computing && ComputeJobRunId == jobRunId)
        {
            return true;
        }
        Require(CanCompute, "computed");
        State = PayrollRunState.Computing;
        ComputeJobRunId = jobRunId;
        ComputedById = byId;
        ComputedBy = by;
        FailureReason = null;
        return false;
    }

    public void Complete(PayrollTotals totals, DateTime at)
    {
        Require(State == PayrollRunState.Computing, "completed");
        (Employees, Gross, IncomeTax, EmployeeSocial, EmployerSocial, Net) =
            (totals.Employees, totals.Gross, totals.IncomeTax, totals.EmployeeSocial, totals.EmployerSocial, totals.Net);
        ComputedAt = at;
        State = PayrollRunState.Computed;
    }

    public void FailCompute(string reason)
    {
        Require(State == PayrollRunState.Computing, "failed");
        State = PayrollRunState.Failed;
        FailureReason = reason;
    }

    /// <summary>Four eyes: whoever started the compute cannot approve it.</summary>
    public void Approve(string byId, string by, DateTime at)
    {
        Require(CanApprove, "approved");
        if (byId == ComputedById)
        {
            throw new DomainException("You computed this payroll run: someone else must approve it (four eyes).");
        }
        State = PayrollRunState.Approved;
        ApprovedBy = by;
        ApprovedAt = at;
    }

    /// <summary>Locks the run; the caller writes its journal entry in the same transaction.</summary>
    public void Post(string by, DateTime at)
    {
        Require(CanPost, "posted");
        State = PayrollRunState.Posted;
        PostedBy = by;
        PostedAt = at;
    }

    public void Cancel()
    {
        Require(CanCancel, "cancelled");
        State = PayrollRunState.Cancelled;
    }

    private void Require(bool allowed, string action)
    {
        if (!allowed)
        {
            throw new DomainException($"The payroll run of {Period} is {State.ToString().ToLowerInvariant()} and cannot be {action}.");
        }
    }
}
