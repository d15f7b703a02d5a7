using System.Globalization;
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
/// One run of a batch job: Queued → Running → Succeeded | Failed, with its progress. The worker doing it holds a
/// lease it renews while alive; a run whose lease has expired was interrupted (its process died) and is resumed,
/// going on from where the work stands.
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

    /// <summary>The worker holding the run; null before the first worker takes it and while a resumed run waits for one.</summary>
    public string? LeaseOwner { get; private set; }

    /// <summary>Until when the run is held: its worker renews the lease while alive.</summary>
    public DateTime? LeaseExpiresAt { get; private set; }

    /// <summary>How often the run was resumed after an interruption.</summary>
    public int Resumes { get; private set; }

    /// <summary>A run interrupted this often is failed rather than resumed again: something kills it every time.</summary>
    public const int MaxResumes = 3;

    public bool IsActive => State is JobRunState.Queued or JobRunState.Running;

    /// <summary><see cref="IsActive"/> as a query the database runs.</summary>
    public static Expression<Func<JobRun, bool>> Active { get; } = r => r.State == JobRunState.Queued || r.State == JobRunState.Running;

    public const string BySchedule = "schedule";

    /// <summary>Active, and its worker stopped renewing the lease: the run waits to be resumed.</summary>
    public static Expression<Func<JobRun, bool>> InterruptedAt(DateTime now) =>
        r => (r.State == JobRunState.Queued || r.State == JobRunState.Running) && r.LeaseExpiresAt < now;

    /// <summary>Interrupted, or resumed and not yet taken by a worker again.</summary>
    public bool WaitsToResumeAt(DateTime now) => IsActive && LeaseExpiresAt is { } until && (until < now || LeaseOwner is null);

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

    public void Succeed(string summary, DateTime at) => Succeed(UserMessage.Of(summary), at);

    /// <summary>Ends the run; its summary is kept in English and as the message it was said with (<see cref="Said"/>).</summary>
    public void Succeed(UserMessage summary, DateTime at)
    {
        Require(JobRunState.Running, "succeed");
        State = JobRunState.Succeeded;
        Done = Total;
        Summary = summary.ToString(CultureInfo.InvariantCulture);
        Keep(summary);
        FinishedAt = at;
        EndLease();
    }

    public void Fail(string error, DateTime at) => Fail(UserMessage.Of(error), at);

    public void Fail(UserMessageBuilder error, DateTime at) => Fail(error.ToMessage(), at);

    public void Fail(UserMessage error, DateTime at)
    {
        if (!IsActive)
        {
            throw new DomainException($"Run #{Id} has already ended ({State}).");
        }
        State = JobRunState.Failed;
        Error = error.ToString(CultureInfo.InvariantCulture);
        Keep(error);
        FinishedAt = at;
        EndLease();
    }

    public const int ResultMaxLength = 4000;

    /// <summary>The format of what the run said when it ended (its summary or its error); null before, and on older runs.</summary>
    public string? SaidFormat { get; private set; }

    /// <summary>The values of <see cref="SaidFormat"/>, written out, as a JSON array of strings.</summary>
    public string? SaidValues { get; private set; }

    /// <summary>What the run said when it ended, to say again in each reader's language.</summary>
    public UserMessage? Said => UserMessage.Read(SaidFormat, SaidValues);

    private void Keep(UserMessage said) => (SaidFormat, SaidValues) = said.ToKeep(ResultMaxLength, ResultMaxLength);

    private void EndLease() => (LeaseOwner, LeaseExpiresAt) = (null, null);

    private void Require(JobRunState state, string action)
    {
        if (State != state)
        {
            throw new DomainException($"Run #{Id} is {State} and cannot {action}.");
        }
    }
}
