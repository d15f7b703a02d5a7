namespace FrontBackOffice.Domain.Payroll;

/// <summary>One week of hours of an hourly employee, Monday first.</summary>
public sealed record WeekHours(DateOnly WeekStart, IReadOnlyList<decimal> Hours);

/// <summary>
/// What an employee earned in a month, each component kept: salary prorated by days employed, or hours with
/// weekly overtime; income tax at marginal rates; employee and employer social contributions; net pay.
/// </summary>
public sealed class Payslip
{
    private Payslip()
    {
    }

    public long Id { get; private set; }
    public int RunId { get; private set; }
    public int EmployeeId { get; private set; }
    public int Year { get; private set; }
    public int Month { get; private set; }
    public string EmployeeName { get; private set; } = "";
    public string TaxNumber { get; private set; } = "";
    public string Department { get; private set; } = "";
    public PayType PayType { get; private set; }
    public int DaysEmployed { get; private set; }
    public int DaysInPeriod { get; private set; }
    public decimal? MonthlySalary { get; private set; }
    public decimal? HourlyRate { get; private set; }
    public decimal SalaryPay { get; private set; }
    public decimal RegularHours { get; private set; }
    public decimal OvertimeHours { get; private set; }
    public decimal RegularPay { get; private set; }
    public decimal OvertimePay { get; private set; }
    public decimal Gross { get; private set; }
    public decimal IncomeTax { get; private set; }
    public decimal EmployeeSocial { get; private set; }
    public decimal EmployerSocial { get; private set; }
    public decimal Net { get; private set; }

    public PayPeriod Period => new(Year, Month);

    /// <summary>
    /// Computes the payslip. Withholdings never exceed the gross pay (the employee contribution first, then the
    /// tax is capped), so net pay is never negative and the payroll entry always balances.
    /// </summary>
    public static Payslip Compute(int runId, Employee employee, PayPeriod period, IEnumerable<WeekHours> weeks, PayRules rules)
    {
        var first = Max(employee.HireDate, period.FirstDay);
        var last = Min(employee.LeaveDate ?? period.LastDay, period.LastDay);
        var slip = new Payslip
        {
            RunId = runId,
            EmployeeId = employee.Id,
            Year = period.Year,
            Month = period.Month,
            EmployeeName = employee.Name,
            TaxNumber = employee.TaxNumber,
            Department = employee.Department,
            PayType = employee.PayType,
            DaysEmployed = Math.Max(0, last.DayNumber - first.DayNumber + 1),
            DaysInPeriod = period.Days,
            MonthlySalary = employee.MonthlySalary,
            HourlyRate = employee.HourlyRate,
        };
        if (employee.PayType == PayType.Salaried)
        {
            slip.SalaryPay = Money.Round(employee.MonthlySalary!.Value * slip.DaysEmployed / slip.DaysInPeriod);
        }
        else
        {
            (slip.RegularHours, slip.OvertimeHours) = HoursIn(weeks, first, last, rules.WeeklyHours);
            slip.RegularPay = Money.Round(slip.RegularHours * employee.HourlyRate!.Value);
            slip.OvertimePay = Money.Round(slip.OvertimeHours * employee.HourlyRate!.Value * rules.OvertimeFactor);
        }
        slip.Gross = slip.SalaryPay + slip.RegularPay + slip.OvertimePay;
        slip.EmployeeSocial = Math.Min(Money.Round(slip.Gross * rules.EmployeeSocialRate), slip.Gross);
        slip.IncomeTax = Math.Min(rules.IncomeTax(slip.Gross), slip.Gross - slip.EmployeeSocial);
        slip.EmployerSocial = Money.Round(slip.Gross * rules.EmployerSocialRate);
        slip.Net = slip.Gross - slip.IncomeTax - slip.EmployeeSocial;
        return slip;
    }

    /// <summary>
    /// Regular and overtime hours of the days from <paramref name="first"/> to <paramref name="last"/>. Overtime is
    /// counted per whole week: the hours beyond the weekly limit, the last ones worked in the week, are overtime, so
    /// a week that spans two months splits the same way in both.
    /// </summary>
    public static (decimal Regular, decimal Overtime) HoursIn(IEnumerable<WeekHours> weeks, DateOnly first, DateOnly last, decimal weeklyHours)
    {
        decimal regular = 0, overtime = 0;
        foreach (var week in weeks)
        {
            var worked = 0m;
            for (var day = 0; day < week.Hours.Count; day++)
            {
                var hours = week.Hours[day];
                var regularPart = Math.Clamp(weeklyHours - worked, 0, hours);
                worked += hours;
                var date = week.WeekStart.AddDays(day);
                if (date >= first && date <= last)
                {
                    regular += regularPart;
                    overtime += hours - regularPart;
                }
            }
        }
        return (regular, overtime);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
