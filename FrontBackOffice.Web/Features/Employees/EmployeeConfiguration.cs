using FrontBackOffice.Web.Data;
using FrontBackOffice.Domain.Payroll;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontBackOffice.Web.Features.Employees;

public sealed class EmployeeConfiguration : IEntityTypeConfiguration<Employee>
{
    public void Configure(EntityTypeBuilder<Employee> employee)
    {
        employee.Property(e => e.Name).HasMaxLength(EmployeeDetails.NameMaxLength);
        employee.Property(e => e.TaxNumber).HasMaxLength(EmployeeDetails.TaxNumberMaxLength);
        employee.Property(e => e.Department).HasMaxLength(EmployeeDetails.DepartmentMaxLength);
        employee.Property(e => e.PayType).HasConversion<string>().HasMaxLength(20);
        employee.HasRowVersion();
        employee.HasIndex(e => e.TaxNumber).IsUnique();
        employee.HasIndex(e => e.Name);
        employee.HasIndex(e => new { e.HireDate, e.LeaveDate });
        employee.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Employees_Dates", "\"LeaveDate\" IS NULL OR \"LeaveDate\" > \"HireDate\"");
            t.HasCheckConstraint("CK_Employees_Pay",
                "(\"PayType\" = 'Salaried' AND \"MonthlySalary\" > 0) OR (\"PayType\" = 'Hourly' AND \"HourlyRate\" > 0)");
        });
    }
}

public sealed class TimesheetConfiguration : IEntityTypeConfiguration<Timesheet>
{
    public void Configure(EntityTypeBuilder<Timesheet> sheet)
    {
        sheet.Ignore(t => t.Hours);
        sheet.Ignore(t => t.Total);
        sheet.HasRowVersion();
        sheet.HasOne<Employee>().WithMany().HasForeignKey(t => t.EmployeeId).OnDelete(DeleteBehavior.Cascade);
        sheet.HasIndex(t => new { t.EmployeeId, t.WeekStart }).IsUnique();
        sheet.HasIndex(t => t.WeekStart);
        var days = new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };
        sheet.ToTable(t => t.HasCheckConstraint("CK_Timesheets_Hours", string.Join(" AND ", days.Select(d => $"\"{d}\" >= 0"))));
    }
}
