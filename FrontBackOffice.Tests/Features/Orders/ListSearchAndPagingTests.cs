using FrontBackOffice.Domain.Customers;
using FrontBackOffice.Domain.Orders;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Features.Customers;
using FrontBackOffice.Web.Features.Orders;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Tests.Features.Orders;

/// <summary>The two lists that grow to millions of rows: pages near the end read from the end, and indexed search.</summary>
[Collection(AppCollection.Name)]
public class ListSearchAndPagingTests(DemoApp app)
{
    private const int PageSize = 25;

    private ServiceCaller<OrderService> Orders => app.As<OrderService>("sales@demo.local");

    private ServiceCaller<CustomerService> Customers => app.As<CustomerService>("sales@demo.local");

    [Theory]
    [InlineData(nameof(OrderRow.CreatedAt), true)]
    [InlineData(nameof(OrderRow.CreatedAt), false)]
    [InlineData(nameof(OrderRow.NetTotal), false)]
    [InlineData(nameof(OrderRow.GrossTotal), true)]
    public async Task Orders_PagedToTheEnd_ShowEachOrderOnce_InTheSortedOrder_ThoughTheLaterPagesAreReadFromTheEnd(string column, bool descending)
    {
        var rows = await AllPagesAsync(page => Orders.RunAsync(s => s.ListAsync(new PageRequest(page, PageSize, column, descending))));

        await using var db = app.CreateDbContext();
        Assert.Equal(await db.SalesOrders.CountAsync(), rows.Count);
        Assert.True(rows.Count > 3 * PageSize, $"Only {rows.Count} orders: no page is read from the end.");
        IComparable Key(OrderRow row) => column == nameof(OrderRow.CreatedAt) ? row.CreatedAt : column == nameof(OrderRow.NetTotal) ? row.NetTotal : row.GrossTotal;
        var sorted = descending ? rows.OrderByDescending(Key).ThenByDescending(r => r.Id) : rows.OrderBy(Key).ThenBy(r => r.Id);
        Assert.Equal(sorted.Select(r => r.Id), rows.Select(r => r.Id));
    }

