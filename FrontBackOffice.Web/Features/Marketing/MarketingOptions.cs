using FrontBackOffice.Web.Shared;

namespace FrontBackOffice.Web.Features.Marketing;

/// <summary>The <c>Marketing</c> settings.</summary>
public sealed class MarketingOptions : ISettings
{
    public static string Section => "Marketing";

    /// <summary>The days of orders the segmentation scores customers on, back from the day it runs.</summary>
    public int SegmentationWindowDays { get; set; } = 365;

    /// <summary>How many customers the segmentation scores per transaction.</summary>
    public int SegmentationChunkSize { get; set; } = 1000;

    public IEnumerable<string> Problems()
    {
        if (SegmentationWindowDays is < 7 or > 3660)
        {
            yield return "Marketing:SegmentationWindowDays must be between 7 and 3660.";
        }
        if (SegmentationChunkSize is <= 0 or > 10_000)
        {
            yield return "Marketing:SegmentationChunkSize must be between 1 and 10000.";
        }
    }
}
