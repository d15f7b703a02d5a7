using FrontBackOffice.Domain.Making;
using FrontBackOffice.Domain.Stock;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Features.Making;

/// <summary>
/// The desks the demo company assembles itself (it still buys them too): a desk from a top, a leg frame and screws,
/// and the top from a board and edge banding, three levels. The desk of 120 cm is on its second version. The parts
/// are bought and not in stock yet.
/// </summary>
public static class MakingDemoData
{
    private static readonly (string Sku, string Name, decimal Cost, ProductSourcing Sourcing)[] Parts =
    [
        ("TOP-120", "Desk top 120 × 80 cm", 46.80m, ProductSourcing.BoughtAndMade),
        ("TOP-160", "Desk top 160 × 80 cm", 58.40m, ProductSourcing.BoughtAndMade),
        ("FRM-LEG", "Desk leg frame, steel", 61.50m, ProductSourcing.Bought),
        ("SCR-M6", "Screw M6 × 16", 0.06m, ProductSourcing.Bought),
        ("BRD-160", "Particle board 160 × 80 cm, 25 mm", 21.90m, ProductSourcing.Bought),
        ("EDG-BND", "Edge banding, per metre", 0.85m, ProductSourcing.Bought),
    ];

    public static async Task SeedAsync(AppDbContext db, DemoContext demo, CancellationToken cancellationToken)
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
        foreach (var (sku, name, cost, sourcing) in Parts)
        {
            products[sku] = new Product(new ProductDetails(sku, name, 0m, cost, 0, sourcing));
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
    }
}
