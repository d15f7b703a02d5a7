using FrontBackOffice.Domain.Customers;
using FrontBackOffice.Domain.Making;
using FrontBackOffice.Domain.Orders;
using FrontBackOffice.Domain.Payroll;
using FrontBackOffice.Domain.Purchasing;
using FrontBackOffice.Domain.Stock;
using FrontBackOffice.Web.Company;
using FrontBackOffice.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Benchmarks;

/// <summary>
/// Fills an empty database with a company of a chosen size, the same for the same seed: products on three levels of
/// bills of materials (a tenth finished goods made of two sub-assemblies and two parts, a fifth sub-assemblies made of
/// three parts, the rest bought parts), each with stock received at one location and a reorder level; a supplier with
/// open purchase orders for a tenth of the parts, and draft work orders for a twentieth of the finished goods. Rows are
/// written in chunks of <see cref="ChunkSize"/>, each chunk one transaction with the change tracker cleared.
/// Or a company that sells: a catalogue, customers and orders over the days before today, each order confirmed,
/// shipped out of stock at average cost and invoiced through the same domain steps a user takes; the catalogue's
/// opening stock comes in as free goods receipts of the first day, so the ledger and the stock agree once it is booked.
/// Or its stock counts: at each of some locations, its own products and a count of them submitted, most lines as
/// expected and the rest a few units off. Or its staff: employees, a quarter of them paid by the hour with a timesheet for every week of the months to pay.
/// </summary>
public sealed class GeneratedCompany(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, BusinessCalendar calendar)
{
    private const int ChunkSize = 5_000;
    private const int PurchaseOrderLines = 50;

    public sealed record Size(int Finished, int SubAssemblies, int Parts)
    {
        public int Products => Finished + SubAssemblies + Parts;

        public static Size Of(int products)
        {
            var finished = Math.Max(1, products / 10);
            var subAssemblies = Math.Max(1, products / 5);
            return new Size(finished, subAssemblies, Math.Max(3, products - finished - subAssemblies));
        }
    }

    public async Task<Size> GenerateProductsAsync(int products, int seed, CancellationToken cancellationToken)
    {
        var size = Size.Of(products);
        var random = new Random(seed);
        var now = clock.GetUtcNow().UtcDateTime;
        int location, supplier;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var main = new Location("MAIN", "Main warehouse");
            var vendor = new Supplier(new SupplierDetails("Generated Parts B.V.", "NL000000000B01", null, null, null, 30), "EUR", now);
            db.AddRange(main, vendor);
            await db.SaveChangesAsync(cancellationToken);
            (location, supplier) = (main.Id, vendor.Id);
        }

