using FrontBackOffice.Domain.Customers;
using FrontBackOffice.Domain.Orders;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Features.Complaints;
using FrontBackOffice.Web.Features.Customers;
using FrontBackOffice.Web.Features.Home;
using FrontBackOffice.Web.Features.Orders;
using FrontBackOffice.Web.Security;
using Microsoft.Extensions.DependencyInjection;

namespace FrontBackOffice.Tests.Features.Customers;

/// <summary>The services refuse what the menu hides: a back-office user reads no front-office data through them.</summary>
[Collection(AppCollection.Name)]
public class FrontOfficeAccessTests(DemoApp app)
{
    public static TheoryData<string> BackOfficeUsers => new() { "warehouse@demo.local", "hr@demo.local", "accounting@demo.local", "admin@demo.local" };

    [Theory]
    [MemberData(nameof(BackOfficeUsers))]
    public async Task BackOfficeUser_CannotReadCustomers_Orders_OrFrontComplaints_ThroughTheServices(string email)
    {
        await using var scope = await app.ScopeForAsync(email);
        var services = scope.ServiceProvider;

        await Assert.ThrowsAsync<AccessDeniedException>(() => services.GetRequiredService<CustomerService>().SearchAsync(new PageRequest()));
        await Assert.ThrowsAsync<AccessDeniedException>(() => services.GetRequiredService<CustomerService>().GetAsync(1));
        await Assert.ThrowsAsync<AccessDeniedException>(() => services.GetRequiredService<CustomerService>().OrdersAsync(1, new PageRequest()));
        await Assert.ThrowsAsync<AccessDeniedException>(() => services.GetRequiredService<OrderService>().ListAsync(new PageRequest()));
        await Assert.ThrowsAsync<AccessDeniedException>(() => services.GetRequiredService<OrderService>().GetAsync(1));
        await Assert.ThrowsAsync<AccessDeniedException>(() => services.GetRequiredService<ComplaintService>().ListAsync(new PageRequest(), new ComplaintFilter()));
        await Assert.ThrowsAsync<AccessDeniedException>(() => services.GetRequiredService<FrontDashboardService>().GetAsync());
    }

    [Fact]
    public async Task Support_ReadsCustomers_ButCannotChangeThem_NorTouchOrders()
    {
        await using var scope = await app.ScopeForAsync("support@demo.local");
        var customers = scope.ServiceProvider.GetRequiredService<CustomerService>();

        var page = await customers.SearchAsync(new PageRequest(PageSize: 5));

        Assert.Equal(5, page.Items.Count);
        await Assert.ThrowsAsync<AccessDeniedException>(() => customers.CreateAsync(new CustomerDetails("X", "TX12345", null, null, null, null, null)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => scope.ServiceProvider.GetRequiredService<OrderService>()
            .CreateDraftAsync(new OrderInput(1, 1, [new OrderLineInput(1, 1, 1m, 0m)])));
    }

    [Fact]
    public async Task FrontOfficeUser_CannotReadTheBackOfficeInbox()
    {
        await using var scope = await app.ScopeForAsync("sales@demo.local");

        await Assert.ThrowsAsync<AccessDeniedException>(() => scope.ServiceProvider.GetRequiredService<ComplaintService>()
            .InboxAsync(new PageRequest(), new ComplaintFilter()));
    }
}
