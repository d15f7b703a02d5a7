using FrontBackOffice.Web.Shared;

namespace FrontBackOffice.Web.Jobs;

/// <summary>The <c>Jobs</c> settings of this node's Hangfire server.</summary>
public sealed class JobsOptions : ISettings
{
    public static string Section => "Jobs";

    /// <summary>Whether this node processes jobs; a web-only node of a larger deployment may turn it off.</summary>
    public bool RunServer { get; set; } = true;

    public int WorkerCount { get; set; } = 2;

    /// <summary>How often an idle server looks for new jobs in the storage.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a worker holds a run without renewing it (it renews every third of this while alive). A run whose
    /// lease expired was interrupted — its process died — and is resumed by the next job server that looks.
    /// </summary>
    public TimeSpan RunLease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long the job storage hides a job a worker has taken before handing it out again (the SQLite storage
    /// does not extend it while the job runs). Runs are protected by their lease, so a second hand-out of a long
    /// healthy run does nothing; resuming an interrupted run does not wait for it.
    /// </summary>
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// How often a node with a page watching runs reads them from the database, so that runs other nodes execute update
    /// there too.
    /// </summary>
    public TimeSpan FeedPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public IEnumerable<string> Problems()
    {
        if (WorkerCount <= 0)
        {
            yield return "Jobs:WorkerCount must be at least 1.";
        }
        if (PollInterval <= TimeSpan.Zero)
        {
            yield return "Jobs:PollInterval must be a positive time span.";
        }
        if (RunLease < TimeSpan.FromSeconds(1))
        {
            yield return "Jobs:RunLease must be at least one second, e.g. 00:00:30.";
        }
        if (FeedPollInterval <= TimeSpan.Zero)
        {
            yield return "Jobs:FeedPollInterval must be a positive time span, e.g. 00:00:01.";
        }
        if (InvisibilityTimeout <= TimeSpan.Zero)
        {
            yield return "Jobs:InvisibilityTimeout must be a positive time span, e.g. 00:30:00.";
        }
    }
}
