using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Orders;
using FrontBackOffice.Domain.Stock;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Features.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontBackOffice.Tests.Features.Orders;

[Collection(AppCollection.Name)]
public class OrderServiceTests(DemoApp app)
{
    private const string Sales = "sales@demo.local";

    private ServiceCaller<OrderService> Orders => app.As<OrderService>(Sales);

    private async Task<int> DraftAsync(int customerId, int locationId, params (int ProductId, int Quantity)[] lines) =>
        await Orders.RunAsync(s => s.CreateDraftAsync(new OrderInput(customerId, locationId,
            lines.Select(l => new OrderLineInput(l.ProductId, l.Quantity, 10m, 0.21m)).ToList())));

    [Fact]
    public async Task Confirm_ReservesEveryLine()
    {
        var customer = await app.CustomerAsync();
        var (widget, location) = await app.ProductInStockAsync(10);
        var (gadget, _) = await app.ProductInStockAsync(4);
        var order = await DraftAsync(customer, location, (widget, 3), (gadget, 4), (widget, 2));

        await Orders.RunAsync(s => s.ConfirmAsync(order));

        Assert.Equal(5, (await app.LevelAsync(widget, location)).Reserved);
        Assert.Equal(4, (await app.LevelAsync(gadget, location)).Reserved);
        Assert.Equal(OrderStatus.Confirmed, (await Orders.RunAsync(s => s.GetAsync(order))).Status);
    }

    [Fact]
    public async Task Confirm_ReservesNothing_AndNamesTheShortProduct_WhenOneLineIsShort()
    {
        var customer = await app.CustomerAsync();
        var (plenty, location) = await app.ProductInStockAsync(10);
        var (scarce, _) = await app.ProductInStockAsync(2);
        var order = await DraftAsync(customer, location, (plenty, 5), (scarce, 3));

        var refused = await Assert.ThrowsAsync<DomainException>(() => Orders.RunAsync(s => s.ConfirmAsync(order)));

        await using var db = app.CreateDbContext();
        var scarceSku = await db.Products.Where(p => p.Id == scarce).Select(p => p.Sku).SingleAsync();
        Assert.Contains($"({scarceSku}): 3 ordered, 2 available", refused.Message);
        Assert.Equal(0, (await app.LevelAsync(plenty, location)).Reserved);
        Assert.Equal(0, (await app.LevelAsync(scarce, location)).Reserved);
        Assert.Equal(OrderStatus.Draft, (await Orders.RunAsync(s => s.GetAsync(order))).Status);
    }

    [Fact]
    public async Task ConcurrentConfirmations_OfTheLastUnits_OneWins_AndTheOthersGetAClearMessage()
    {
        var customer = await app.CustomerAsync();
        var (product, location) = await app.ProductInStockAsync(3);
        var orders = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            orders.Add(await DraftAsync(customer, location, (product, 3)));
        }

        var outcomes = await Task.WhenAll(orders.Select(order => Task.Run(async () =>
        {
            try
            {
                await Orders.RunAsync(s => s.ConfirmAsync(order));
                return null;
            }
            catch (DomainException refused)
            {
                return refused.Message;
            }
        })));

