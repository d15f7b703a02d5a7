using FrontBackOffice.Web.Shared;

namespace FrontBackOffice.Web.Features.Making;

/// <summary>The <c>Making</c> settings.</summary>
public sealed class MakingOptions : ISettings
{
    public static string Section => "Making";

    /// <summary>
    /// The labour and overhead one unit attempted costs, in the company's currency: added to the components' cost of
    /// what a work order makes (and credited to 6200), at the rate of the day it is done.
    /// </summary>
    public decimal LabourPerUnit { get; set; }

    /// <summary>How many products the replenishment planning reads and plans per transaction.</summary>
    public int PlanningChunkSize { get; set; } = 1000;

    public IEnumerable<string> Problems()
    {
        if (LabourPerUnit < 0 || decimal.Round(LabourPerUnit, 2) != LabourPerUnit)
        {
            yield return "Making:LabourPerUnit must be an amount of at least 0 with at most two decimals.";
        }
        if (PlanningChunkSize is <= 0 or > 10_000)
        {
            yield return "Making:PlanningChunkSize must be between 1 and 10000.";
        }
    }
}
