using FrontBackOffice.Domain.Audit;
using FrontBackOffice.Domain.Complaints;
using FrontBackOffice.Domain.Customers;
using FrontBackOffice.Domain.Jobs;
using FrontBackOffice.Domain.Ledger;
using FrontBackOffice.Domain.Orders;
using FrontBackOffice.Domain.Payroll;
using FrontBackOffice.Domain.Stock;
using FrontBackOffice.Web.Features.Complaints;
using FrontBackOffice.Web.Features.Customers;
using FrontBackOffice.Web.Features.Employees;
using FrontBackOffice.Web.Features.Orders;
using FrontBackOffice.Web.Features.Payroll;
using FrontBackOffice.Web.Features.Stock;
using FrontBackOffice.Web.Jobs;
using FrontBackOffice.Web.Security;
using FrontBackOffice.Web.Shared.Audit;
using FrontBackOffice.Web.Shared.Ledger;
using FrontBackOffice.Web.Shared.Locations;
using FrontBackOffice.Web.Shared.Submissions;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Data;

/// <summary>
/// The app's database. Add a migration with
/// <c>dotnet ef migrations add &lt;Name&gt; --project FrontBackOffice.Web --output-dir Data/Migrations</c>.
/// </summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<StaffUser>(options)
{
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<Location> Locations => Set<Location>();
    public DbSet<StockLevel> StockLevels => Set<StockLevel>();
    public DbSet<StockMovement> StockMovements => Set<StockMovement>();
    public DbSet<SalesOrder> SalesOrders => Set<SalesOrder>();
    public DbSet<SalesOrderLine> SalesOrderLines => Set<SalesOrderLine>();
    public DbSet<InvoiceSequence> InvoiceSequences => Set<InvoiceSequence>();
    public DbSet<Complaint> Complaints => Set<Complaint>();
    public DbSet<ComplaintEvent> ComplaintEvents => Set<ComplaintEvent>();
    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<JournalEntry> JournalEntries => Set<JournalEntry>();
    public DbSet<JournalLine> JournalLines => Set<JournalLine>();
    public DbSet<ClosedDay> ClosedDays => Set<ClosedDay>();
    public DbSet<JobRun> JobRuns => Set<JobRun>();
    public DbSet<Employee> Employees => Set<Employee>();
    public DbSet<Timesheet> Timesheets => Set<Timesheet>();
    public DbSet<PayrollRun> PayrollRuns => Set<PayrollRun>();
    public DbSet<Payslip> Payslips => Set<Payslip>();
    public DbSet<GoodsReceipt> GoodsReceipts => Set<GoodsReceipt>();
    public DbSet<CountSession> CountSessions => Set<CountSession>();
    public DbSet<CountLine> CountLines => Set<CountLine>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();
    public DbSet<SignInSession> SignInSessions => Set<SignInSession>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<StaffUser>().Property(u => u.DisplayName).HasMaxLength(StaffUser.DisplayNameMaxLength);
        builder.Entity<StaffUser>().HasIndex(u => u.DisplayName);

        builder.ApplyConfiguration(new CustomerConfiguration());
        builder.ApplyConfiguration(new ProductConfiguration());
        builder.ApplyConfiguration(new LocationConfiguration());
        builder.ApplyConfiguration(new StockLevelConfiguration());
        builder.ApplyConfiguration(new StockMovementConfiguration());
        builder.ApplyConfiguration(new SalesOrderConfiguration());
        builder.ApplyConfiguration(new SalesOrderLineConfiguration());
        builder.ApplyConfiguration(new InvoiceSequenceConfiguration());
        builder.ApplyConfiguration(new ComplaintConfiguration());
        builder.ApplyConfiguration(new ComplaintEventConfiguration());
        builder.ApplyConfiguration(new AccountConfiguration());
        builder.ApplyConfiguration(new JournalEntryConfiguration());
        builder.ApplyConfiguration(new JournalLineConfiguration());
        builder.ApplyConfiguration(new ClosedDayConfiguration());
        builder.ApplyConfiguration(new JobRunConfiguration());
        builder.ApplyConfiguration(new EmployeeConfiguration());
        builder.ApplyConfiguration(new TimesheetConfiguration());
        builder.ApplyConfiguration(new PayrollRunConfiguration());
        builder.ApplyConfiguration(new PayslipConfiguration());
        builder.ApplyConfiguration(new GoodsReceiptConfiguration());
        builder.ApplyConfiguration(new CountSessionConfiguration());
        builder.ApplyConfiguration(new CountLineConfiguration());
        builder.ApplyConfiguration(new AuditEntryConfiguration());
        builder.ApplyConfiguration(new SubmissionConfiguration());
        builder.ApplyConfiguration(new SignInSessionConfiguration());
        if (Database.IsSqlite())
        {
            EnforceTextLengths(builder);
        }
    }

    /// <summary>
    /// SQLite keeps text of any length whatever the column says: every text column with a length gets a CHECK, so the
    /// database refuses an overlong value as a server database would.
    /// </summary>
    private static void EnforceTextLengths(ModelBuilder builder)
    {
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && !e.IsOwned()))
        {
            foreach (var property in entity.GetProperties().Where(p => p.ClrType == typeof(string) && p.GetMaxLength() is not null))
            {
                var column = property.GetColumnName();
                entity.AddCheckConstraint($"CK_{entity.GetTableName()}_{column}_Length", $"length(\"{column}\") <= {property.GetMaxLength()}");
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<decimal>().HaveConversion<FixedPointDecimalConverter>();
            configurationBuilder.Properties<decimal?>().HaveConversion<FixedPointDecimalConverter>();
        }
        else
        {
            configurationBuilder.Properties<decimal>().HavePrecision(19, 4);
        }
    }
}
