namespace FrontBackOffice.Domain.Marketing;

/// <summary>Where a customer stands by how recently, how often and how much they bought.</summary>
public enum Segment
{
    /// <summary>Bought lately, often and much.</summary>
    Champions,

    /// <summary>Buy often and not long ago.</summary>
    Loyal,

    /// <summary>Recent, but not yet often or much.</summary>
    Promising,

    /// <summary>Bought for the first times lately.</summary>
    New,

    /// <summary>Used to buy often, not lately.</summary>
    AtRisk,

    /// <summary>Bought little and long ago, or nothing in the window though they bought before.</summary>
    Lost,
}

/// <summary>What a customer bought in the window: days since the last order, how many orders, their net value.</summary>
public sealed record Purchases(int DaysSinceLast, int Orders, decimal Net);

/// <summary>
/// The quintile boundaries of the customers who bought in the window: for each measure, the values at 1/5, 2/5, 3/5 and
/// 4/5 of the customers sorted by it (ascending). A customer scores one more for each boundary they beat.
/// </summary>
public sealed record RfmBounds(IReadOnlyList<int> DaysSinceLast, IReadOnlyList<int> Orders, IReadOnlyList<decimal> Net)
{
    public const int Points = 4;
}

/// <summary>A customer's scores, 1 (worst) to 5 (best), and the segment they make.</summary>
public sealed record RfmScore(int Recency, int Frequency, int Monetary, Segment Segment);

/// <summary>
/// RFM segmentation: recency, frequency and monetary value over a window, each scored 1 to 5 by quintile among the
/// customers who bought in it, and the segment those scores make. A customer who bought before the window but not in it
/// is lost; one who never bought is not scored.
/// </summary>
public static class Rfm
{
    /// <summary>The score of a customer who bought in the window.</summary>
    public static RfmScore Score(Purchases purchases, RfmBounds bounds)
    {
        // Fewer days since the last order is better: a customer beats a boundary by being more recent than it.
        var recency = 1 + bounds.DaysSinceLast.Count(b => purchases.DaysSinceLast < b);
        var frequency = 1 + bounds.Orders.Count(b => purchases.Orders > b);
        var monetary = 1 + bounds.Net.Count(b => purchases.Net > b);
        return new RfmScore(recency, frequency, monetary, SegmentOf(recency, frequency, monetary));
    }

    /// <summary>The score of a customer who bought before the window and not in it.</summary>
    public static RfmScore Lapsed { get; } = new(0, 0, 0, Segment.Lost);

    public static Segment SegmentOf(int recency, int frequency, int monetary) => (recency, frequency, monetary) switch
    {
        ( >= 4, >= 4, >= 4) => Segment.Champions,
        ( >= 3, >= 4, _) => Segment.Loyal,
        ( >= 4, <= 2, _) => Segment.New,
        ( <= 2, >= 3, _) => Segment.AtRisk,
        ( <= 2, _, _) => Segment.Lost,
        _ => Segment.Promising,
    };

    /// <summary>The positions (zero-based, in ascending order) of the quintile boundaries among <paramref name="count"/> values.</summary>
    public static IReadOnlyList<int> BoundaryPositions(int count) =>
        Enumerable.Range(1, RfmBounds.Points).Select(k => Math.Min(count - 1, k * count / (RfmBounds.Points + 1))).ToList();
}
