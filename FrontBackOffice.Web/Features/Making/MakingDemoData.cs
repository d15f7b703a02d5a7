using FrontBackOffice.Domain.Jobs;
using FrontBackOffice.Domain.Making;
using FrontBackOffice.Domain.Purchasing;
using FrontBackOffice.Domain.Stock;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Demo;
using FrontBackOffice.Web.Jobs;
using FrontBackOffice.Web.Localization;
using FrontBackOffice.Web.Shared.Stock;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Features.Making;

/// <summary>
/// The desks the demo company assembles itself (it still buys them too): a desk from a top, a leg frame and screws,
/// and the top from a board and edge banding, three levels. The desk of 120 cm is on its second version. The parts
/// are bought from the desk maker: ordered three days ago and received this morning. Today the workshop made six 120 cm
/// tops (one scrapped) and four 120 cm desks from them; three 160 cm desks are released, and five more 120 cm desks wait
/// as a draft for tops (the nightly close books today's work tonight). The planning ran after: its proposals wait. An
/// improvement action answers the latest complaint about the task chair's wheels.
/// </summary>
public static class MakingDemoData
{
    private static readonly ResourceText L = new(typeof(MakingText));

    private static readonly (string Sku, string Name, decimal Cost, int ReorderLevel, ProductSourcing Sourcing)[] Parts =
    [
        ("TOP-120", "Desk top 120 × 80 cm", 46.80m, 0, ProductSourcing.BoughtAndMade),
        ("TOP-160", "Desk top 160 × 80 cm", 58.40m, 0, ProductSourcing.BoughtAndMade),
        ("FRM-LEG", "Desk leg frame, steel", 61.50m, 10, ProductSourcing.Bought),
        ("SCR-M6", "Screw M6 × 16", 0.06m, 200, ProductSourcing.Bought),
        ("BRD-160", "Particle board 160 × 80 cm, 25 mm", 21.90m, 10, ProductSourcing.Bought),
        ("EDG-BND", "Edge banding, per metre", 0.85m, 50, ProductSourcing.Bought),
    ];

    /// <summary>The parts bought for the workshop, at the order's prices.</summary>
    private static readonly (string Sku, int Quantity, decimal Price)[] Bought =
        [("BRD-160", 20, 21.90m), ("EDG-BND", 100, 0.85m), ("FRM-LEG", 12, 61.50m), ("SCR-M6", 400, 0.06m), ("TOP-160", 4, 58.40m)];

    public static async Task SeedAsync(AppDbContext db, DemoContext demo, MakingOptions options, JobRunner runner, CancellationToken cancellationToken)
    {
        if (await db.BillsOfMaterials.AnyAsync(cancellationToken))
        {
            return;
        }
        var products = await db.Products.Where(p => p.Sku == "DSK-120" || p.Sku == "DSK-160").ToDictionaryAsync(p => p.Sku, cancellationToken);
        foreach (var desk in products.Values)
        {
            desk.Update(new ProductDetails(desk.Sku, desk.Name, desk.UnitPrice, desk.UnitCost, desk.ReorderLevel, ProductSourcing.BoughtAndMade));
        }
        foreach (var (sku, name, cost, reorderLevel, sourcing) in Parts)
        {
            products[sku] = new Product(new ProductDetails(sku, L[name], 0m, cost, reorderLevel, sourcing));
            db.Products.Add(products[sku]);
        }
        await db.SaveChangesAsync(cancellationToken);

        var engineer = demo.Staff(Domain.Staff.StaffRoles.Warehouse).DisplayName;
        BomLineInput Line(string sku, decimal perUnit, decimal scrap = 0) => new(products[sku].Id, perUnit, scrap);
        BillOfMaterials Bom(string sku, int version, int daysAgo, params BomLineInput[] lines) =>
            new(new BomInput(products[sku].Id, lines), version, engineer, demo.At(demo.Today.AddDays(-daysAgo), 10));

        var firstDesk = Bom("DSK-120", 1, 120, Line("TOP-120", 1), Line("FRM-LEG", 1), Line("SCR-M6", 12, 10));
        var desk120 = Bom("DSK-120", 2, 20, Line("TOP-120", 1), Line("FRM-LEG", 1), Line("SCR-M6", 16, 5));
        firstDesk.ReplacedBy(desk120);
        db.BillsOfMaterials.AddRange(
            firstDesk, desk120,
            Bom("DSK-160", 1, 120, Line("TOP-160", 1), Line("FRM-LEG", 1), Line("SCR-M6", 16, 5)),
            Bom("TOP-120", 1, 120, Line("BRD-160", 0.75m, 2), Line("EDG-BND", 4, 10)),
            Bom("TOP-160", 1, 120, Line("BRD-160", 1, 2), Line("EDG-BND", 4.8m, 10)));
        await db.SaveChangesAsync(cancellationToken);

        var main = await db.Locations.SingleAsync(l => l.Code == "MAIN", cancellationToken);
        await BuyPartsAsync(db, demo, main, products, cancellationToken);
        var workshop = new Workshop(db, demo, main, engineer, options.LabourPerUnit);
        var boms = new[] { desk120, await db.BillsOfMaterials.Include(b => b.Lines).SingleAsync(b => b.ProductId == products["DSK-160"].Id, cancellationToken),
            await db.BillsOfMaterials.Include(b => b.Lines).SingleAsync(b => b.ProductId == products["TOP-120"].Id, cancellationToken) };
        await workshop.MakeAsync(boms[2], 6, made: 5, scrapped: 1, cancellationToken);
        await workshop.MakeAsync(boms[0], 4, made: 4, scrapped: 0, cancellationToken);
        await workshop.MakeAsync(boms[1], 3, made: null, scrapped: 0, cancellationToken);
        await workshop.DraftAsync(boms[0], 5, cancellationToken);

        await RaiseImprovementAsync(db, demo, engineer, cancellationToken);

        // This morning's planning run: the draft's tops are short, and the leg frames and screws fall below their reorder levels.
        var planning = new JobRun(JobKinds.Replenishment.Type, ScheduledJobs.Subject, null, JobRun.BySchedule, null, demo.NotAfterNow(demo.At(demo.Today, 9.5)));
        db.JobRuns.Add(planning);
        await db.SaveChangesAsync(cancellationToken);
        await runner.RunAsync(planning.Id, cancellationToken);
    }

