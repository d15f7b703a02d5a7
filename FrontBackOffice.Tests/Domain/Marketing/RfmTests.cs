using FrontBackOffice.Domain.Marketing;

namespace FrontBackOffice.Tests.Domain.Marketing;

/// <summary>
/// Five customers who bought in the window, worked by hand:
/// A (last order 1 day ago, 6 orders, 6,000.00), B (2 days, 1, 50.00), H (60 days, 3, 900.00), C (200 days, 5, 2,500.00),
/// D (300 days, 1, 20.00). With five customers the quintile boundaries are the 2nd to 5th values in ascending order:
/// days 2, 60, 200, 300; orders 1, 3, 5, 6; net 50, 900, 2,500, 6,000.
/// </summary>
public class RfmTests
{
    public static readonly Purchases A = new(1, 6, 6000m), B = new(2, 1, 50m), H = new(60, 3, 900m), C = new(200, 5, 2500m), D = new(300, 1, 20m);

    public static readonly RfmBounds Bounds = new([2, 60, 200, 300], [1, 3, 5, 6], [50m, 900m, 2500m, 6000m]);

    [Fact]
    public void TheBoundaries_AreTheValuesAtEachFifthOfTheCustomers()
    {
        var customers = new[] { A, B, H, C, D };
        var positions = Rfm.BoundaryPositions(customers.Length);

        Assert.Equal([1, 2, 3, 4], positions);
        Assert.Equal(Bounds.DaysSinceLast, positions.Select(p => customers.Select(c => c.DaysSinceLast).Order().ElementAt(p)));
        Assert.Equal(Bounds.Orders, positions.Select(p => customers.Select(c => c.Orders).Order().ElementAt(p)));
        Assert.Equal(Bounds.Net, positions.Select(p => customers.Select(c => c.Net).Order().ElementAt(p)));
        Assert.Equal([0, 0, 0, 0], Rfm.BoundaryPositions(1));
        Assert.Equal([200, 400, 600, 800], Rfm.BoundaryPositions(1000));
    }

    [Theory]
    [MemberData(nameof(HandWorked))]
    public void EachCustomer_ScoresOneMoreForEachBoundaryBeaten_AndFallsInTheSegmentTheScoresMake(string who, Purchases purchases, RfmScore expected)
    {
        Assert.True(expected == Rfm.Score(purchases, Bounds), who);
    }

    public static TheoryData<string, Purchases, RfmScore> HandWorked => new()
    {
        // A is more recent than all four day boundaries; 6 orders beat 1, 3 and 5 but not 6; 6,000 beats all but 6,000.
        { "A", A, new RfmScore(5, 4, 4, Segment.Champions) },
        { "B", B, new RfmScore(4, 1, 1, Segment.New) },
        { "H", H, new RfmScore(3, 2, 2, Segment.Promising) },
        { "C", C, new RfmScore(2, 3, 3, Segment.AtRisk) },
        { "D", D, new RfmScore(1, 1, 1, Segment.Lost) },
    };

    [Theory]
    [InlineData(5, 5, 5, Segment.Champions)]
    [InlineData(4, 4, 3, Segment.Loyal)]
    [InlineData(3, 5, 1, Segment.Loyal)]
    [InlineData(5, 2, 5, Segment.New)]
    [InlineData(5, 3, 3, Segment.Promising)]
    [InlineData(3, 3, 3, Segment.Promising)]
    [InlineData(2, 5, 5, Segment.AtRisk)]
    [InlineData(1, 2, 5, Segment.Lost)]
    public void TheSegments_FollowTheScores(int recency, int frequency, int monetary, Segment segment) =>
        Assert.Equal(segment, Rfm.SegmentOf(recency, frequency, monetary));

    [Fact]
    public void ACustomerWhoBoughtOnlyBeforeTheWindow_IsLost_WithNoScores() =>
        Assert.Equal(new RfmScore(0, 0, 0, Segment.Lost), Rfm.Lapsed);

    [Fact]
    public void ASegmentChange_IsKeptTheFirstTimeAndWhenTheSegmentMoves_NotWhenItStays()
    {
        var segment = new CustomerSegment(7);
        var day = new DateOnly(2026, 3, 2);

        var first = segment.Record(Rfm.Score(B, Bounds), B, day, runId: 1);
        var same = segment.Record(Rfm.Score(B, Bounds), B, day.AddDays(1), runId: 2);
        var moved = segment.Record(Rfm.Lapsed, null, day.AddDays(400), runId: 3);

        Assert.Equal((null, Segment.New), (first!.From, first.To));
        Assert.Null(same);
        Assert.Equal((Segment.New, Segment.Lost, 3L), (moved!.From, moved.To, moved.RunId));
        Assert.Equal((null, 0, 0m, 3L), (segment.DaysSinceLast, segment.Orders, segment.Net, segment.RunId));
    }
}
