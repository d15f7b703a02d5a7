using FrontBackOffice.Domain;

namespace FrontBackOffice.Web.Jobs;

/// <summary>
/// The work of one job kind. It must be safe to run again over the same subject: a retry after a crash
/// carries on from what is already written and never writes a business effect twice.
/// </summary>
public interface IBatchJob
{
    /// <returns>The summary shown with the finished run.</returns>
    Task<UserMessage> RunAsync(JobRunContext run, CancellationToken cancellationToken);
}

/// <summary>What a job knows of its run, and how it reports progress (after each committed chunk).</summary>
public sealed class JobRunContext(long runId, string subject, string? parameters, string startedBy, string? startedById, Func<int, int, Task> report)
{
    public long RunId { get; } = runId;
    public string Subject { get; } = subject;
    public string? Parameters { get; } = parameters;

    /// <summary>The user who started the run, or "schedule"; recorded on what the run writes.</summary>
    public string StartedBy { get; } = startedBy;

    /// <summary>The id of the user who started the run; null for the schedule.</summary>
    public string? StartedById { get; } = startedById;

    public Task ReportAsync(int done, int total) => report(done, total);
}
