using FrontBackOffice.Domain.Payroll;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Demo;
using FrontBackOffice.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Features.Employees;

/// <summary>About thirty employees, salaried and hourly, their departments named in the demo's language, with the hourly staff's timesheets since the start of last month.</summary>
public static class EmployeesDemoData
{
    private static readonly ResourceText L = new(typeof(EmployeesText));

    private static readonly string[] FirstNames = ["Anna", "Ben", "Chloe", "Daan", "Eva", "Finn", "Greta", "Hugo", "Iris", "Jonas", "Kim", "Lars", "Mila", "Noah", "Olga"];
    private static readonly string[] LastNames = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos"];
    private static readonly (string Department, decimal Low, decimal High)[] Salaried =
        [("Sales", 2800, 4200), ("Support", 2500, 3400), ("Accounting", 3200, 5200), ("HR", 3000, 4600), ("Management", 5500, 7800)];

    public static async Task SeedAsync(AppDbContext db, DemoContext demo, CancellationToken cancellationToken)
    {
        if (await db.Employees.AnyAsync(cancellationToken))
        {
            return;
        }
        var rng = demo.Random;
        var lastMonth = PayPeriod.Of(demo.Today).Previous;
        var employees = new List<Employee>();
        for (var i = 0; i < 30; i++)
        {
            var name = $"{FirstNames[i % FirstNames.Length]} {LastNames[(i * 3 + i / FirstNames.Length) % LastNames.Length]}";
            var hired = demo.Today.AddDays(-rng.Next(200, 3000));
            DateOnly? left = null;
            if (i == 3)
            {
                hired = lastMonth.FirstDay.AddDays(14);
            }
            if (i == 7)
            {
                left = lastMonth.FirstDay.AddDays(19);
            }
            var hourly = i % 3 == 2;
            var (department, low, high) = hourly ? ("Warehouse", 14m, 28m) : Salaried[i % Salaried.Length];
            var pay = Math.Round(low + (decimal)rng.NextDouble() * (high - low), hourly ? 2 : 0);
            employees.Add(new Employee(new EmployeeDetails(name, $"EMP{100_000 + i * 7_777:D7}", L[department], hired, left,
                hourly ? PayType.Hourly : PayType.Salaried, hourly ? null : pay, hourly ? pay : null)));
        }
        db.Employees.AddRange(employees);
        await db.SaveChangesAsync(cancellationToken);

        var firstWeek = Timesheet.WeekStartOf(lastMonth.FirstDay);
        foreach (var employee in employees.Where(e => e.PayType == PayType.Hourly))
        {
            for (var week = firstWeek; week <= demo.Today; week = week.AddDays(7))
            {
                var long_ = rng.Next(4) == 0;
                decimal[] hours = [.. Enumerable.Range(0, 7).Select(d => d < 5 ? (long_ ? 9.5m : 8m) : (long_ && d == 5 ? 4m : 0m))];
                db.Timesheets.Add(new Timesheet(employee.Id, week, hours));
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
