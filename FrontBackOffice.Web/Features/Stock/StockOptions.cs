using FrontBackOffice.Web.Shared;

namespace FrontBackOffice.Web.Features.Stock;

/// <summary>The <c>Stock</c> settings.</summary>
public sealed class StockOptions : ISettings
{
    public static string Section => "Stock";

    /// <summary>A count line whose variance is worth more than this (either way) waits for a Warehouse approval.</summary>
    public decimal ApprovalThreshold { get; set; } = 500m;

    /// <summary>How many count lines the reconciliation handles per transaction.</summary>
    public int ChunkSize { get; set; } = 1000;

    public IEnumerable<string> Problems()
    {
        if (ApprovalThreshold < 0)
        {
            yield return "Stock:ApprovalThreshold must not be negative.";
        }
        if (ChunkSize is <= 0 or > 10_000)
        {
            yield return "Stock:ChunkSize must be between 1 and 10000.";
        }
    }
}
