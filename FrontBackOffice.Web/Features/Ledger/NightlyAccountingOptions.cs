namespace FrontBackOffice.Web.Features.Ledger;

/// <summary>The <c>Jobs:NightlyAccounting</c> settings (its <c>Cron</c> is read by the job schedules).</summary>
public sealed class NightlyAccountingOptions
{
    public const string Section = "Jobs:NightlyAccounting";

    /// <summary>How many documents are posted per transaction.</summary>
    public int ChunkSize { get; set; } = 500;
}
