namespace FrontBackOffice.Web.Jobs;

public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Whether this node processes jobs; a web-only node of a larger deployment may turn it off.</summary>
    public bool RunServer { get; set; } = true;

    public int WorkerCount { get; set; } = 2;

    /// <summary>How often an idle server looks for new jobs in the storage.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
}
