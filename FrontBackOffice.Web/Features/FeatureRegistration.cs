using FrontBackOffice.Web.Features.Admin;
using FrontBackOffice.Web.Features.Complaints;
using FrontBackOffice.Web.Features.Customers;
using FrontBackOffice.Web.Features.Employees;
using FrontBackOffice.Web.Features.Home;
using FrontBackOffice.Web.Features.Jobs;
using FrontBackOffice.Web.Features.Ledger;
using FrontBackOffice.Web.Features.Making;
using FrontBackOffice.Web.Features.Marketing;
using FrontBackOffice.Web.Features.Orders;
using FrontBackOffice.Web.Features.Payroll;
using FrontBackOffice.Web.Features.Pipeline;
using FrontBackOffice.Web.Features.Purchasing;
using FrontBackOffice.Web.Features.Sessions;
using FrontBackOffice.Web.Features.Stock;
using FrontBackOffice.Web.Jobs;
using FrontBackOffice.Web.Shared;

namespace FrontBackOffice.Web.Features;

/// <summary>Each business area registers its services here, explicitly.</summary>
public static class FeatureRegistration
{
    public static IServiceCollection AddFeatures(this IServiceCollection services, IConfiguration configuration) => services
        .AddHome()
        .AddCustomers()
        .AddOrders()
        .AddScoped<LeadService>()
        .AddScoped<PipelineService>()
        .AddMarketing(configuration)
        .AddComplaints(configuration)
        .AddLedger(configuration)
        .AddJobsPage()
        .AddEmployees()
        .AddPayroll(configuration)
        .AddStock(configuration)
        .AddScoped<SupplierService>()
        .AddScoped<PurchaseOrderService>()
        .AddScoped<SupplierBillService>()
        .AddMaking(configuration)
        .AddAdmin()
        .AddScoped<SessionsService>();

    private static IServiceCollection AddHome(this IServiceCollection services) =>
        services.AddScoped<FrontDashboardService>().AddScoped<BackDashboardService>();

    private static IServiceCollection AddCustomers(this IServiceCollection services) =>
        services.AddScoped<CustomerService>();

    private static IServiceCollection AddOrders(this IServiceCollection services) =>
        services.AddScoped<OrderService>();

    private static IServiceCollection AddLedger(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<NightlyAccountingOptions>(configuration);
        services.AddKeyedScoped<IBatchJob, NightlyCloseJob>(JobKinds.NightlyAccounting.Type);
        return services.AddScoped<LedgerService>();
    }

    private static IServiceCollection AddEmployees(this IServiceCollection services) =>
        services.AddScoped<EmployeeService>();

    private static IServiceCollection AddPayroll(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<PayrollOptions>(configuration);
        services.AddKeyedScoped<IBatchJob, PayrollComputeJob>(JobKinds.PayrollCompute.Type);
        return services.AddScoped<PayrollService>();
    }

    private static IServiceCollection AddStock(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<StockOptions>(configuration);
        services.AddKeyedScoped<IBatchJob, StockReconciliationJob>(JobKinds.StockReconciliation.Type);
        return services.AddScoped<StockService>().AddScoped<CountService>();
    }

    private static IServiceCollection AddMaking(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<MakingOptions>(configuration);
        services.AddKeyedScoped<IBatchJob, ReplenishmentJob>(JobKinds.Replenishment.Type);
        return services.AddScoped<BomService>().AddScoped<WorkOrderService>().AddScoped<ReplenishmentService>().AddScoped<QualityService>();
    }

    private static IServiceCollection AddMarketing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<MarketingOptions>(configuration);
        services.AddKeyedScoped<IBatchJob, SegmentationJob>(JobKinds.Segmentation.Type);
        return services.AddScoped<CampaignService>().AddScoped<PromotionService>();
    }

    private static IServiceCollection AddAdmin(this IServiceCollection services) =>
        services.AddScoped<StaffAdminService>().AddScoped<AuditLogService>();

    private static IServiceCollection AddJobsPage(this IServiceCollection services) =>
        services.AddScoped<JobsService>();

    private static IServiceCollection AddComplaints(this IServiceCollection services, IConfiguration configuration)
    {
        return services.AddSettings<ComplaintsOptions>(configuration).AddScoped<ComplaintService>();
    }
}
