using FrontBackOffice.Domain.Payroll;

namespace FrontBackOffice.Tests.Domain.Payroll;

public class EmployeeTests
{
    private static readonly PayPeriod March = new(2026, 3);

    private static Employee Hired(DateOnly hired, DateOnly? left) =>
        new(new EmployeeDetails("Ann", "TX-1", "Office", hired, left, PayType.Salaried, 3000m, null));

    [Theory]
    [InlineData("2026-03-31", null, true)]
    [InlineData("2026-04-01", null, false)]
    [InlineData("2025-01-01", "2026-03-01", true)]
    [InlineData("2025-01-01", "2026-02-28", false)]
    [InlineData("2026-03-10", "2026-03-20", true)]
    public void ActiveInAPeriod_TheQueryAgreesWithTheEmployee(string hired, string? left, bool active)
    {
        var employee = Hired(DateOnly.Parse(hired), left is null ? null : DateOnly.Parse(left));

        Assert.Equal(active, employee.IsActiveIn(March));
        Assert.Equal(active, Employee.ActiveIn(March).Compile()(employee));
    }

    [Theory]
    [InlineData("2026-03-02", "2026-03-02")]
    [InlineData("2026-03-04", "2026-03-02")]
    [InlineData("2026-03-08", "2026-03-02")]
    [InlineData("2026-03-01", "2026-02-23")]
    public void WeekStart_IsTheMondayOfTheDaysWeek(string day, string monday) =>
        Assert.Equal(DateOnly.Parse(monday), Timesheet.WeekStartOf(DateOnly.Parse(day)));
}
