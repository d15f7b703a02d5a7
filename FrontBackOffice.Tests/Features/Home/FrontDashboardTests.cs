using FrontBackOffice.Domain.Complaints;
using FrontBackOffice.Domain.Orders;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Features.Complaints;
using FrontBackOffice.Web.Features.Home;
using FrontBackOffice.Web.Features.Orders;
using Microsoft.Extensions.DependencyInjection;

namespace FrontBackOffice.Tests.Features.Home;

[Collection(AppCollection.Name)]
public class FrontDashboardTests(DemoApp app)
{
    [Fact]
    public async Task Figures_FollowWhatHappensToday()
    {
        var customer = await app.CustomerAsync();
        var (product, location) = await app.ProductInStockAsync(5, price: 100m);
        await using var scope = await app.ScopeForAsync("sales@demo.local");
        var dashboard = scope.ServiceProvider.GetRequiredService<FrontDashboardService>();
        var orders = scope.ServiceProvider.GetRequiredService<OrderService>();
        var complaints = scope.ServiceProvider.GetRequiredService<ComplaintService>();
        var before = await dashboard.GetAsync();

        var order = await orders.CreateDraftAsync(new OrderInput(customer, location, [new OrderLineInput(product, 2, 100m, 0.21m)]));
        await orders.ConfirmAsync(order);
        await orders.ShipAsync(order);
        await orders.InvoiceAsync(order);
        await complaints.OpenAsync(new ComplaintInput(customer, order, ComplaintCategory.Delivery, ComplaintPriority.Urgent, "Late", "Late."), true);
        var after = await dashboard.GetAsync();

        Assert.Equal(before.OrdersToday + 1, after.OrdersToday);
        Assert.Equal(before.RevenueThisMonth + 200m, after.RevenueThisMonth);
        Assert.Equal(before.OpenComplaints + 1, after.OpenComplaints);
        Assert.Equal(before.SlaBreaches, after.SlaBreaches);
        Assert.Equal(30, after.RevenueLast30Days.Count);
        Assert.Equal(before.RevenueLast30Days[^1].Net + 200m, after.RevenueLast30Days[^1].Net);
    }
}
