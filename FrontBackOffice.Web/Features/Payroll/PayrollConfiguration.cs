using FrontBackOffice.Web.Data;
using FrontBackOffice.Domain.Payroll;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontBackOffice.Web.Features.Payroll;

public sealed class PayrollRunConfiguration : IEntityTypeConfiguration<PayrollRun>
{
    public void Configure(EntityTypeBuilder<PayrollRun> run)
    {
        run.Ignore(r => r.Period);
        run.Ignore(r => r.CanCompute);
        run.Ignore(r => r.CanApprove);
        run.Ignore(r => r.CanPost);
        run.Ignore(r => r.CanCancel);
        run.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        run.Property(r => r.CreatedBy).HasMaxLength(200);
        run.Property(r => r.ComputedById).HasMaxLength(450);
        run.Property(r => r.ComputedBy).HasMaxLength(200);
        run.Property(r => r.ApprovedBy).HasMaxLength(200);
        run.Property(r => r.PostedBy).HasMaxLength(200);
        run.Property(r => r.FailureReason).HasMaxLength(2000);
        run.HasRowVersion();
        // One payroll per month: a second run is possible only once the first is cancelled.
        run.HasIndex(r => new { r.Year, r.Month }).IsUnique()
            .HasFilter("\"State\" <> 'Cancelled'")
            .HasDatabaseName("IX_PayrollRuns_OnePerMonth");
    }
}

public sealed class PayslipConfiguration : IEntityTypeConfiguration<Payslip>
{
    public void Configure(EntityTypeBuilder<Payslip> slip)
    {
        slip.Ignore(p => p.Period);
        slip.Property(p => p.EmployeeName).HasMaxLength(200);
        slip.Property(p => p.TaxNumber).HasMaxLength(32);
        slip.Property(p => p.Department).HasMaxLength(100);
        slip.Property(p => p.PayType).HasConversion<string>().HasMaxLength(20);
        slip.HasOne<PayrollRun>().WithMany().HasForeignKey(p => p.RunId).OnDelete(DeleteBehavior.Restrict);
        slip.HasOne<Employee>().WithMany().HasForeignKey(p => p.EmployeeId).OnDelete(DeleteBehavior.Restrict);
        // An employee is paid at most once per month, whatever code writes the payslips.
        slip.HasIndex(p => new { p.EmployeeId, p.Year, p.Month }).IsUnique();
        slip.HasIndex(p => new { p.RunId, p.EmployeeName });
        slip.ToTable(t => t.HasCheckConstraint("CK_Payslips_Amounts",
            "\"Net\" >= 0 AND \"Gross\" = \"IncomeTax\" + \"EmployeeSocial\" + \"Net\""));
    }
}
