using FrontBackOffice.Domain.Orders;
using FrontBackOffice.Domain.Staff;
using FrontBackOffice.Domain.Stock;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Features.Orders;

/// <summary>
/// Sixty days of orders in every state, run through the same domain steps a user takes: older orders are
/// mostly shipped and invoiced, the last days hold drafts and confirmed orders. Invoice numbers follow the
/// invoice times without gaps.
/// </summary>
public static class OrdersDemoData
{
    public static async Task SeedAsync(AppDbContext db, DemoContext demo, CancellationToken cancellationToken)
    {
        if (await db.SalesOrders.AnyAsync(cancellationToken))
        {
            return;
        }
        var rng = demo.Random;
        var customers = await db.Customers.Select(c => c.Id).ToListAsync(cancellationToken);
        var products = await db.Products.ToDictionaryAsync(p => p.Id, cancellationToken);
        var locations = await db.Locations.OrderBy(l => l.Id).Select(l => l.Id).ToListAsync(cancellationToken);
        var seller = demo.Staff(StaffRoles.Sales).DisplayName;

        var planned = new List<(SalesOrder Order, int Age, OrderStatus Target)>();
        for (var age = 60; age >= 0; age--)
        {
            var day = demo.Today.AddDays(-age);
            var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            for (var n = weekend ? rng.Next(1, 3) : rng.Next(3, 7); n > 0; n--)
            {
                var created = demo.NotAfterNow(demo.At(day, 8 + rng.NextDouble() * 9));
                var lines = Enumerable.Range(0, rng.Next(1, 5))
                    .Select(_ => products.Values.ElementAt(rng.Next(products.Count)))
                    .DistinctBy(p => p.Id)
                    .Select(p => new OrderLineInput(p.Id, rng.Next(1, 6), p.UnitPrice, demo.VatRate))
                    .ToList();
                var location = rng.Next(5) == 0 ? locations[1] : locations[0];
                var order = new SalesOrder(new OrderInput(demo.Pick(customers), location, lines), created, seller);
                db.SalesOrders.Add(order);
                var fate = rng.NextDouble();
                planned.Add((order, age, age switch
                {
                    >= 5 => fate < 0.05 ? OrderStatus.Cancelled : fate < 0.08 ? OrderStatus.Confirmed : fate < 0.15 ? OrderStatus.Shipped : OrderStatus.Invoiced,
                    >= 2 => fate < 0.2 ? OrderStatus.Draft : fate < 0.4 ? OrderStatus.Confirmed : fate < 0.7 ? OrderStatus.Shipped : fate < 0.95 ? OrderStatus.Invoiced : OrderStatus.Cancelled,
                    _ => fate < 0.4 ? OrderStatus.Draft : fate < 0.8 ? OrderStatus.Confirmed : OrderStatus.Shipped,
                }));
            }
        }
        await db.SaveChangesAsync(cancellationToken);

        var levels = await db.StockLevels.ToDictionaryAsync(l => (l.ProductId, l.LocationId), cancellationToken);
        var toInvoice = new List<(SalesOrder Order, DateTime At)>();
        foreach (var (order, age, target) in planned.Where(p => p.Target != OrderStatus.Draft))
        {
            var needed = order.QuantitiesByProduct();
            if (needed.Any(q => levels[(q.Key, order.LocationId)].Available < q.Value))
            {
                continue; // not enough stock at that location: the order stays a draft
            }
            var confirmed = demo.NotAfterNow(order.CreatedAt.AddMinutes(rng.Next(10, 240)));
            order.Confirm(needed.Select(q => new StockAvailability(q.Key, products[q.Key].Sku, products[q.Key].Name,
                levels[(q.Key, order.LocationId)].Available)).ToList(), confirmed);
            foreach (var (productId, quantity) in needed)
            {
                levels[(productId, order.LocationId)].Reserve(quantity);
            }
            if (target == OrderStatus.Cancelled)
            {
                order.Cancel(demo.NotAfterNow(confirmed.AddHours(5)));
                foreach (var (productId, quantity) in needed)
                {
                    levels[(productId, order.LocationId)].Release(quantity);
                }
                continue;
            }
            if (target == OrderStatus.Confirmed)
            {
                continue;
            }
            var shipped = demo.NotAfterNow(confirmed.AddHours(age >= 1 ? rng.Next(16, 30) : 1));
            order.Ship(line =>
            {
                var issued = products[line.ProductId].Issue(line.Quantity);
                db.StockMovements.Add(levels[(line.ProductId, order.LocationId)]
                    .ShipReserved(line.Quantity, issued.UnitCost, shipped, new StockSource(StockSource.SalesOrder, order.Id)));
                return issued;
            }, shipped, demo.Calendar.DayOf(shipped));
            if (target == OrderStatus.Invoiced)
            {
                toInvoice.Add((order, demo.NotAfterNow(shipped.AddHours(rng.Next(20, 48)))));
            }
        }

        foreach (var year in toInvoice.OrderBy(i => i.At).GroupBy(i => demo.Calendar.DayOf(i.At).Year))
        {
            var sequence = await db.InvoiceSequences.FindAsync([year.Key], cancellationToken)
                ?? db.InvoiceSequences.Add(new InvoiceSequence(year.Key)).Entity;
            foreach (var (order, at) in year)
            {
                order.Invoice(sequence.Next(), demo.Calendar.DayOf(at), at);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