        Assert.Single(outcomes, o => o is null);
        Assert.All(outcomes.Where(o => o is not null), message => Assert.Contains("3 ordered, 0 available", message));
        var level = await app.LevelAsync(product, location);
        Assert.Equal((3, 3, 0), (level.OnHand, level.Reserved, level.Available));
    }

    /// <summary>
    /// Orders that reserve the same two products, half of them listing the products the other way round, confirmed at
    /// once: on a server database the writers lock the same rows from both sides; whichever the database stops (a row
    /// version that moved, a deadlock victim) starts again on fresh data, so every order is confirmed.
    /// </summary>
    [Fact]
    public async Task ConcurrentConfirmations_OverTheSameProductsFromBothSides_AllSucceed()
    {
        var customer = await app.CustomerAsync();
        var (widget, location) = await app.ProductInStockAsync(100);
        var (gadget, _) = await app.ProductInStockAsync(100);
        var orders = new List<int>();
        for (var i = 0; i < 8; i++)
        {
            orders.Add(i % 2 == 0
                ? await DraftAsync(customer, location, (widget, 1), (gadget, 2))
                : await DraftAsync(customer, location, (gadget, 2), (widget, 1)));
        }

        await Task.WhenAll(orders.Select(order => Task.Run(() => Orders.RunAsync(s => s.ConfirmAsync(order)))));

        Assert.Equal(8, (await app.LevelAsync(widget, location)).Reserved);
        Assert.Equal(16, (await app.LevelAsync(gadget, location)).Reserved);
        foreach (var order in orders)
        {
            Assert.Equal(OrderStatus.Confirmed, (await Orders.RunAsync(s => s.GetAsync(order))).Status);
        }
    }

    /// <summary>
    /// Two people editing one draft: the second saves lines that leave the order's own columns as they were (same
    /// customer, same totals), yet the order moved on since they opened it, so the edit is refused, not lost.
    /// </summary>
    [Fact]
    public async Task DraftEdit_ThatOnlyChangesLines_OnAnOlderVersion_IsRefused()
    {
        var customer = await app.CustomerAsync();
        var (widget, location) = await app.ProductInStockAsync(5, price: 10m);
        var (gadget, _) = await app.ProductInStockAsync(5, price: 10m);
        var order = await DraftAsync(customer, location, (widget, 1));
        var opened = await Orders.RunAsync(s => s.GetAsync(order));
        OrderInput With(int product) => new(customer, location, [new OrderLineInput(product, 1, 10m, 0.21m)]);

        await Orders.RunAsync(s => s.UpdateDraftAsync(order, opened.Version, With(gadget)));
        var refused = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            Orders.RunAsync(s => s.UpdateDraftAsync(order, opened.Version, With(widget))));

        Assert.Contains("Someone else changed this order", refused.Message);
        Assert.Equal(gadget, (await Orders.RunAsync(s => s.GetAsync(order))).Lines.Single().ProductId);
    }

    [Fact]
    public async Task Ship_WritesAMovementOutPerLine_AtTheUnitCostOfThatMoment_AndReleasesTheReservation()
    {
        var customer = await app.CustomerAsync();
        var (product, location) = await app.ProductInStockAsync(10, price: 20m, cost: 7.25m);
        var order = await DraftAsync(customer, location, (product, 2), (product, 3));
        await Orders.RunAsync(s => s.ConfirmAsync(order));

        await Orders.RunAsync(s => s.ShipAsync(order));

        var level = await app.LevelAsync(product, location);
        Assert.Equal((5, 0), (level.OnHand, level.Reserved));
        await using var db = app.CreateDbContext();
        var movements = await db.StockMovements.Where(m => m.SourceType == StockSource.SalesOrder && m.SourceId == order).ToListAsync();
        Assert.Equal([-2, -3], movements.Select(m => m.Quantity).Order().Reverse());
        Assert.All(movements, m => Assert.Equal((MovementKind.Shipment, 7.25m), (m.Kind, m.UnitCost)));
        var shipped = await Orders.RunAsync(s => s.GetAsync(order));
        Assert.All(shipped.Lines, l => Assert.Equal(7.25m, l.UnitCost));
        Assert.Equal(OrderStatus.Shipped, shipped.Status);
    }

    [Fact]
    public async Task CancelConfirmedOrder_ReleasesItsReservation()
    {
        var customer = await app.CustomerAsync();
        var (product, location) = await app.ProductInStockAsync(5);
        var order = await DraftAsync(customer, location, (product, 4));
        await Orders.RunAsync(s => s.ConfirmAsync(order));

        await Orders.RunAsync(s => s.CancelAsync(order));

        Assert.Equal(0, (await app.LevelAsync(product, location)).Reserved);
        Assert.Equal(OrderStatus.Cancelled, (await Orders.RunAsync(s => s.GetAsync(order))).Status);
    }

    [Fact]
    public async Task ShippedOrder_CannotBeCancelled()
    {
        var customer = await app.CustomerAsync();
        var (product, location) = await app.ProductInStockAsync(5);
        var order = await DraftAsync(customer, location, (product, 1));
        await Orders.RunAsync(s => s.ConfirmAsync(order));
        await Orders.RunAsync(s => s.ShipAsync(order));

        var refused = await Assert.ThrowsAsync<DomainException>(() => Orders.RunAsync(s => s.CancelAsync(order)));

        Assert.Contains("shipped and cannot be cancelled", refused.Message);
    }

    [Fact]
    public async Task InvoiceNumbers_AreGaplessAndUnique_EvenWhenInvoicedAtOnce()
    {
        var customer = await app.CustomerAsync();
        var (product, location) = await app.ProductInStockAsync(20);
        var orders = new List<int>();
        for (var i = 0; i < 6; i++)
        {
            var order = await DraftAsync(customer, location, (product, 1));
            await Orders.RunAsync(s => s.ConfirmAsync(order));
            await Orders.RunAsync(s => s.ShipAsync(order));
            orders.Add(order);
        }
        var draft = await DraftAsync(customer, location, (product, 1));
        int Last() { using var db = app.CreateDbContext(); return db.InvoiceSequences.Select(s => s.Last).DefaultIfEmpty().Max(); }
        var lastBefore = Last();

        await Assert.ThrowsAsync<DomainException>(() => Orders.RunAsync(s => s.InvoiceAsync(draft)));
        await Task.WhenAll(orders.Select(order => Task.Run(() => Orders.RunAsync(s => s.InvoiceAsync(order)))));

        await using var check = app.CreateDbContext();
        var numbers = await check.SalesOrders.Where(o => orders.Contains(o.Id)).Select(o => o.InvoiceSequence!.Value).ToListAsync();
        Assert.Equal(Enumerable.Range(lastBefore + 1, 6), numbers.Order());
        Assert.Equal(lastBefore + 6, Last());
        var all = await check.SalesOrders.Where(o => o.InvoiceYear != null).GroupBy(o => o.InvoiceYear).Select(g => new { Count = g.Count(), Max = g.Max(o => o.InvoiceSequence) }).ToListAsync();
        Assert.All(all, year => Assert.Equal(year.Count, year.Max));
    }

    [Fact]
    public async Task List_FindsAnOrderByItsNumber()
    {
        var customer = await app.CustomerAsync();
        var (product, location) = await app.ProductInStockAsync(5);
        var order = await DraftAsync(customer, location, (product, 1));

        var found = await Orders.RunAsync(s => s.ListAsync(new Web.Data.PageRequest(Search: SalesOrder.NumberOf(order))));

        Assert.Equal(order, Assert.Single(found.Items).Id);
    }

    [Fact]
    public async Task Draft_WithAnUnknownProduct_IsRefused_NamingTheLine()
    {
        var customer = await app.CustomerAsync();
        var (product, location) = await app.ProductInStockAsync(5);

        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => DraftAsync(customer, location, (product, 1), (999_999, 1)));

        Assert.Equal(["Lines[1].ProductId"], refused.Errors.ByField.Keys);
    }

    [Fact]
    public async Task StockLevel_CannotGoNegative_EvenWhenCodeIsBypassed()
    {
        var (product, location) = await app.ProductInStockAsync(2);
        await using var db = app.CreateDbContext();

        var refused = await Assert.ThrowsAnyAsync<Exception>(() =>
            db.StockLevels.Where(l => l.ProductId == product && l.LocationId == location)
                .ExecuteUpdateAsync(set => set.SetProperty(l => l.OnHand, -1)));

        Assert.Contains("CK_StockLevels_Quantities", refused.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, (await app.LevelAsync(product, location)).OnHand);
    }

    [Fact]
    public async Task SameFormSentTwice_AtTheSameMoment_CreatesOneOrder()
    {
        var customer = await app.CustomerAsync();
        var (widget, location) = await app.ProductInStockAsync(10);
        var input = new OrderInput(customer, location, [new OrderLineInput(widget, 1, 10m, 0.21m)]);
        var submission = Guid.NewGuid();

        var ids = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Orders.RunAsync(s => s.CreateDraftAsync(input, submission))));

        Assert.Single(ids.Distinct());
        await using var db = app.CreateDbContext();
        Assert.Equal(1, await db.SalesOrders.CountAsync(o => o.CustomerId == customer));
        Assert.NotEqual(ids[0], await Orders.RunAsync(s => s.CreateDraftAsync(input, Guid.NewGuid())));
    }
}
