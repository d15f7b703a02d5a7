using System.Linq.Expressions;

namespace FrontBackOffice.Domain.Stock;

public enum CountState
{
    /// <summary>Counting: quantities are entered or imported.</summary>
    Open,

    /// <summary>Submitted: the reconciliation job computes the variances.</summary>
    Reconciling,

    /// <summary>Some variances are larger than the threshold and wait for a Warehouse approval.</summary>
    AwaitingApproval,

    /// <summary>The adjustments are posted and the count is closed.</summary>
    Closed,
}

/// <summary>
/// A stock count of one location. Opening it snapshots the system quantities (and the last movement then);
/// counted quantities are entered until it is submitted; reconciliation computes expected = snapshot +
/// movements since, variance = counted − expected and value = variance × unit cost; large variances wait for
/// approval; posting writes the adjustments and one journal entry and closes the count.
/// </summary>
public sealed class CountSession
{
    private CountSession()
    {
    }

    public CountSession(int locationId, long snapshotMovementId, string openedBy, DateTime openedAt)
    {
        LocationId = locationId;
        SnapshotMovementId = snapshotMovementId;
        OpenedBy = openedBy;
        OpenedAt = openedAt;
    }

    public int Id { get; private set; }
    public int LocationId { get; private set; }
    public CountState State { get; private set; } = CountState.Open;

    /// <summary>The last stock movement when the system quantities were snapshotted; later movements count as "since".</summary>
    public long SnapshotMovementId { get; private set; }

    public string OpenedBy { get; private set; } = "";
    public DateTime OpenedAt { get; private set; }
    public string? SubmittedBy { get; private set; }
    public DateTime? SubmittedAt { get; private set; }
    public DateTime? ReconciledAt { get; private set; }
    public string? PostedBy { get; private set; }
    public DateTime? ClosedAt { get; private set; }

    /// <summary>Counted quantities may be entered or imported.</summary>
    public bool CanCount => State == CountState.Open;

    public bool CanSubmit => State == CountState.Open;

    /// <summary>Large variances wait for a Warehouse approval.</summary>
    public bool CanApprove => State == CountState.AwaitingApproval;

    /// <summary>Submitted and not yet closed: the reconciliation may run again (after a failure).</summary>
    public bool CanReconcileAgain => State == CountState.Reconciling;

    public void Submit(string by, DateTime at)
    {
        Require(CanSubmit, "submitted");
        State = CountState.Reconciling;
        SubmittedBy = by;
        SubmittedAt = at;
    }

    /// <summary>The variances are known: they wait for approval, or the count goes on to posting.</summary>
    public void Reconciled(bool awaitingApproval, DateTime at)
    {
        Require(State is CountState.Reconciling or CountState.AwaitingApproval, "reconciled");
        State = awaitingApproval ? CountState.AwaitingApproval : CountState.Reconciling;
        ReconciledAt ??= at;
    }

    /// <summary>Every approval is given: posting may go on.</summary>
    public void ResumePosting()
    {
        Require(CanApprove, "posted");
        State = CountState.Reconciling;
    }

    public void Close(string by, DateTime at)
    {
        Require(State == CountState.Reconciling, "closed");
        State = CountState.Closed;
        PostedBy = by;
        ClosedAt = at;
    }

    public void EnsureCounting()
    {
        Require(CanCount, "changed");
    }

    public void EnsureApproving()
    {
        Require(CanApprove, "approved");
    }

    private void Require(bool allowed, string action)
    {
        if (!allowed)
        {
            throw new DomainException($"Count #{Id} is {CountStates.Describe(State)} and cannot be {action}.");
        }
    }
}

/// <summary>One product of a count: the system quantity at the snapshot, what was counted, and the reconciliation.</summary>
public sealed class CountLine
{
    private CountLine()
    {
    }

    public CountLine(int sessionId, int productId, string sku, string productName, int systemQuantity)
    {
        SessionId = sessionId;
        ProductId = productId;
        Sku = sku;
        ProductName = productName;
        SystemQuantity = systemQuantity;
    }

    public int Id { get; private set; }
    public int SessionId { get; private set; }
    public int ProductId { get; private set; }
    public string Sku { get; private set; } = "";
    public string ProductName { get; private set; } = "";
    public int SystemQuantity { get; private set; }
    public int? Counted { get; private set; }
    public int? Expected { get; private set; }
    public int? Variance { get; private set; }
    public decimal? UnitCost { get; private set; }
    public decimal? Value { get; private set; }
    public bool NeedsApproval { get; private set; }
    public string? ApprovedBy { get; private set; }
    public bool Posted { get; private set; }

    public bool WaitsForApproval => NeedsApproval && ApprovedBy is null;

    /// <summary><see cref="WaitsForApproval"/> as a query the database runs.</summary>
    public static Expression<Func<CountLine, bool>> Waiting { get; } = l => l.NeedsApproval && l.ApprovedBy == null;

    /// <summary>Counted more than expected: a gain, worth <see cref="Value"/>.</summary>
    public static Expression<Func<CountLine, bool>> IsGain { get; } = l => l.Value > 0;

    /// <summary>Counted less than expected: a loss, worth minus <see cref="Value"/>.</summary>
    public static Expression<Func<CountLine, bool>> IsLoss { get; } = l => l.Value < 0;

    public static Expression<Func<CountLine, bool>> HasVariance { get; } = l => l.Variance != null && l.Variance != 0;

    /// <summary>What is wrong with a counted quantity, under the field <c>Counted</c>.</summary>
    public static ValidationErrors Validate(int counted) =>
        new ValidationErrors().Require(counted >= 0, nameof(Counted), "A counted quantity cannot be negative.");

    public void Count(int counted)
    {
        Validate(counted).ThrowIfAny();
        Counted = counted;
    }

    /// <summary>
    /// expected = snapshot + movements since; variance = counted − expected; value = variance × unit cost, in cents.
    /// A line whose value is larger (either way) than the threshold needs an approval. An uncounted line counts as
    /// what was expected.
    /// </summary>
    public void Reconcile(int movementsSince, decimal unitCost, decimal approvalThreshold)
    {
        Expected = SystemQuantity + movementsSince;
        Variance = (Counted ?? Expected.Value) - Expected.Value;
        UnitCost = unitCost;
        Value = Money.Round(Variance.Value * unitCost);
        NeedsApproval = Math.Abs(Value.Value) > approvalThreshold;
    }

    /// <summary>
    /// The line is done; when it adjusted the stock, its value becomes what the adjustment was worth (a loss leaves at the
    /// average cost of the moment, which the count's journal entry books).
    /// </summary>
    public void MarkPosted(StockValuation? adjustment = null)
    {
        Posted = true;
        if (adjustment is { } done)
        {
            Value = Variance < 0 ? -done.Value : done.Value;
        }
    }
}

public static class CountStates
{
    /// <summary>A state as people say it.</summary>
    public static string Describe(CountState state) => state switch
    {
        CountState.Open => "open for counting",
        CountState.Reconciling => "being reconciled",
        CountState.AwaitingApproval => "waiting for approval",
        CountState.Closed => "closed",
        _ => state.ToString(),
    };
}
