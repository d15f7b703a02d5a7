using FrontBackOffice.Domain.Complaints;
using FrontBackOffice.Domain.Orders;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Features.Complaints;
using FrontBackOffice.Web.Features.Home;
using FrontBackOffice.Web.Features.Orders;
using FrontBackOffice.Domain.Pipeline;
using FrontBackOffice.Web.Features.Marketing;
using FrontBackOffice.Web.Features.Pipeline;
using FrontBackOffice.Web.Security;
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

    [Fact]
    public async Task ThePipelineTiles_AreTheBoardsFigures_AndMarketingSeesTheCampaignsRunning_WithTheirRevenue()
    {
        var board = await app.As<PipelineService>("sales@demo.local").RunAsync(s => s.BoardAsync());
        var pipeline = await app.As<FrontDashboardService>("marketing@demo.local").RunAsync(s => s.PipelineAsync());
        var campaigns = await app.As<FrontDashboardService>("marketing@demo.local").RunAsync(s => s.RunningCampaignsAsync());

        Assert.Equal(board.Where(c => Opportunity.IsOpenStage(c.Stage)).Select(c => (c.Stage, c.Count, c.Value)),
            pipeline.Open.Select(s => (s.Stage, s.Count, s.Value)));
        var welcome = Assert.Single(campaigns, c => c.Code == "WELCOME");
        var detail = await app.As<CampaignService>("marketing@demo.local").RunAsync(s => s.GetAsync(welcome.Id));
        Assert.Equal((detail.Results.Budget, detail.Results.Revenue), (welcome.Budget, welcome.Revenue));
        Assert.DoesNotContain(campaigns, c => c.Code is "REFRESH" or "WINBACK");
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.As<FrontDashboardService>("support@demo.local").RunAsync(s => s.PipelineAsync()));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.As<FrontDashboardService>("sales@demo.local").RunAsync(s => s.RunningCampaignsAsync()));
    }
}
