using System.Linq.Expressions;

namespace FrontBackOffice.Domain.Jobs;

public enum JobRunState
{
    Queued,
    Running,
    Succeeded,
    Failed,
}

/// <summary>
/// One run of a batch job: Queued → Running → Succeeded | Failed, with its progress. A run that is started
/// again after a crash stays Running and goes on from where the work stands.
/// </summary>
public sealed class JobRun
{
    private JobRun()
    {
    }

    public JobRun(string jobType, string subject, string? parameters, string startedBy, string? startedById, DateTime queuedAt)
    {
        JobType = jobType;
        Subject = subject;
        Parameters = parameters;
        StartedBy = startedBy;
        StartedById = startedById;
        QueuedAt = queuedAt;
    }

    public long Id { get; private set; }
    public string JobType { get; private set; } = "";

    /// <summary>What the run works on; two runs of a job over the same subject never overlap.</summary>
    public string Subject { get; private set; } = "";

    public string? Parameters { get; private set; }

    /// <summary>The name of the user who started it, or "schedule".</summary>
    public string StartedBy { get; private set; } = "";

    public string? StartedById { get; private set; }
    public JobRunState State { get; private set; } = JobRunState.Queued;
    public int Done { get; private set; }
    public int Total { get; private set; }
    public DateTime QueuedAt { get; private set; }
    public DateTime? StartedAt { get; private set; }
    public DateTime? FinishedAt { get; private set; }
    public string? Summary { get; private set; }
    public string? Error { get; private set; }
    public string? HangfireJobId { get; private set; }

    public bool IsActive => State is JobRunState.Queued or JobRunState.Running;

    /// <summary><see cref="IsActive"/> as a query the database runs.</summary>
    public static Expression<Func<JobRun, bool>> Active { get; } = r => r.State == JobRunState.Queued || r.State == JobRunState.Running;

    public const string BySchedule = "schedule";

    public void Enqueued(string hangfireJobId) => HangfireJobId = hangfireJobId;

    /// <summary>Starts the run, or carries on with it when a retry picks it up again.</summary>
    public void Start(DateTime at)
    {
        if (!IsActive)
        {
            throw new DomainException($"Run #{Id} has already ended ({State}).");
        }
        if (State == JobRunState.Queued)
        {
            State = JobRunState.Running;
            StartedAt = at;
        }
    }

    public void Progress(int done, int total)
    {
        Require(JobRunState.Running, "report progress");
        Done = Math.Max(0, done);
        Total = Math.Max(Done, total);
    }

    public void Succeed(string summary, DateTime at)
    {
        Require(JobRunState.Running, "succeed");
        State = JobRunState.Succeeded;
        Done = Total;
        Summary = summary;
        FinishedAt = at;
    }

    public void Fail(string error, DateTime at)
    {
        if (!IsActive)
        {
            throw new DomainException($"Run #{Id} has already ended ({State}).");
        }
        State = JobRunState.Failed;
        Error = error;
        FinishedAt = at;
    }

    private void Require(JobRunState state, string action)
    {
        if (State != state)
        {
            throw new DomainException($"Run #{Id} is {State} and cannot {action}.");
        }
    }
}
