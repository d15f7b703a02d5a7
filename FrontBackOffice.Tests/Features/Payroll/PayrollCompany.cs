using FrontBackOffice.Domain.Payroll;
using FrontBackOffice.Domain.Staff;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Features.Payroll;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace FrontBackOffice.Tests.Features.Payroll;

/// <summary>
/// A company of seven employees paid for March 2026 with the pay rules of the domain tests (2 April 2026 today),
/// and the people who run its payroll. Jobs are run here as Hangfire would run them.
/// </summary>
public sealed class PayrollCompany : AppFactory
{
    public const string Hr = "hr@test.local";
    public const string Accountant = "accountant@test.local";
    public const string HrAndAccounting = "both@test.local";
    public static readonly PayPeriod March = new(2026, 3);

    public PayrollCompany()
    {
        Demo = false;
        RunJobServer = false;
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 4, 2, 8, 0, 0, TimeSpan.Zero));
        Settings["Payroll:ChunkSize"] = "2";
    }

    public async Task HireAsync()
    {
        await this.StaffAsync(Hr, [StaffRoles.HR]);
        await this.StaffAsync(Accountant, [StaffRoles.Accounting]);
        await this.StaffAsync(HrAndAccounting, [StaffRoles.HR, StaffRoles.Accounting]);
        await using var db = CreateDbContext();
        Employee Salaried(string name, decimal salary, DateOnly hired, DateOnly? left = null) =>
            new(new EmployeeDetails(name, "TX-" + name, "Office", hired, left, PayType.Salaried, salary, null));
        Employee Hourly(string name, decimal rate) => new(new EmployeeDetails(name, "TX-" + name, "Warehouse", new DateOnly(2025, 1, 1), null, PayType.Hourly, null, rate));
        var hourly = Hourly("Hal", 20m);
        db.Employees.AddRange(
            Salaried("Ann", 3000m, new DateOnly(2025, 1, 1)),           // full month: gross 3,000, net 2,310
            Salaried("Bob", 3100m, new DateOnly(2026, 3, 16)),          // joined the 16th: gross 1,600, net 1,312
            Salaried("Cid", 4500m, new DateOnly(2024, 6, 1), new DateOnly(2026, 3, 10)), // left the 10th: 10/31 → 1,451.61
            Salaried("Dee", 2000m, new DateOnly(2025, 5, 1)),
            Salaried("Eve", 6000m, new DateOnly(2025, 5, 1)),
            Salaried("Old", 2500m, new DateOnly(2020, 1, 1), new DateOnly(2026, 2, 27)), // left before March: no payslip
            Salaried("New", 2500m, new DateOnly(2026, 4, 1)),           // joins after March: no payslip
            hourly);
        await db.SaveChangesAsync();
        db.Timesheets.AddRange(
            new Timesheet(hourly.Id, new DateOnly(2026, 3, 2), [8, 8, 8, 8, 8, 0, 0]),
            new Timesheet(hourly.Id, new DateOnly(2026, 3, 9), [10, 10, 10, 10, 6, 0, 0]));
        await db.SaveChangesAsync();
    }

    public ServiceCaller<PayrollService> Payroll(string email) => As<PayrollService>(email);

    /// <summary>The user starts the compute; the job then runs as Hangfire would run it.</summary>
    public async Task<long> ComputeAsync(string email, int runId)
    {
        var jobRunId = await Payroll(email).RunAsync(s => s.ComputeAsync(runId));
        await RunJobAsync(jobRunId);
        return jobRunId;
    }

    public async Task<List<Payslip>> PayslipsAsync(int runId)
    {
        await using var db = CreateDbContext();
        return await db.Payslips.Where(p => p.RunId == runId).OrderBy(p => p.EmployeeName).ToListAsync();
    }
}
