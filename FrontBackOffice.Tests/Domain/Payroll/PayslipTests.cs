using FrontBackOffice.Domain.Payroll;

namespace FrontBackOffice.Tests.Domain.Payroll;

public class PayslipTests
{
    /// <summary>40 h a week, overtime × 1.5, tax 10 % up to 2,000 then 25 % up to 5,000 then 40 %, employee 8 %, employer 13 %.</summary>
    public static readonly PayRules Rules = new(40m, 1.5m, [new(2000m, 0.10m), new(5000m, 0.25m), new(null, 0.40m)], 0.08m, 0.13m);

    private static readonly PayPeriod March = new(2026, 3);
    private static readonly PayPeriod April = new(2026, 4);

    private static Employee Salaried(decimal salary, DateOnly hired, DateOnly? left = null) =>
        new(new EmployeeDetails("Sam", "T1", "Sales", hired, left, PayType.Salaried, salary, null));

    private static Employee Hourly(decimal rate) =>
        new(new EmployeeDetails("Hal", "T2", "Warehouse", new DateOnly(2025, 1, 1), null, PayType.Hourly, null, rate));

    [Fact]
    public void Salaried_FullMonth()
    {
        var slip = Payslip.Compute(1, Salaried(3000m, new DateOnly(2025, 1, 1)), March, [], Rules);

        // 3,000 gross; tax 2,000 × 10 % + 1,000 × 25 % = 450; employee 8 % = 240; employer 13 % = 390; net 2,310.
        Assert.Equal((31, 31), (slip.DaysEmployed, slip.DaysInPeriod));
        Assert.Equal((3000m, 450m, 240m, 390m, 2310m), (slip.Gross, slip.IncomeTax, slip.EmployeeSocial, slip.EmployerSocial, slip.Net));
    }

    [Fact]
    public void Salaried_JoinedMidMonth_IsProratedByDaysEmployed()
    {
        var slip = Payslip.Compute(1, Salaried(3100m, new DateOnly(2026, 3, 16)), March, [], Rules);

        // 16 of 31 days: 3,100 × 16 / 31 = 1,600; tax 160; employee 128; employer 208; net 1,312.
        Assert.Equal(16, slip.DaysEmployed);
        Assert.Equal((1600m, 160m, 128m, 208m, 1312m), (slip.Gross, slip.IncomeTax, slip.EmployeeSocial, slip.EmployerSocial, slip.Net));
    }

    [Fact]
    public void Salaried_LeftMidMonth_IsProratedByDaysEmployed()
    {
        var slip = Payslip.Compute(1, Salaried(4500m, new DateOnly(2024, 6, 1), new DateOnly(2026, 4, 10)), April, [], Rules);

        // 10 of 30 days: 4,500 × 10 / 30 = 1,500; tax 150; employee 120; employer 195; net 1,230.
        Assert.Equal((10, 30), (slip.DaysEmployed, slip.DaysInPeriod));
        Assert.Equal((1500m, 150m, 120m, 195m, 1230m), (slip.Gross, slip.IncomeTax, slip.EmployeeSocial, slip.EmployerSocial, slip.Net));
    }

    [Fact]
    public void Salaried_ProrationRoundsToTheCent()
    {
        var slip = Payslip.Compute(1, Salaried(2000m, new DateOnly(2026, 3, 21)), March, [], Rules);

        // 11 of 31 days: 2,000 × 11 / 31 = 709.677… → 709.68
        Assert.Equal(709.68m, slip.Gross);
    }

    [Fact]
    public void Hourly_WithoutOvertime()
    {
        var slip = Payslip.Compute(1, Hourly(20m), March, [new(new DateOnly(2026, 3, 2), [8, 8, 8, 8, 8, 0, 0])], Rules);

        // 40 h × 20 = 800; tax 80; employee 64; employer 104; net 656.
        Assert.Equal((40m, 0m), (slip.RegularHours, slip.OvertimeHours));
        Assert.Equal((800m, 0m, 800m, 80m, 64m, 104m, 656m),
            (slip.RegularPay, slip.OvertimePay, slip.Gross, slip.IncomeTax, slip.EmployeeSocial, slip.EmployerSocial, slip.Net));
    }

    [Fact]
    public void Hourly_WithOvertime_BeyondTheWeeklyHours()
    {
        var slip = Payslip.Compute(1, Hourly(20m), March,
            [new(new DateOnly(2026, 3, 2), [8, 8, 8, 8, 8, 0, 0]), new(new DateOnly(2026, 3, 9), [10, 10, 10, 10, 6, 0, 0])], Rules);

        // Week 1: 40 regular. Week 2: 46 h, 6 over 40. Regular 80 × 20 = 1,600; overtime 6 × 20 × 1.5 = 180; gross 1,780.
        // Tax 2,000 × 10 % = 178; employee 142.40; employer 231.40; net 1,780 − 178 − 142.40 = 1,459.60.
        Assert.Equal((80m, 6m), (slip.RegularHours, slip.OvertimeHours));
        Assert.Equal((1600m, 180m, 1780m, 178m, 142.40m, 231.40m, 1459.60m),
            (slip.RegularPay, slip.OvertimePay, slip.Gross, slip.IncomeTax, slip.EmployeeSocial, slip.EmployerSocial, slip.Net));
    }

    [Fact]
    public void WeekAcrossTwoMonths_SplitsItsOvertimeByDay()
    {
        WeekHours[] week = [new(new DateOnly(2026, 3, 30), [10, 10, 10, 10, 10, 0, 0])];

        // 50 h: Mon–Thu make the 40 regular hours, Friday's 10 are overtime. Mon 30 and Tue 31 are March.
        Assert.Equal((20m, 0m), Payslip.HoursIn(week, March.FirstDay, March.LastDay, 40m));
        Assert.Equal((20m, 10m), Payslip.HoursIn(week, April.FirstDay, April.LastDay, 40m));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1999.99, 200.00)] // 199.999 → 200.00
    [InlineData(2000, 200.00)]
    [InlineData(2004, 201.00)] // 200 + 4 × 25 %
    [InlineData(5000, 950.00)] // 200 + 3,000 × 25 %
    [InlineData(5010, 954.00)] // 950 + 10 × 40 %
    [InlineData(6000, 1350.00)] // 950 + 1,000 × 40 %
    public void IncomeTax_AppliesEachBracketsRateToThePartOfTheIncomeInIt(decimal income, decimal tax) =>
        Assert.Equal(tax, Rules.IncomeTax(income));

    [Fact]
    public void NetPay_IsNeverNegative_TheWithholdingsAreCappedAtTheGross()
    {
        var harsh = new PayRules(40m, 1.5m, [new(null, 0.5m)], 0.6m, 0.13m);

        var slip = Payslip.Compute(1, Salaried(1000m, new DateOnly(2025, 1, 1)), March, [], harsh);

        // Employee 600; tax 500 capped to the 400 left; net 0.
        Assert.Equal((600m, 400m, 0m), (slip.EmployeeSocial, slip.IncomeTax, slip.Net));
        Assert.Equal(slip.Gross, slip.IncomeTax + slip.EmployeeSocial + slip.Net);
    }

    [Fact]
    public void Rules_NameTheBadSetting()
    {
        var bad = new PayRules(0m, 0.5m, [new(5000m, 0.1m), new(2000m, 0.2m)], 1.2m, 0.1m);

        Assert.Equal(5, bad.Problems().Count());
        Assert.Contains(bad.Problems(), p => p.StartsWith("Payroll:WeeklyHours", StringComparison.Ordinal));
        Assert.Empty(Rules.Problems());
    }
}
