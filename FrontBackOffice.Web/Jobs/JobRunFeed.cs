using FrontBackOffice.Domain.Jobs;

namespace FrontBackOffice.Web.Jobs;

/// <summary>A run as the jobs page shows it.</summary>
public sealed record JobRunView(
    long Id, string JobType, string Title, string Subject, string StartedBy, JobRunState State, int Done, int Total,
    DateTime QueuedAt, DateTime? StartedAt, DateTime? FinishedAt, string? Summary, string? Error, bool Interrupted, int Resumes)
{
    public bool IsActive => State is JobRunState.Queued or JobRunState.Running;

    public double Percent => Total == 0 ? (State == JobRunState.Succeeded ? 100 : 0) : 100.0 * Done / Total;

    public static JobRunView Of(JobRun run) => new(run.Id, run.JobType, JobKinds.Of(run.JobType).Title, run.Subject, run.StartedBy,
        run.State, run.Done, run.Total, run.QueuedAt, run.StartedAt, run.FinishedAt, run.Summary, run.Error,
        run.WaitsToResumeAt(RunLease.Now), run.Resumes);
}

/// <summary>Pushes every change of a run to the pages open on this node, so they update without a reload.</summary>
public sealed class JobRunFeed
{
    public event Action<JobRunView>? Changed;

    public void Publish(JobRunView run) => Changed?.Invoke(run);
}
