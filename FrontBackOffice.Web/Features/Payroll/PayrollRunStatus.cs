using FrontBackOffice.Domain.Jobs;
using FrontBackOffice.Domain.Payroll;
using FrontBackOffice.Web.Components;
using FrontBackOffice.Web.Jobs;

namespace FrontBackOffice.Web.Features.Payroll;

/// <summary>
/// What a payroll run's page says of where the run stands: its state and the progress of its compute job, from one
/// source so they never disagree. While a compute is queued or running the run is "Computing", whatever state it
/// is leaving.
/// </summary>
public sealed record PayrollRunStatus(PayrollRunState State, JobRunView? Compute)
{
    public bool Computing => Compute is { IsActive: true };

    /// <summary>The state as the page's chip names it (and its test hook).</summary>
    public PayrollRunState Shown => Computing ? PayrollRunState.Computing : State;

    public string Label => Labels.Of(Shown);

    /// <summary>The line above the progress bar while computing; null otherwise.</summary>
    public string? Progress => Compute switch
    {
        { Interrupted: true } interrupted => $"Interrupted at {interrupted.Done} of {interrupted.Total}: its server stopped. The computation resumes by itself shortly.",
        { State: JobRunState.Queued } => "Queued: the computation starts as soon as a job worker is free.",
        { State: JobRunState.Running, Total: 0 } => "Computing payslips: counting the employees of the month…",
        { State: JobRunState.Running } running => $"Computing payslips… {running.Done} of {running.Total}",
        _ => null,
    };

    /// <summary>The bar's percentage; null while nothing can be measured yet (the bar then shows activity).</summary>
    public double? Percent => Compute is { State: JobRunState.Running, Total: > 0 } running ? running.Percent : null;
}
