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

    /// <summary>The largest count file taken, in megabytes.</summary>
    public int ImportMaxMegabytes { get; set; } = 10;

    /// <summary>The most lines a count file may have (a line per product of the location).</summary>
    public int ImportMaxLines { get; set; } = 200_000;

    public long ImportMaxBytes => ImportMaxMegabytes * 1024L * 1024L;

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
        if (ImportMaxMegabytes is <= 0 or > 1024)
        {
            yield return "Stock:ImportMaxMegabytes must be between 1 and 1024.";
        }
        if (ImportMaxLines <= 0)
        {
            yield return "Stock:ImportMaxLines must be at least 1.";
        }
    }
}
