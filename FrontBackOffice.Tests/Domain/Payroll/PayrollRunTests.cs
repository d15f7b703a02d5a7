using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Ledger;
using FrontBackOffice.Domain.Payroll;

namespace FrontBackOffice.Tests.Domain.Payroll;

public class PayrollRunTests
{
    private static readonly DateTime Now = new(2026, 4, 2, 9, 0, 0, DateTimeKind.Utc);
    private static readonly PayrollTotals Totals = new(2, 4600m, 610m, 368m, 598m, 3622m);

    private static PayrollRun Computed()
    {
        var run = new PayrollRun(new PayPeriod(2026, 3), "Hana", Now);
        run.BeginCompute(1, "hr-id", "Hana");
        run.Complete(Totals, Now);
        return run;
    }

    [Fact]
    public void Run_GoesThroughComputeApprovalAndPosting()
    {
        var run = Computed();

        run.Approve("acc-id", "Alex", Now);
        run.Post("Alex", Now);

        Assert.Equal(PayrollRunState.Posted, run.State);
        Assert.Equal(("Hana", "Alex", "Alex"), (run.ComputedBy, run.ApprovedBy, run.PostedBy));
    }

    [Fact]
    public void WhoComputed_CannotApprove()
    {
        var run = Computed();

        var refused = Assert.Throws<DomainException>(() => run.Approve("hr-id", "Hana", Now));

        Assert.Contains("four eyes", refused.Message);
        Assert.Equal(PayrollRunState.Computed, run.State);
    }

    [Fact]
    public void Recompute_IsAllowedUntilApproval()
    {
        var run = Computed();

        Assert.False(run.BeginCompute(2, "hr-id", "Hana"));
        run.Complete(Totals, Now);
        run.Approve("acc-id", "Alex", Now);

        Assert.Throws<DomainException>(() => run.BeginCompute(3, "hr-id", "Hana"));
    }

    [Fact]
    public void BeginCompute_ByTheSameJobRun_IsARetryThatCarriesOn()
    {
        var run = new PayrollRun(new PayPeriod(2026, 3), "Hana", Now);
        run.BeginCompute(7, "hr-id", "Hana");

        Assert.True(run.BeginCompute(7, "hr-id", "Hana"));
        Assert.Throws<DomainException>(() => run.BeginCompute(8, "hr-id", "Hana"));
    }

    [Fact]
    public void PostedRun_IsLocked()
    {
        var run = Computed();
        run.Approve("acc-id", "Alex", Now);
        run.Post("Alex", Now);

        Assert.Throws<DomainException>(() => run.BeginCompute(9, "hr-id", "Hana"));
        Assert.Throws<DomainException>(() => run.Cancel());
        Assert.Throws<DomainException>(() => run.Post("Alex", Now));
    }

    [Fact]
    public void Posting_IsRefused_BeforeApproval() =>
        Assert.Throws<DomainException>(() => Computed().Post("Alex", Now));

    [Fact]
    public void PayrollEntry_BooksEachComponent_AndBalances()
    {
        var run = Computed();
        run.Approve("acc-id", "Alex", Now);

        var entry = Postings.Payroll(run, new DateOnly(2026, 4, 2), new LockDate(null), "Alex", Now);

        // Dr 6000 4,600 + Dr 6100 598 = 5,198 = Cr 2300 610 + Cr 2400 (368 + 598) + Cr 2200 3,622
        Assert.Equal([("6000", 4600m, 0m), ("6100", 598m, 0m), ("2300", 0m, 610m), ("2400", 0m, 966m), ("2200", 0m, 3622m)],
            entry.Lines.Select(l => (l.AccountCode, l.Debit, l.Credit)));
        Assert.Equal(5198m, entry.TotalDebit);
    }
}
