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
    }
}