        var parts = await AddProductsAsync("PRT", size.Parts, ProductSourcing.Bought, random, location, now, cancellationToken);
        var subAssemblies = await AddProductsAsync("SUB", size.SubAssemblies, ProductSourcing.BoughtAndMade, random, location, now, cancellationToken);
        var finished = await AddProductsAsync("FIN", size.Finished, ProductSourcing.Made, random, location, now, cancellationToken);
        await AddBomsAsync(subAssemblies, () => [Line(parts, random), Line(parts, random), Line(parts, random)], now, cancellationToken);
        await AddBomsAsync(finished, () => [Line(subAssemblies, random), Line(subAssemblies, random), Line(parts, random), Line(parts, random)], now, cancellationToken);
        await AddPurchaseOrdersAsync(parts.Where((_, i) => i % 10 == 0).ToList(), supplier, location, random, now, cancellationToken);
        await AddDraftWorkOrdersAsync(finished.Where((_, i) => i % 20 == 0).ToList(), location, random, now, cancellationToken);
        return size;
    }

    private static BomLineInput Line(IReadOnlyList<int> components, Random random) =>
        new(components[random.Next(components.Count)], random.Next(1, 5), random.Next(0, 3) * 2.5m);

    private async Task<List<int>> AddProductsAsync(
        string family, int count, ProductSourcing sourcing, Random random, int location, DateTime now, CancellationToken cancellationToken)
    {
        var ids = new List<int>(count);
        for (var start = 0; start < count; start += ChunkSize)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var chunk = Enumerable.Range(start, Math.Min(ChunkSize, count - start)).Select(i =>
            {
                var cost = Math.Round((decimal)random.NextDouble() * 200m + 1m, 2);
                var product = new Product(new ProductDetails($"{family}-{i + 1:D7}", $"{family} {i + 1}", Math.Round(cost * 1.6m, 2), cost, random.Next(10, 200), sourcing));
                return (Product: product, OnHand: random.Next(0, 400));
            }).ToList();
            foreach (var (product, onHand) in chunk.Where(c => c.OnHand > 0))
            {
                product.Receive(onHand, product.UnitCost);
            }
            db.Products.AddRange(chunk.Select(c => c.Product));
            await db.SaveChangesAsync(cancellationToken);
            foreach (var (product, onHand) in chunk)
            {
                var level = new StockLevel(product.Id, location);
                db.StockLevels.Add(level);
                if (onHand > 0)
                {
                    db.StockMovements.Add(level.Receive(onHand, product.UnitCost, now, new StockSource(StockSource.OpeningBalance, 0)));
                }
            }
            await db.SaveChangesAsync(cancellationToken);
            ids.AddRange(chunk.Select(c => c.Product.Id));
        }
        return ids;
    }

    private async Task AddBomsAsync(IReadOnlyList<int> products, Func<BomLineInput[]> lines, DateTime now, CancellationToken cancellationToken)
    {
        foreach (var chunk in products.Chunk(ChunkSize))
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            db.BillsOfMaterials.AddRange(chunk.Select(product => new BillOfMaterials(
                new BomInput(product, lines().DistinctBy(l => l.ComponentId).ToList()), 1, "generator", now)));
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task AddPurchaseOrdersAsync(
        IReadOnlyList<int> parts, int supplier, int location, Random random, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var sequence = new PurchaseOrderSequence(now.Year);
        db.PurchaseOrderSequences.Add(sequence);
        foreach (var lines in parts.Chunk(PurchaseOrderLines))
        {
            var order = new PurchaseOrder(sequence.Next(), new PurchaseOrderInput(supplier, location,
                lines.Select(p => new PurchaseLineInput(p, random.Next(20, 200), 10m)).ToList()), "generator", now);
            order.Place(now);
            db.PurchaseOrders.Add(order);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task AddDraftWorkOrdersAsync(IReadOnlyList<int> finished, int location, Random random, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var sequence = new WorkOrderSequence(now.Year);
        db.WorkOrderSequences.Add(sequence);
        foreach (var chunk in finished.Chunk(ChunkSize))
        {
            var boms = await db.BillsOfMaterials.AsNoTracking().Include(b => b.Lines).Where(b => chunk.Contains(b.ProductId)).OrderBy(b => b.ProductId)
                .ToListAsync(cancellationToken);
            db.WorkOrders.AddRange(boms.Select(bom =>
                new WorkOrder(sequence.Next(), new WorkOrderInput(bom.ProductId, location, random.Next(5, 50)), bom, "generator", now)));
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    public sealed record Sales(int Orders, int Customers, int Skus, int Days);

    /// <summary>
    /// Orders spread evenly over the <see cref="Sales.Days"/> days before today, in order of time: every order is confirmed,
    /// shipped and invoiced on its day, so each one is two documents for the nightly close (a shipment and an invoice).
    /// </summary>
    public async Task GenerateSalesAsync(Sales sales, int seed, CancellationToken cancellationToken)
    {
        var random = new Random(seed);
        var first = calendar.Today.AddDays(-sales.Days);
        int location;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var main = await db.Locations.FirstOrDefaultAsync(l => l.Code == "MAIN", cancellationToken) ?? db.Locations.Add(new Location("MAIN", "Main warehouse")).Entity;
            await db.SaveChangesAsync(cancellationToken);
            location = main.Id;
        }
        var unitsPerSku = sales.Orders * 12 / sales.Skus + 100;
        var skus = await AddCatalogueAsync("SKU", sales.Skus, unitsPerSku, random, location, first, cancellationToken);
        var customers = await AddCustomersAsync(sales.Customers, random, calendar.StartOf(first), cancellationToken);
        for (var start = 0; start < sales.Orders; start += ChunkSize)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var inputs = Enumerable.Range(start, Math.Min(ChunkSize, sales.Orders - start)).Select(i =>
            {
                var day = first.AddDays((int)((long)i * sales.Days / sales.Orders));
                var at = calendar.StartOf(day).AddHours(8).AddSeconds(i % 30_000);
                var lines = Enumerable.Range(0, random.Next(1, 5)).Select(_ => skus[random.Next(skus.Count)]).Distinct()
                    .Select(p => new OrderLineInput(p, random.Next(1, 6), 0m, 0.21m)).ToList();
                return (Input: new OrderInput(customers[random.Next(customers.Count)], location, lines), Day: day, At: at);
            }).ToList();
            var ids = inputs.SelectMany(o => o.Input.Lines).Select(l => l.ProductId).Distinct().ToList();
            var products = await db.Products.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
            var levels = await db.StockLevels.Where(l => l.LocationId == location && ids.Contains(l.ProductId)).ToDictionaryAsync(l => l.ProductId, cancellationToken);
            var orders = inputs.Select(o => (Order: new SalesOrder(o.Input with
            {
                Lines = o.Input.Lines.Select(l => l with { UnitPrice = products[l.ProductId].UnitPrice }).ToList(),
            }, o.At, "generator"), o.Day, o.At)).ToList();
            db.SalesOrders.AddRange(orders.Select(o => o.Order));
            await db.SaveChangesAsync(cancellationToken);
            foreach (var (order, day, at) in orders)
            {
                var needed = order.QuantitiesByProduct();
                order.Confirm(needed.Select(q => new StockAvailability(q.Key, products[q.Key].Sku, products[q.Key].Name, levels[q.Key].Available)).ToList(), at);
                foreach (var (product, quantity) in needed)
                {
                    levels[product].Reserve(quantity);
                }
                order.Ship(line =>
                {
                    var issued = products[line.ProductId].Issue(line.Quantity);
                    db.StockMovements.Add(levels[line.ProductId].ShipReserved(line.Quantity, issued.UnitCost, at, new StockSource(StockSource.SalesOrder, order.Id)));
                    return issued;
                }, at, day);
                var sequence = await db.InvoiceSequences.FindAsync([day.Year], cancellationToken) ?? db.InvoiceSequences.Add(new InvoiceSequence(day.Year)).Entity;
                order.Invoice(sequence.Next(), day, at.AddHours(1));
            }
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task<List<int>> AddCatalogueAsync(
        string family, int count, int units, Random random, int location, DateOnly receivedOn, CancellationToken cancellationToken)
    {
        var at = calendar.StartOf(receivedOn);
        var ids = new List<int>(count);
        for (var start = 0; start < count; start += ChunkSize)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var products = Enumerable.Range(start, Math.Min(ChunkSize, count - start)).Select(i =>
            {
                var cost = Math.Round((decimal)random.NextDouble() * 80m + 1m, 2);
                var product = new Product(new ProductDetails($"{family}-{i + 1:D7}", $"Article {family} {i + 1}", Math.Round(cost * 1.5m, 2), cost, 10));
                product.Receive(units, cost);
                return product;
            }).ToList();
            db.Products.AddRange(products);
            await db.SaveChangesAsync(cancellationToken);
            var receipts = products.Select(p => GoodsReceipt.Free(p.Id, location, units, p.UnitCost, null, "Opening stock", "generator", at, receivedOn)).ToList();
            db.GoodsReceipts.AddRange(receipts);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var receipt in receipts)
            {
                var level = new StockLevel(receipt.ProductId, location);
                db.StockLevels.Add(level);
                db.StockMovements.Add(level.Receive(units, receipt.UnitCost, at, new StockSource(StockSource.GoodsReceipt, receipt.Id)));
            }
            await db.SaveChangesAsync(cancellationToken);
            ids.AddRange(products.Select(p => p.Id));
        }
        return ids;
    }

    private async Task<List<int>> AddCustomersAsync(int count, Random random, DateTime createdAt, CancellationToken cancellationToken)
    {
        var ids = new List<int>(count);
        for (var start = 0; start < count; start += ChunkSize)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var customers = Enumerable.Range(start, Math.Min(ChunkSize, count - start)).Select(i => new Customer(new CustomerDetails(
                $"Customer {i + 1} {Surnames[random.Next(Surnames.Length)]}", $"NL{i + 1:D9}B01", $"buyer{i + 1}@customer{i % 997}.example", null, null, null, null),
                createdAt)).ToList();
            db.Customers.AddRange(customers);
            await db.SaveChangesAsync(cancellationToken);
            ids.AddRange(customers.Select(c => c.Id));
        }
        return ids;
    }

    private static readonly string[] Surnames = ["Jansen", "de Vries", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos", "Peters", "Hendriks"];

    /// <summary>Employees hired before <paramref name="months"/>' first day, an hourly worker's weeks filled in (some with overtime).</summary>
    public async Task GenerateStaffAsync(int employees, IReadOnlyList<PayPeriod> months, int seed, CancellationToken cancellationToken)
    {
        var random = new Random(seed);
        var first = months.Min().FirstDay;
        var weeks = new List<DateOnly>();
        for (var week = Timesheet.WeekStartOf(first); week <= months.Max().LastDay; week = week.AddDays(7))
        {
            weeks.Add(week);
        }
        for (var start = 0; start < employees; start += ChunkSize)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var staff = Enumerable.Range(start, Math.Min(ChunkSize, employees - start)).Select(i =>
            {
                var hourly = i % 4 == 0;
                var hired = first.AddDays(-random.Next(30, 3_000));
                return new Employee(new EmployeeDetails($"Employee {i + 1} {Surnames[random.Next(Surnames.Length)]}", $"EMP{i + 1:D9}",
                    hourly ? "Warehouse" : Departments[random.Next(Departments.Length)], hired, null, hourly ? PayType.Hourly : PayType.Salaried,
                    hourly ? null : random.Next(2_400, 7_500), hourly ? Math.Round(14m + (decimal)random.NextDouble() * 14m, 2) : null));
            }).ToList();
            db.Employees.AddRange(staff);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var employee in staff.Where(e => e.PayType == PayType.Hourly))
            {
                foreach (var week in weeks)
                {
                    var overtime = random.Next(4) == 0;
                    db.Timesheets.Add(new Timesheet(employee.Id, week, [.. Enumerable.Range(0, 7).Select(d => d < 5 ? (overtime ? 9.5m : 8m) : 0m)]));
                }
            }
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static readonly string[] Departments = ["Sales", "Support", "Accounting", "HR", "Purchasing", "Workshop"];

    /// <summary>
    /// For each location code, a location stocked with <paramref name="skus"/> products of its own and a count of them,
    /// submitted: seven lines in ten counted as expected, the rest up to five units off either way (all within the
    /// approval threshold). Returns the counts' numbers, in the order of the codes.
    /// </summary>
    public async Task<List<int>> GenerateCountsAsync(IReadOnlyList<string> locations, int skus, int seed, CancellationToken cancellationToken)
    {
        var random = new Random(seed);
        var now = clock.GetUtcNow().UtcDateTime;
        var sessions = new List<int>();
        foreach (var code in locations)
        {
            int location, session;
            await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
            {
                var added = db.Locations.Add(new Location(code, $"Warehouse {code}")).Entity;
                await db.SaveChangesAsync(cancellationToken);
                location = added.Id;
            }
            var products = await AddCatalogueAsync(code, skus, 200, random, location, calendar.Today.AddDays(-7), cancellationToken);
            await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
            {
                var count = new CountSession(location, await db.StockMovements.MaxAsync(m => m.Id, cancellationToken), "generator", now);
                db.CountSessions.Add(count);
                await db.SaveChangesAsync(cancellationToken);
                session = count.Id;
            }
            foreach (var chunk in products.Chunk(ChunkSize))
            {
                await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
                var lines = await (from l in db.StockLevels
                                   join p in db.Products on l.ProductId equals p.Id
                                   where l.LocationId == location && chunk.Contains(p.Id)
                                   orderby p.Id
                                   select new { p.Id, p.Sku, p.Name, l.OnHand }).ToListAsync(cancellationToken);
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await db.InsertNewAsync(lines.Select(l =>
                {
                    var line = new CountLine(session, l.Id, l.Sku, l.Name, l.OnHand);
                    line.Count(random.Next(10) < 7 ? l.OnHand : Math.Max(0, l.OnHand + random.Next(-5, 6)));
                    return line;
                }).ToList(), cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
            {
                var count = await db.CountSessions.SingleAsync(s => s.Id == session, cancellationToken);
                count.Submit("generator", now);
                await db.SaveChangesAsync(cancellationToken);
            }
            sessions.Add(session);
        }
        return sessions;
    }
}
