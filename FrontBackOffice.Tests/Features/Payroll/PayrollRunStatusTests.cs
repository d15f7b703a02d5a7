using FrontBackOffice.Domain.Jobs;
using FrontBackOffice.Domain.Payroll;
using FrontBackOffice.Web.Features.Payroll;
using FrontBackOffice.Web.Jobs;

namespace FrontBackOffice.Tests.Features.Payroll;

/// <summary>The state chip and the progress of a payroll run's page come from one place and never disagree.</summary>
public class PayrollRunStatusTests
{
    private static JobRunView Compute(JobRunState state, int done, int total) => new(
        9, JobKinds.PayrollCompute.Type, "Payroll computation", PayrollComputeJob.SubjectOf(1), "Hana HR", state, done, total,
        DateTime.UtcNow, null, null, null, null, false, 0);

    [Fact]
    public void FirstCompute_Queued_IsComputing_AndWaitsForAWorker_WithoutCounts()
    {
        var status = new PayrollRunStatus(PayrollRunState.Draft, Compute(JobRunState.Queued, 0, 0));

        Assert.Equal(("Computing", PayrollRunState.Computing), (status.Label, status.Shown));
        Assert.DoesNotContain("0 / 0", status.Progress);
        Assert.Contains("Queued", status.Progress);
        Assert.Null(status.Percent);
    }

    [Fact]
    public void Recompute_Running_IsComputing_AndTheBarMatchesTheCounts()
    {
        var status = new PayrollRunStatus(PayrollRunState.Computed, Compute(JobRunState.Running, 30, 40));

        Assert.Equal("Computing", status.Label);
        Assert.Equal("Computing payslips… 30 of 40", status.Progress);
        Assert.Equal(75, status.Percent);
    }

    [Fact]
    public void InterruptedCompute_SaysSo_AndThatItResumesByItself()
    {
        var status = new PayrollRunStatus(PayrollRunState.Draft, Compute(JobRunState.Running, 4000, 20000) with { Interrupted = true });

        Assert.Equal("Computing", status.Label);
        Assert.Equal("Interrupted at 4000 of 20000: its server stopped. The computation resumes by itself shortly.", status.Progress);
    }

    [Fact]
    public void FinishedCompute_ShowsTheRunsState_AndNoProgress()
    {
        var status = new PayrollRunStatus(PayrollRunState.Computed, null);

        Assert.Equal(("Computed", false), (status.Label, status.Computing));
        Assert.Null(status.Progress);
    }
}
