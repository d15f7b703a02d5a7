using FrontBackOffice.Domain.Payroll;

namespace FrontBackOffice.Tests.Domain.Payroll;

public class PayPeriodTests
{
    private static readonly PayPeriod Today = new(2026, 11);

    [Fact]
    public void NextRun_IsTheCurrentMonth_WhenNoMonthHasARun() => Assert.Equal(Today, PayPeriod.FirstWithoutRun([], Today));

    [Fact]
    public void NextRun_IsTheMonthAfterTheLast_WhenEveryMonthHasItsRun() =>
        Assert.Equal(new PayPeriod(2026, 12), PayPeriod.FirstWithoutRun([new(2026, 10), new(2026, 11), new(2026, 9)], Today));

    [Fact]
    public void NextRun_IsAMonthSkippedInBetween() =>
        Assert.Equal(new PayPeriod(2026, 9), PayPeriod.FirstWithoutRun([new(2026, 8), new(2026, 10), new(2026, 11)], Today));

    [Fact]
    public void NextRun_CrossesTheYear() => Assert.Equal(new PayPeriod(2027, 1), PayPeriod.FirstWithoutRun([new(2026, 12)], Today));
}
