using System.Linq.Expressions;

namespace FrontBackOffice.Domain.Payroll;

public enum PayType
{
    Salaried,
    Hourly,
}

public sealed record EmployeeDetails(
    string Name, string TaxNumber, string Department, DateOnly HireDate, DateOnly? LeaveDate, PayType PayType,
    decimal? MonthlySalary, decimal? HourlyRate)
{
    public const int NameMaxLength = 200;
    public const int TaxNumberMaxLength = 32;
    public const int DepartmentMaxLength = 100;

    public ValidationErrors Validate()
    {
        var errors = new ValidationErrors()
            .Require(!string.IsNullOrWhiteSpace(Name), nameof(Name), "Enter the employee's name.")
            .CheckText(nameof(Name), Name, NameMaxLength)
            .Require(!string.IsNullOrWhiteSpace(TaxNumber), nameof(TaxNumber), "Enter the employee's tax number.")
            .CheckText(nameof(TaxNumber), TaxNumber, TaxNumberMaxLength)
            .Require(!string.IsNullOrWhiteSpace(Department), nameof(Department), "Enter the department.")
            .CheckText(nameof(Department), Department, DepartmentMaxLength)
            .Require(LeaveDate is null || HireDate < LeaveDate, nameof(LeaveDate), "The leave date must come after the hire date.");
        if (PayType == PayType.Salaried)
        {
            errors.Require(MonthlySalary > 0, nameof(MonthlySalary), "A salaried employee needs a monthly salary above zero.")
                .Require(MonthlySalary is null || Money.Round(MonthlySalary.Value) == MonthlySalary, nameof(MonthlySalary), "The salary has at most two decimals.");
        }
        else
        {
            errors.Require(HourlyRate > 0, nameof(HourlyRate), "An hourly employee needs an hourly rate above zero.")
                .Require(HourlyRate is null || decimal.Round(HourlyRate.Value, 4) == HourlyRate, nameof(HourlyRate), "The rate has at most four decimals.");
        }
        return errors;
    }
}

/// <summary>A member of the company's staff as HR pays them.</summary>
public sealed class Employee
{
    private Employee()
    {
    }

    public Employee(EmployeeDetails details) => Apply(details);

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string TaxNumber { get; private set; } = "";
    public string Department { get; private set; } = "";
    public DateOnly HireDate { get; private set; }
    public DateOnly? LeaveDate { get; private set; }
    public PayType PayType { get; private set; }
    public decimal? MonthlySalary { get; private set; }
    public decimal? HourlyRate { get; private set; }

    /// <summary>Whether they were employed on at least one day of the period.</summary>
    public bool IsActiveIn(PayPeriod period) => HireDate <= period.LastDay && (LeaveDate is null || LeaveDate >= period.FirstDay);

    /// <summary><see cref="IsActiveIn"/> as a query the database runs.</summary>
    public static Expression<Func<Employee, bool>> ActiveIn(PayPeriod period)
    {
        var (first, last) = (period.FirstDay, period.LastDay);
        return e => e.HireDate <= last && (e.LeaveDate == null || e.LeaveDate >= first);
    }

    public void Update(EmployeeDetails details)
    {
        Apply(details);
    }

    private void Apply(EmployeeDetails details)
    {
        details.Validate().ThrowIfAny();
        Name = details.Name.Trim();
        TaxNumber = details.TaxNumber.Trim().ToUpperInvariant();
        Department = details.Department.Trim();
        HireDate = details.HireDate;
        LeaveDate = details.LeaveDate;
        PayType = details.PayType;
        MonthlySalary = details.PayType == PayType.Salaried ? details.MonthlySalary : null;
        HourlyRate = details.PayType == PayType.Hourly ? details.HourlyRate : null;
    }
}

/// <summary>A calendar month of pay.</summary>
public readonly record struct PayPeriod(int Year, int Month) : IComparable<PayPeriod>
{
    public DateOnly FirstDay => new(Year, Month, 1);
    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);
    public int Days => DateTime.DaysInMonth(Year, Month);

    public PayPeriod Previous => Month == 1 ? new(Year - 1, 12) : new(Year, Month - 1);

    public PayPeriod Next => Month == 12 ? new(Year + 1, 1) : new(Year, Month + 1);

    /// <summary>
    /// The month a new payroll run is for: the first month without a run, counting from the oldest month that has one
    /// (so a month skipped in between comes first); the current month when no month has a run yet.
    /// </summary>
    public static PayPeriod FirstWithoutRun(IReadOnlyCollection<PayPeriod> withRuns, PayPeriod current)
    {
        if (withRuns.Count == 0)
        {
            return current;
        }
        var period = withRuns.Min();
        while (withRuns.Contains(period))
        {
            period = period.Next;
        }
        return period;
    }

    public static PayPeriod Of(DateOnly day) => new(day.Year, day.Month);

    public int CompareTo(PayPeriod other) => (Year, Month).CompareTo((other.Year, other.Month));

    public override string ToString() => $"{Year}-{Month:D2}";
}
