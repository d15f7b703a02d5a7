using FrontBackOffice.Domain.Purchasing;
using FrontBackOffice.Domain.Stock;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Features.Purchasing;

/// <summary>
/// The demo company's stock, bought the way a user buys it: each supplier's products are ordered for both locations,
/// received 75 days ago and billed; restocked 30 days ago at new prices (the unit costs become moving averages), two
/// suppliers' restocking not billed yet; and a few orders still open. Some bills differ from the order's price.
/// </summary>
public static class PurchasingDemoData
{
    /// <summary>Who sells what, by the SKU's family; what is not named comes from the office-supplies wholesaler.</summary>
    private static readonly (string Supplier, string[] Families)[] Assortment =
    [
        ("Nordic Seating B.V.", ["CHR", "FTR"]),
        ("Deskworks GmbH", ["DSK", "TBL"]),
        ("Archive & Cabinet Ltd", ["CAB", "SHF", "BIN"]),
        ("Brightdesk Lighting S.A.", ["LMP", "CLK", "PLT"]),
        ("Paperline Office Supplies B.V.", []),
        ("Techhub Peripherals B.V.", ["MON", "KBD", "MOU", "HDS", "WCM", "DOC", "CBL", "PWR", "CFE"]),
    ];

    /// <summary>How each supplier's prices moved between the first order and the restocking, in per cent.</summary>
    private static readonly decimal[] PriceChange = [4m, -3m, 2m, 0m, 5m, -2m];

    /// <summary>The suppliers whose restocking has arrived but is not billed yet.</summary>
    private static readonly string[] NotBilledYet = ["Paperline Office Supplies B.V.", "Techhub Peripherals B.V."];

    public static async Task SeedAsync(AppDbContext db, DemoContext demo, CancellationToken cancellationToken)
    {
        if (await db.PurchaseOrders.AnyAsync(cancellationToken) || await db.StockMovements.AnyAsync(cancellationToken))
        {
            return;
        }
        var suppliers = await db.Suppliers.ToDictionaryAsync(s => s.Name, cancellationToken);
        var products = await db.Products.OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var (main, outlet) = (await db.Locations.SingleAsync(l => l.Code == "MAIN", cancellationToken), await db.Locations.SingleAsync(l => l.Code == "CITY", cancellationToken));
        var buyer = demo.Staff(Domain.Staff.StaffRoles.Warehouse).DisplayName;
        var accountant = demo.Staff(Domain.Staff.StaffRoles.Accounting).DisplayName;
        var purchasing = new Purchasing(db, demo, buyer, accountant);

        // The quantities per product and location, first order and restocking (every ninth product runs low at the outlet).
        var first = new Dictionary<(int Product, int Location), int>();
        var restock = new Dictionary<(int Product, int Location), int>();
        foreach (var (product, index) in products.Select((p, i) => (p, i)))
        {
            var outletRange = index % 9 == 0 ? (1, 4) : (60, 140);
            foreach (var (location, low, high) in new[] { (main.Id, 260, 520), (outlet.Id, outletRange.Item1, outletRange.Item2) })
            {
                first[(product.Id, location)] = demo.Random.Next(low, high);
                if (high > 10)
                {
                    restock[(product.Id, location)] = demo.Random.Next(low, high) / 2;
                }
            }
        }

        var bySupplier = products.GroupBy(p => SupplierOf(p.Sku)).OrderBy(g => Array.FindIndex(Assortment, a => a.Supplier == g.Key)).ToList();
        foreach (var group in bySupplier)
        {
            var supplier = suppliers[group.Key];
            var change = PriceChange[Array.FindIndex(Assortment, a => a.Supplier == group.Key)];
            foreach (var location in new[] { main, outlet })
            {
                var lines = group.Select(p => new PurchaseLineInput(p.Id, first[(p.Id, location.Id)], p.UnitCost)).ToList();
                var order = await purchasing.OrderAsync(supplier, location, lines, demo.Today.AddDays(-80), cancellationToken);
                await purchasing.ReceiveAllAsync(order, products, demo.Today.AddDays(-75), cancellationToken);
                // The chair maker billed its first delivery to the outlet 1.50 a unit above the order's price on its first line.
                await purchasing.BillAllAsync(supplier, order, demo.Today.AddDays(-71), demo.Today.AddDays(-70),
                    group.Key == Assortment[0].Supplier && location == outlet ? 1.5m : 0m, cancellationToken);
            }
            foreach (var location in new[] { main, outlet })
            {
                var lines = group.Where(p => restock.ContainsKey((p.Id, location.Id)))
                    .Select(p => new PurchaseLineInput(p.Id, restock[(p.Id, location.Id)], decimal.Round(p.UnitCost * (100m + change) / 100m, 2))).ToList();
                if (lines.Count == 0)
                {
                    continue;
                }
                var order = await purchasing.OrderAsync(supplier, location, lines, demo.Today.AddDays(-34), cancellationToken);
                await purchasing.ReceiveAllAsync(order, products, demo.Today.AddDays(-30), cancellationToken);
                if (!NotBilledYet.Contains(group.Key))
                {
                    await purchasing.BillAllAsync(supplier, order, demo.Today.AddDays(-27), demo.Today.AddDays(-26), 0m, cancellationToken);
                }
            }
        }

        // Still open: chairs ordered two days ago, lamps of which half arrived yesterday, and a draft for the peripherals.
        var chairs = products.Single(p => p.Sku == "CHR-100");
        await purchasing.OrderAsync(suppliers[Assortment[0].Supplier], main, [new PurchaseLineInput(chairs.Id, 40, chairs.UnitCost)], demo.Today.AddDays(-2), cancellationToken);
        var (led, floor) = (products.Single(p => p.Sku == "LMP-LED"), products.Single(p => p.Sku == "LMP-FLR"));
        var lamps = await purchasing.OrderAsync(suppliers[Assortment[3].Supplier], outlet,
            [new PurchaseLineInput(led.Id, 40, led.UnitCost), new PurchaseLineInput(floor.Id, 10, floor.UnitCost)], demo.Today.AddDays(-6), cancellationToken);
        await purchasing.ReceiveAsync(lamps, products, new Dictionary<int, int> { [led.Id] = 20 }, demo.Today.AddDays(-1), cancellationToken);
        var dock = products.Single(p => p.Sku == "DOC-USB");
        await purchasing.OrderAsync(suppliers[Assortment[5].Supplier], main, [new PurchaseLineInput(dock.Id, 15, dock.UnitCost)], demo.Today, cancellationToken, place: false);
    }