    [Fact]
    public async Task Lists_GivenTheTotalTheirGridCounted_ReadThePageWithoutCountingAgain()
    {
        var counted = await Orders.RunAsync(s => s.ListAsync(new PageRequest(1, PageSize)));
        var known = await Orders.RunAsync(s => s.ListAsync(new PageRequest(1, PageSize) { KnownTotal = counted.Total }));
        var customers = await Customers.RunAsync(s => s.SearchAsync(new PageRequest(1, PageSize)));

        Assert.Equal(counted.Items.Select(o => o.Id), known.Items.Select(o => o.Id));
        // A total the database does not hold comes back as given: it was not counted again.
        Assert.Equal(counted.Total + 1000, (await Orders.RunAsync(s => s.ListAsync(new PageRequest(1, PageSize) { KnownTotal = counted.Total + 1000 }))).Total);
        Assert.Equal(customers.Total + 1000, (await Customers.RunAsync(s => s.SearchAsync(new PageRequest(1, PageSize) { KnownTotal = customers.Total + 1000 }))).Total);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Orders_SortedByTheirCustomer_PagedToTheEnd_ShowEachOrderOnce_WithItsCustomer(bool descending)
    {
        var rows = await AllPagesAsync(page => Orders.RunAsync(s => s.ListAsync(new PageRequest(page, PageSize, nameof(OrderRow.CustomerName), descending))));

        await using var db = app.CreateDbContext();
        var customers = await db.SalesOrders.Join(db.Customers, o => o.CustomerId, c => c.Id, (o, c) => new { o.Id, c.Name }).ToDictionaryAsync(o => o.Id, o => o.Name);
        Assert.Equal(customers.Count, rows.Count);
        Assert.All(rows, r => Assert.Equal(customers[r.Id], r.CustomerName));
        Assert.Equal(rows.Count, rows.Select(r => r.Id).Distinct().Count());
    }

    [Theory]
    [InlineData(nameof(CustomerRow.Email), false)]
    [InlineData(nameof(CustomerRow.Email), true)]
    [InlineData(nameof(CustomerRow.Name), true)]
    public async Task Customers_PagedToTheEnd_ShowEachCustomerOnce_EvenSortedByAColumnWithBlanks(string column, bool descending)
    {
        await using (var db = app.CreateDbContext())
        {
            db.Customers.Add(new Customer(new CustomerDetails($"No Mail {Guid.NewGuid():N}", $"NM{Guid.NewGuid():N}"[..14].ToUpperInvariant(), null, null, null, null, null), DateTime.UtcNow));
            await db.SaveChangesAsync();
        }

        var rows = await AllPagesAsync(page => Customers.RunAsync(s => s.SearchAsync(new PageRequest(page, PageSize, column, descending))));

        await using var check = app.CreateDbContext();
        Assert.Equal(await check.Customers.CountAsync(), rows.Count);
        Assert.Equal(rows.Count, rows.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public async Task CustomerSearch_FindsTextAnywhereInNameTaxNumberOrEmail_AndFollowsEveryChangeOfTheCustomer()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var details = new CustomerDetails($"Quillfeather {tag} Trading", $"QF{tag}".ToUpperInvariant(), $"orders.{tag}@quill.example", null, null, null, null);
        var id = await Customers.RunAsync(s => s.CreateAsync(details));

        Assert.Equal([id], await FoundAsync($"FEATHER {tag} trad"));
        Assert.Equal([id], await FoundAsync($"f{tag}"));
        Assert.Equal([id], await FoundAsync($"{tag}@quill"));
        Assert.Contains(id, (await Customers.RunAsync(s => s.ChoicesAsync($"feather {tag}"))).Select(c => c.Id));

        var version = (await Customers.RunAsync(s => s.GetAsync(id))).Version;
        await Customers.RunAsync(s => s.UpdateAsync(id, version, details with { Name = $"Inkwell {tag} Supplies", Email = null }));

        Assert.Empty(await FoundAsync($"feather {tag}"));
        Assert.Empty(await FoundAsync($"{tag}@quill"));
        Assert.Equal([id], await FoundAsync($"inkwell {tag}"));

        await using (var db = app.CreateDbContext())
        {
            await db.Customers.Where(c => c.Id == id).ExecuteDeleteAsync();
        }
        Assert.Empty(await FoundAsync($"inkwell {tag}"));
    }

    [Fact]
    public async Task OrderSearch_FindsOrdersByTheirCustomersName_AndByPartOfTheirInvoiceNumber()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var customer = await app.CustomerAsync($"Marbleworks {tag}");
        var (product, location) = await app.ProductInStockAsync(5);
        var order = await Orders.RunAsync(s => s.CreateDraftAsync(new OrderInput(customer, location, [new OrderLineInput(product, 1, 10m, 0.21m)])));
        await using var db = app.CreateDbContext();
        var invoiced = await db.SalesOrders.Where(o => o.InvoiceNumber != null).OrderByDescending(o => o.Id).Select(o => new { o.Id, o.InvoiceNumber }).FirstAsync();
        var fragment = invoiced.InvoiceNumber![^7..];

        var byCustomer = await Orders.RunAsync(s => s.ListAsync(new PageRequest(Search: $"bleworks {tag}")));
        var byInvoice = await Orders.RunAsync(s => s.ListAsync(new PageRequest(PageSize: PageRequest.MaxPageSize, Search: fragment.ToLowerInvariant())));

        Assert.Equal(order, Assert.Single(byCustomer.Items).Id);
        Assert.Equal(1, byCustomer.Total);
        Assert.Contains(invoiced.Id, byInvoice.Items.Select(o => o.Id));
        Assert.All(byInvoice.Items, o => Assert.Contains(fragment, o.InvoiceNumber ?? o.CustomerName, StringComparison.OrdinalIgnoreCase));
    }

    private async Task<IReadOnlyList<int>> FoundAsync(string search) =>
        (await Customers.RunAsync(s => s.SearchAsync(new PageRequest(Search: search)))).Items.Select(c => c.Id).ToList();

    private static async Task<List<T>> AllPagesAsync<T>(Func<int, Task<PageResult<T>>> page)
    {
        var first = await page(0);
        var rows = first.Items.ToList();
        for (var next = 1; next * PageSize < first.Total; next++)
        {
            var items = (await page(next)).Items;
            Assert.Equal(Math.Min(PageSize, first.Total - next * PageSize), items.Count);
            rows.AddRange(items);
        }
        return rows;
    }
}
