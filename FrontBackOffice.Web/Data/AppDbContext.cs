using FrontBackOffice.Domain.Audit;
using FrontBackOffice.Domain.Complaints;
using FrontBackOffice.Domain.Customers;
using FrontBackOffice.Domain.Jobs;
using FrontBackOffice.Domain.Ledger;
using FrontBackOffice.Domain.Making;
using FrontBackOffice.Domain.Marketing;
using FrontBackOffice.Domain.Orders;
using FrontBackOffice.Domain.Payroll;
using FrontBackOffice.Domain.Pipeline;
using FrontBackOffice.Domain.Purchasing;
using FrontBackOffice.Domain.Stock;
using FrontBackOffice.Web.Features.Complaints;
using FrontBackOffice.Web.Features.Customers;
using FrontBackOffice.Web.Features.Employees;
using FrontBackOffice.Web.Features.Making;
using FrontBackOffice.Web.Features.Marketing;
using FrontBackOffice.Web.Features.Orders;
using FrontBackOffice.Web.Features.Payroll;
using FrontBackOffice.Web.Features.Pipeline;
using FrontBackOffice.Web.Features.Purchasing;
using FrontBackOffice.Web.Features.Stock;
using FrontBackOffice.Web.Jobs;
using FrontBackOffice.Web.Security;
using FrontBackOffice.Web.Shared.Audit;
using FrontBackOffice.Web.Shared.Ledger;
using FrontBackOffice.Web.Shared.Locations;
using FrontBackOffice.Web.Shared.Submissions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace FrontBackOffice.Web.Data;

/// <summary>
/// The app's database, the same model on every provider. Each provider has a context of its own deriving from this
/// one, with the mapping only it needs and its own migrations (<see cref="Sqlite.SqliteAppDbContext"/>,
/// <see cref="PostgreSql.PostgreSqlAppDbContext"/>, <see cref="SqlServer.SqlServerAppDbContext"/>); the app asks for an
/// <see cref="AppDbContext"/> and gets the one <c>Database:Provider</c> names. <c>Data/add-migration.sh</c> adds a
/// migration to all three.
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : IdentityDbContext<StaffUser>(options), IDataProtectionKeyContext
{
    /// <summary>The keys that protect sign-in cookies and forms, shared by every node of the app.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

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
    public DbSet<Supplier> Suppliers => Set<Supplier>();
    public DbSet<PurchaseOrder> PurchaseOrders => Set<PurchaseOrder>();
    public DbSet<PurchaseOrderLine> PurchaseOrderLines => Set<PurchaseOrderLine>();
    public DbSet<PurchaseOrderSequence> PurchaseOrderSequences => Set<PurchaseOrderSequence>();
    public DbSet<SupplierBill> SupplierBills => Set<SupplierBill>();
    public DbSet<SupplierBillLine> SupplierBillLines => Set<SupplierBillLine>();
    public DbSet<BillOfMaterials> BillsOfMaterials => Set<BillOfMaterials>();
    public DbSet<WorkOrder> WorkOrders => Set<WorkOrder>();
    public DbSet<WorkOrderComponent> WorkOrderComponents => Set<WorkOrderComponent>();
    public DbSet<WorkOrderSequence> WorkOrderSequences => Set<WorkOrderSequence>();
    public DbSet<ReplenishmentProposal> ReplenishmentProposals => Set<ReplenishmentProposal>();
    public DbSet<ImprovementAction> ImprovementActions => Set<ImprovementAction>();
    public DbSet<Lead> Leads => Set<Lead>();
    public DbSet<Opportunity> Opportunities => Set<Opportunity>();
    public DbSet<CustomerSegment> CustomerSegments => Set<CustomerSegment>();
    public DbSet<SegmentChange> SegmentChanges => Set<SegmentChange>();
    public DbSet<SegmentationRun> SegmentationRuns => Set<SegmentationRun>();
    public DbSet<Campaign> Campaigns => Set<Campaign>();
    public DbSet<Promotion> Promotions => Set<Promotion>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<StaffUser>().Property(u => u.DisplayName).HasMaxLength(StaffUser.DisplayNameMaxLength);
        builder.Entity<StaffUser>().Property(u => u.Language).HasMaxLength(StaffUser.LanguageMaxLength);
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
        builder.ApplyConfiguration(new SupplierConfiguration());
        builder.ApplyConfiguration(new PurchaseOrderConfiguration());
        builder.ApplyConfiguration(new PurchaseOrderLineConfiguration());
        builder.ApplyConfiguration(new PurchaseOrderSequenceConfiguration());
        builder.ApplyConfiguration(new SupplierBillConfiguration());
        builder.ApplyConfiguration(new SupplierBillLineConfiguration());
        builder.ApplyConfiguration(new BillOfMaterialsConfiguration());
        builder.ApplyConfiguration(new BomLineConfiguration());
        builder.ApplyConfiguration(new WorkOrderConfiguration());
        builder.ApplyConfiguration(new WorkOrderComponentConfiguration());
        builder.ApplyConfiguration(new WorkOrderSequenceConfiguration());
        builder.ApplyConfiguration(new ReplenishmentProposalConfiguration());
        builder.ApplyConfiguration(new ImprovementActionConfiguration());
        builder.ApplyConfiguration(new LeadConfiguration());
        builder.ApplyConfiguration(new OpportunityConfiguration());
        builder.ApplyConfiguration(new CustomerSegmentConfiguration());
        builder.ApplyConfiguration(new SegmentChangeConfiguration());
        builder.ApplyConfiguration(new SegmentationRunConfiguration());
        builder.ApplyConfiguration(new CampaignConfiguration());
        builder.ApplyConfiguration(new PromotionConfiguration());
        builder.ApplyConfiguration(new PromotionProductConfiguration());
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var detect = ChangeTracker.AutoDetectChangesEnabled;
        try
        {
            PrepareRowVersions();
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var detect = ChangeTracker.AutoDetectChangesEnabled;
        try
        {
            PrepareRowVersions();
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    /// <summary>
    /// A change to an aggregate's lines (an order's lines, a complaint's events) is a change to the aggregate: its
    /// row is updated too, so its row version moves and a concurrent change of the same aggregate is refused. Changes
    /// are detected here once, and not again by the save (the callers restore the setting).
    /// </summary>
    private void PrepareRowVersions()
    {
        if (ChangeTracker.AutoDetectChangesEnabled)
        {
            ChangeTracker.DetectChanges();
            ChangeTracker.AutoDetectChangesEnabled = false;
        }
        foreach (var entry in RowVersions.UpdatedWithTheirLines(ChangeTracker))
        {
            NextRowVersion(entry);
        }
    }

    /// <summary>What the provider does to a versioned row that is about to be updated; server databases version rows themselves.</summary>
    protected virtual void NextRowVersion(EntityEntry entry)
    {
    }
}