    private static string SupplierOf(string sku) =>
        Assortment.FirstOrDefault(a => a.Families.Contains(sku[..3])).Supplier ?? "Paperline Office Supplies B.V.";

    /// <summary>The purchasing steps as the services take them, on the demo's past days.</summary>
    private sealed class Purchasing(AppDbContext db, DemoContext demo, string buyer, string accountant)
    {
        private readonly Dictionary<int, PurchaseOrderSequence> sequences = [];
        private readonly Dictionary<(int, int), StockLevel> levels = [];

        public async Task<PurchaseOrder> OrderAsync(
            Supplier supplier, Location location, IReadOnlyList<PurchaseLineInput> lines, DateOnly day, CancellationToken cancellationToken, bool place = true)
        {
            var at = demo.NotAfterNow(demo.At(day, 9));
            if (!sequences.TryGetValue(day.Year, out var sequence))
            {
                sequences[day.Year] = sequence = new PurchaseOrderSequence(day.Year);
                db.PurchaseOrderSequences.Add(sequence);
            }
            var order = new PurchaseOrder(sequence.Next(), new PurchaseOrderInput(supplier.Id, location.Id, lines), buyer, at);
            if (place)
            {
                order.Place(at.AddMinutes(20));
            }
            db.PurchaseOrders.Add(order);
            await db.SaveChangesAsync(cancellationToken);
            return order;
        }

        public Task ReceiveAllAsync(PurchaseOrder order, IReadOnlyList<Product> products, DateOnly day, CancellationToken cancellationToken) =>
            ReceiveAsync(order, products, order.Lines.ToDictionary(l => l.ProductId, l => l.Quantity), day, cancellationToken);

        public async Task ReceiveAsync(PurchaseOrder order, IReadOnlyList<Product> products, IReadOnlyDictionary<int, int> quantities, DateOnly day, CancellationToken cancellationToken)
        {
            var at = demo.NotAfterNow(demo.At(day, 8));
            var receipts = new List<GoodsReceipt>();
            foreach (var (line, quantity) in order.Receive(quantities, overReceiptConfirmed: false))
            {
                var receipt = GoodsReceipt.ForOrderLine(order.Id, line.Id, line.ProductId, order.LocationId, quantity, line.UnitPrice, $"DN-{order.Number[3..]}",
                    buyer, at, demo.Calendar.DayOf(at));
                products.Single(p => p.Id == line.ProductId).Receive(quantity, line.UnitPrice);
                receipts.Add(receipt);
            }
            db.GoodsReceipts.AddRange(receipts);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var receipt in receipts)
            {
                if (!levels.TryGetValue((receipt.ProductId, receipt.LocationId), out var level))
                {
                    levels[(receipt.ProductId, receipt.LocationId)] = level = new StockLevel(receipt.ProductId, receipt.LocationId);
                    db.StockLevels.Add(level);
                }
                db.StockMovements.Add(level.Receive(receipt.Quantity, receipt.UnitCost, at, new StockSource(StockSource.GoodsReceipt, receipt.Id)));
            }
            await db.SaveChangesAsync(cancellationToken);
        }

        /// <summary>Bills everything received and not billed; the first line at <paramref name="surcharge"/> a unit above the order's price.</summary>
        public async Task BillAllAsync(Supplier supplier, PurchaseOrder order, DateOnly billDate, DateOnly recordedOn, decimal surcharge, CancellationToken cancellationToken)
        {
            var lines = order.Lines.Where(l => l.ToBill > 0)
                .Select((l, i) => new BillLineInput(l.ProductId, l.ToBill, l.UnitPrice + (i == 0 ? surcharge : 0m), demo.VatRate)).ToList();
            var input = new BillInput($"{supplier.Name[..3].ToUpperInvariant()}-{order.Number[3..]}", billDate, lines);
            var at = demo.NotAfterNow(demo.At(recordedOn, 11));
            db.SupplierBills.Add(new SupplierBill(supplier, order, input, order.Bill(lines), accountant, at, demo.Calendar.DayOf(at)));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
