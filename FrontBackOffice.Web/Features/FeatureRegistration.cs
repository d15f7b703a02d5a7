using FrontBackOffice.Web.Features.Complaints;
using FrontBackOffice.Web.Features.Customers;
using FrontBackOffice.Web.Features.Home;
using FrontBackOffice.Web.Features.Orders;

namespace FrontBackOffice.Web.Features;

/// <summary>Each business area registers its services here, explicitly.</summary>
public static class FeatureRegistration
{
    public static IServiceCollection AddFeatures(this IServiceCollection services, IConfiguration configuration) => services
        .AddHome()
        .AddCustomers()
        .AddOrders()
        .AddComplaints(configuration);

    private static IServiceCollection AddHome(this IServiceCollection services) =>
        services.AddScoped<FrontDashboardService>();

    private static IServiceCollection AddCustomers(this IServiceCollection services) =>
        services.AddScoped<CustomerService>();

    private static IServiceCollection AddOrders(this IServiceCollection services) =>
        services.AddScoped<OrderService>();

    private static IServiceCollection AddComplaints(this IServiceCollection services, IConfiguration configuration)
    {
        ComplaintsOptions.AddTo(services, configuration);
        return services.AddScoped<ComplaintService>();
    }
}
