using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Customers;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Features.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontBackOffice.Tests.Features.Customers;

[Collection(AppCollection.Name)]
public class CustomerServiceTests(DemoApp app)
{
    private static CustomerDetails Details(string tax, string name = "Tax Test B.V.") => new(name, tax, "a@b.example", null, null, null, null);

    [Fact]
    public async Task Search_FiltersSortsAndPages_InTheDatabase()
    {
        await using var scope = await app.ScopeForAsync("sales@demo.local");
        var customers = scope.ServiceProvider.GetRequiredService<CustomerService>();

        var firstPage = await customers.SearchAsync(new PageRequest(0, 10, "Name", true));
        var secondPage = await customers.SearchAsync(new PageRequest(1, 10, "Name", true));
        var acme = await customers.SearchAsync(new PageRequest(Search: "ACME"));

        Assert.True(firstPage.Total >= 50);
        Assert.Equal(firstPage.Items.Select(c => c.Name).OrderDescending(StringComparer.Ordinal), firstPage.Items.Select(c => c.Name));
        Assert.True(string.CompareOrdinal(firstPage.Items[^1].Name, secondPage.Items[0].Name) >= 0);
        Assert.NotEmpty(acme.Items);
        Assert.All(acme.Items, c => Assert.Contains("acme", c.Name, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Detail_ListsTheCustomersOrdersAndComplaints()
    {
        await using var db = app.CreateDbContext();
        var customer = await db.SalesOrders.GroupBy(o => o.CustomerId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        var expectedOrders = await db.SalesOrders.CountAsync(o => o.CustomerId == customer);
        var expectedComplaints = await db.Complaints.CountAsync(c => c.CustomerId == customer);
        await using var scope = await app.ScopeForAsync("support@demo.local");
        var customers = scope.ServiceProvider.GetRequiredService<CustomerService>();

        var orders = await customers.OrdersAsync(customer, new PageRequest(PageSize: 5));
        var complaints = await customers.ComplaintsAsync(customer);

        Assert.Equal(expectedOrders, orders.Total);
        Assert.Equal(Math.Min(5, expectedOrders), orders.Items.Count);
        Assert.All(orders.Items, o => Assert.Equal(FrontBackOffice.Domain.Orders.SalesOrder.NumberOf(o.Id), o.Number));
        Assert.Equal(orders.Items.Select(o => o.CreatedAt).OrderDescending(), orders.Items.Select(o => o.CreatedAt));
        Assert.Equal(expectedComplaints, complaints.Count);
    }

    [Fact]
    public async Task TaxNumber_IsUnique_WithAMessageOnTheField()
    {
        var tax = "UQ" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        await using var scope = await app.ScopeForAsync("sales@demo.local");
        var customers = scope.ServiceProvider.GetRequiredService<CustomerService>();
        await customers.CreateAsync(Details(tax));

        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => customers.CreateAsync(Details(tax.ToLowerInvariant(), "Copy B.V.")));

        Assert.Contains("already belongs to Tax Test B.V.", refused.Errors.For("TaxNumber"));
    }

    [Fact]
    public async Task TaxNumber_IsUnique_InTheDatabase_EvenWhenCodeIsBypassed()
    {
        var tax = "DB" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        await using var db = app.CreateDbContext();
        db.Customers.Add(new Customer(Details(tax), DateTime.UtcNow));
        db.Customers.Add(new Customer(Details(tax, "Twin"), DateTime.UtcNow));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task BadInput_IsRefused_FieldByField_AndNothingIsSaved()
    {
        await using var scope = await app.ScopeForAsync("sales@demo.local");
        var customers = scope.ServiceProvider.GetRequiredService<CustomerService>();
        await using var db = app.CreateDbContext();
        var before = await db.Customers.CountAsync();

        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => customers.CreateAsync(new CustomerDetails("", "", "nope", null, null, null, null)));

        Assert.Equal(["Email", "Name", "TaxNumber"], refused.Errors.ByField.Keys.Order());
        Assert.Equal(before, await db.Customers.CountAsync());
    }

    [Fact]
    public async Task EditOfAnOldVersion_IsRefused_AsAConcurrencyConflict()
    {
        var id = await app.CustomerAsync();
        await using var scope = await app.ScopeForAsync("sales@demo.local");
        var customers = scope.ServiceProvider.GetRequiredService<CustomerService>();
        var opened = await customers.GetAsync(id);
        await customers.UpdateAsync(id, opened.Version, opened.ToDetails() with { Phone = "+31 1" });

        var refused = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            customers.UpdateAsync(id, opened.Version, opened.ToDetails() with { Phone = "+31 2" }));

        Assert.Contains("Someone else changed this customer", refused.Message);
        Assert.Equal("+31 1", (await customers.GetAsync(id)).Phone);
    }
}
