using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Ledger;
using FrontBackOffice.Domain.Stock;

namespace FrontBackOffice.Tests.Domain.Stock;

public class CountTests
{
    private static CountLine Line(int system, int? counted)
    {
        var line = new CountLine(1, 7, "W-1", "Widget", system);
        if (counted is { } c)
        {
            line.Count(c);
        }
        return line;
    }

    [Fact]
    public void Reconcile_AddsTheMovementsSinceTheSnapshot_ToTheExpectedQuantity()
    {
        var line = Line(system: 40, counted: 31);

        line.Reconcile(movementsSince: -6, unitCost: 12.5m, approvalThreshold: 500m);

        // expected 40 − 6 = 34; variance 31 − 34 = −3; value −3 × 12.50 = −37.50
        Assert.Equal((34, -3, -37.50m, false), (line.Expected, line.Variance, line.Value, line.NeedsApproval));
    }

    [Fact]
    public void Reconcile_RoundsTheValueToCents()
    {
        var line = Line(system: 10, counted: 13);

        line.Reconcile(0, 7.3333m, 500m);

        Assert.Equal(22.00m, line.Value); // 3 × 7.3333 = 21.9999
    }

    [Fact]
    public void UncountedLine_CountsAsExpected()
    {
        var line = Line(system: 10, counted: null);

        line.Reconcile(2, 5m, 500m);

        Assert.Equal((12, 0, 0m), (line.Expected, line.Variance, line.Value));
    }

    [Theory]
    [InlineData(500.00, false)]
    [InlineData(500.01, true)]
    [InlineData(-500.01, true)]
    public void Lines_AboveTheThreshold_EitherWay_WaitForApproval(decimal value, bool waits)
    {
        var variance = value > 0 ? 1 : -1;
        var line = Line(system: 10, counted: 10 + variance);

        line.Reconcile(0, Math.Abs(value), 500m);

        Assert.Equal(waits, line.WaitsForApproval);
    }

    [Theory]
    [InlineData(0, 100)]
    [InlineData(4, 100)]
    [InlineData(10, 100)]
    [InlineData(20, 100)]
    [InlineData(20, 0)]
    public void QueryRules_AgreeWithTheLine(int counted, int unitCost)
    {
        var line = Line(system: 10, counted: counted);
        line.Reconcile(0, unitCost, 500m);

        Assert.Equal(line.WaitsForApproval, CountLine.Waiting.Compile()(line));
        Assert.Equal(line.Value > 0, CountLine.IsGain.Compile()(line));
        Assert.Equal(line.Value < 0, CountLine.IsLoss.Compile()(line));
        Assert.Equal(line.Variance != 0, CountLine.HasVariance.Compile()(line));
    }

    [Fact]
    public void Count_RefusesNegativeQuantities() => Assert.Throws<InvalidInputException>(() => Line(5, -1));

    [Fact]
    public void Session_IsCountedThenReconciledThenClosed()
    {
        var session = new CountSession(1, 100, "Walt", DateTime.UtcNow);

        session.EnsureCounting();
        session.Submit("Walt", DateTime.UtcNow);
        Assert.Throws<DomainException>(session.EnsureCounting);
        session.Reconciled(awaitingApproval: true, DateTime.UtcNow);
        Assert.Throws<DomainException>(() => session.Close("Walt", DateTime.UtcNow));
        session.ResumePosting();
        session.Close("Walt", DateTime.UtcNow);

        Assert.Equal(CountState.Closed, session.State);
        Assert.Throws<DomainException>(() => session.Submit("Walt", DateTime.UtcNow));
    }

    [Fact]
    public void CountPosting_BooksGainsAndLosses_AgainstInventoryAdjustments()
    {
        var entry = Postings.StockCount(4, "MAIN", gains: 120.50m, losses: 37.50m, new DateOnly(2026, 3, 10), new LockDate(null), "Walt", DateTime.UtcNow)!;

        Assert.Equal([("1300", 120.50m, 0m), ("5100", 0m, 120.50m), ("5100", 37.50m, 0m), ("1300", 0m, 37.50m)],
            entry.Lines.Select(l => (l.AccountCode, l.Debit, l.Credit)));
        Assert.Null(Postings.StockCount(4, "MAIN", 0m, 0m, new DateOnly(2026, 3, 10), new LockDate(null), "Walt", DateTime.UtcNow));
    }
}
