using FrontBackOffice.Web.Shared;

namespace FrontBackOffice.Web.Features.Ledger;

/// <summary>The <c>Jobs:NightlyAccounting</c> settings (its <c>Cron</c> is read by the job schedules).</summary>
public sealed class NightlyAccountingOptions : ISettings
{
    public static string Section => "Jobs:NightlyAccounting";

    /// <summary>How many documents are posted per transaction.</summary>
    public int ChunkSize { get; set; } = 500;

    public IEnumerable<string> Problems()
    {
        if (ChunkSize is <= 0 or > 10_000)
        {
            yield return "Jobs:NightlyAccounting:ChunkSize must be between 1 and 10000.";
        }
    }
}
