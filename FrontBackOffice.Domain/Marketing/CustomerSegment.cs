namespace FrontBackOffice.Domain.Marketing;

/// <summary>A customer's segment as the last segmentation run scored it, with the figures it was scored on.</summary>
public sealed class CustomerSegment
{
    private CustomerSegment()
    {
    }

    public CustomerSegment(int customerId) => CustomerId = customerId;

    public int CustomerId { get; private set; }
    public Segment Segment { get; private set; }

    /// <summary>Days since the last order in the window; null when none was in it.</summary>
    public int? DaysSinceLast { get; private set; }

    public int Orders { get; private set; }
    public decimal Net { get; private set; }
    public int Recency { get; private set; }
    public int Frequency { get; private set; }
    public int Monetary { get; private set; }
    public DateOnly ScoredOn { get; private set; }

    /// <summary>The job run that scored it: a run resumed after a crash skips the customers it already scored.</summary>
    public long RunId { get; private set; }

    /// <summary>Records the run's score; returns the change of segment to keep in the history, or null when it stays.</summary>
    public SegmentChange? Record(RfmScore score, Purchases? purchases, DateOnly on, long runId)
    {
        var change = RunId == 0 || score.Segment != Segment ? new SegmentChange(CustomerId, RunId == 0 ? null : Segment, score.Segment, on, runId) : null;
        Segment = score.Segment;
        (DaysSinceLast, Orders, Net) = (purchases?.DaysSinceLast, purchases?.Orders ?? 0, purchases?.Net ?? 0m);
        (Recency, Frequency, Monetary) = (score.Recency, score.Frequency, score.Monetary);
        ScoredOn = on;
        RunId = runId;
        return change;
    }
}

/// <summary>A customer moving from one segment to another (from none, the first time they are scored).</summary>
public sealed class SegmentChange
{
    private SegmentChange()
    {
    }

    public SegmentChange(int customerId, Segment? from, Segment to, DateOnly on, long runId)
    {
        CustomerId = customerId;
        From = from;
        To = to;
        On = on;
        RunId = runId;
    }

    public long Id { get; private set; }
    public int CustomerId { get; private set; }
    public Segment? From { get; private set; }
    public Segment To { get; private set; }
    public DateOnly On { get; private set; }
    public long RunId { get; private set; }
}