    /// <summary>The task chair's broken wheels: an action on the latest complaint, which its timeline notes.</summary>
    private static async Task RaiseImprovementAsync(AppDbContext db, DemoContext demo, string engineer, CancellationToken cancellationToken)
    {
        var chair = await db.Products.SingleAsync(p => p.Sku == "CHR-100", cancellationToken);
        var complaint = await db.Complaints.Where(c => c.ProductId == chair.Id).OrderByDescending(c => c.OpenedAt).FirstOrDefaultAsync(cancellationToken);
        var at = demo.NotAfterNow(demo.At(demo.Today, 9.25));
        var action = new ImprovementAction(new ImprovementActionInput(chair.Id, complaint?.Id,
            L["Test the castors of the next delivery under load, and ask the supplier for the reinforced wheel set."], engineer, demo.Today.AddDays(14)),
            demo.Today, engineer, at);
        complaint?.LinkImprovement(action.Description, new Domain.Complaints.ComplaintActor(demo.Staff(Domain.Staff.StaffRoles.Warehouse).Id, engineer), at);
        db.ImprovementActions.Add(action);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task BuyPartsAsync(AppDbContext db, DemoContext demo, Location main, Dictionary<string, Product> products, CancellationToken cancellationToken)
    {
        var buyer = demo.Staff(Domain.Staff.StaffRoles.Warehouse).DisplayName;
        var supplier = await db.Suppliers.SingleAsync(s => s.Name == "Deskworks GmbH", cancellationToken);
        var ordered = demo.NotAfterNow(demo.At(demo.Today.AddDays(-3), 9));
        var sequence = await db.PurchaseOrderSequences.OfYearAsync(demo.Calendar.DayOf(ordered).Year, year => new PurchaseOrderSequence(year), cancellationToken);
        var order = new PurchaseOrder(sequence.Next(),
            new PurchaseOrderInput(supplier.Id, main.Id, Bought.Select(b => new PurchaseLineInput(products[b.Sku].Id, b.Quantity, b.Price)).ToList()), buyer, ordered);
        order.Place(ordered.AddMinutes(20));
        db.PurchaseOrders.Add(order);
        await db.SaveChangesAsync(cancellationToken);
        var received = demo.NotAfterNow(demo.At(demo.Today, 8));
        foreach (var (line, quantity) in order.Receive(order.Lines.ToDictionary(l => l.ProductId, l => l.Quantity), overReceiptConfirmed: false))
        {
            var receipt = GoodsReceipt.ForOrderLine(order.Id, line.Id, line.ProductId, main.Id, quantity, line.UnitPrice, $"DN-{order.Number[3..]}",
                buyer, received, demo.Calendar.DayOf(received));
            await db.ReceiveIntoStockAsync(products.Values.Single(p => p.Id == line.ProductId), receipt, cancellationToken);
        }
    }

    /// <summary>The workshop's steps as the work-order service takes them, this morning.</summary>
    private sealed class Workshop(AppDbContext db, DemoContext demo, Location location, string engineer, decimal labourPerUnit)
    {
        private WorkOrderSequence? sequence;

        public async Task<WorkOrder> DraftAsync(BillOfMaterials bom, int quantity, CancellationToken cancellationToken)
        {
            var at = demo.NotAfterNow(demo.At(demo.Today, 8.5));
            sequence ??= await db.WorkOrderSequences.OfYearAsync(demo.Calendar.DayOf(at).Year, year => new WorkOrderSequence(year), cancellationToken);
            var order = new WorkOrder(sequence.Next(), new WorkOrderInput(bom.ProductId, location.Id, quantity), bom, engineer, at);
            db.WorkOrders.Add(order);
            await db.SaveChangesAsync(cancellationToken);
            return order;
        }

        /// <summary>Drafts and releases a work order, and completes it when <paramref name="made"/> is given.</summary>
        public async Task MakeAsync(BillOfMaterials bom, int quantity, int? made, int scrapped, CancellationToken cancellationToken)
        {
            var order = await DraftAsync(bom, quantity, cancellationToken);
            var at = demo.NotAfterNow(demo.At(demo.Today, 9));
            await WorkOrderStock.ReleaseAsync(db, order, at, cancellationToken);
            if (made is { } produced)
            {
                await WorkOrderStock.CompleteAsync(db, order, produced, scrapped, labourPerUnit, at, demo.Calendar.DayOf(at), cancellationToken);
            }
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
