namespace FrontBackOffice.Domain.Payroll;

/// <summary>The hours an hourly employee worked in one week, Monday to Sunday.</summary>
public sealed class Timesheet
{
    public const int DaysPerWeek = 7;

    private Timesheet()
    {
    }

    public Timesheet(int employeeId, DateOnly weekStart, IReadOnlyList<decimal> hours)
    {
        EmployeeId = employeeId;
        WeekStart = weekStart;
        Set(hours);
    }

    public int Id { get; private set; }
    public int EmployeeId { get; private set; }

    /// <summary>The Monday the week starts on.</summary>
    public DateOnly WeekStart { get; private set; }

    public decimal Monday { get; private set; }
    public decimal Tuesday { get; private set; }
    public decimal Wednesday { get; private set; }
    public decimal Thursday { get; private set; }
    public decimal Friday { get; private set; }
    public decimal Saturday { get; private set; }
    public decimal Sunday { get; private set; }

    public IReadOnlyList<decimal> Hours => [Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday];

    /// <summary>The Monday of the week a day is in: weeks run Monday to Sunday.</summary>
    public static DateOnly WeekStartOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    public decimal Total => Hours.Sum();

    public void Change(IReadOnlyList<decimal> hours)
    {
        Set(hours);
    }

    public static ValidationErrors Validate(DateOnly weekStart, IReadOnlyList<decimal> hours)
    {
        var errors = new ValidationErrors()
            .Require(WeekStartOf(weekStart) == weekStart, nameof(WeekStart), "A week starts on a Monday.")
            .Require(hours.Count == DaysPerWeek, "Hours", "A week has seven days of hours.");
        for (var day = 0; day < hours.Count; day++)
        {
            errors.Require(hours[day] is >= 0 and <= 24, $"Hours[{day}]", "Hours per day are between 0 and 24.")
                .Require(decimal.Round(hours[day], 2) == hours[day], $"Hours[{day}]", "Hours have at most two decimals.");
        }
        return errors;
    }

    private void Set(IReadOnlyList<decimal> hours)
    {
        Validate(WeekStart, hours).ThrowIfAny();
        (Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday) = (hours[0], hours[1], hours[2], hours[3], hours[4], hours[5], hours[6]);
    }
}
