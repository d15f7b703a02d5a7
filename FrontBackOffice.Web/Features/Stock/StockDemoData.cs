using FrontBackOffice.Domain.Stock;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Demo;
using FrontBackOffice.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Features.Stock;

/// <summary>Two locations and about forty office products, named in the demo's language; their stock comes in through purchasing.</summary>
public static class StockDemoData
{
    private static readonly ResourceText L = new(typeof(StockText));

    private static readonly (string Sku, string Name, decimal Price)[] Catalogue =
    [
        ("CHR-100", "Task chair, mesh back", 189m), ("CHR-200", "Executive chair, leather", 449m), ("CHR-300", "Stacking chair", 39.5m),
        ("CHR-400", "Drafting stool", 129m), ("DSK-120", "Desk 120 × 80 cm", 249m), ("DSK-160", "Desk 160 × 80 cm", 299m),
        ("DSK-SIT", "Sit-stand desk, electric", 649m), ("DSK-CNR", "Corner desk", 389m), ("TBL-MTG", "Meeting table, 6 seats", 579m),
        ("CAB-2D", "Filing cabinet, 2 drawers", 159m), ("CAB-4D", "Filing cabinet, 4 drawers", 239m), ("CAB-PED", "Mobile pedestal", 119m),
        ("SHF-OAK", "Bookcase, oak finish", 179m), ("SHF-MTL", "Metal shelving unit", 99m), ("LMP-LED", "LED desk lamp", 49.95m),
        ("LMP-FLR", "Floor lamp", 89m), ("MON-ARM", "Monitor arm, dual", 119m), ("MON-RSR", "Monitor riser", 34.9m),
        ("KBD-ERG", "Ergonomic keyboard", 79m), ("MOU-VRT", "Vertical mouse", 44.5m), ("FTR-RST", "Footrest", 29.95m),
        ("WHB-120", "Whiteboard 120 × 90 cm", 84m), ("WHB-MRK", "Whiteboard markers, 10 pack", 12.5m), ("PAP-A4", "Copy paper A4, box of 5 reams", 27.9m),
        ("PAP-A3", "Copy paper A3, ream", 11.9m), ("PEN-BLU", "Ballpoint pens, blue, 50 pack", 14.95m), ("NTB-A5", "Notebook A5, dotted", 6.5m),
        ("BND-A4", "Ring binder A4", 3.95m), ("STP-HD", "Heavy-duty stapler", 24.9m), ("SHR-P4", "Paper shredder P-4", 159m),
        ("LAM-A3", "Laminator A3", 69m), ("HDS-BT", "Bluetooth headset", 129m), ("WCM-HD", "HD webcam", 74m),
        ("DOC-USB", "USB-C docking station", 189m), ("CBL-HDM", "HDMI cable 2 m", 9.9m), ("PWR-STR", "Power strip, 6 sockets", 19.95m),
        ("PLT-DSK", "Desk plant, artificial", 22.5m), ("CLK-WAL", "Wall clock", 27m), ("BIN-REC", "Recycling bin, 3 sections", 64m),
        ("CFE-MCH", "Office coffee machine", 899m),
    ];

    public static async Task SeedAsync(AppDbContext db, DemoContext demo, CancellationToken cancellationToken)
    {
        if (await db.Locations.AnyAsync(cancellationToken))
        {
            return;
        }
        var main = new Location("MAIN", L["Main warehouse"]);
        var outlet = new Location("CITY", L["City outlet"]);
        db.Locations.AddRange(main, outlet);
        var products = Catalogue.Select(p => new Product(new ProductDetails(p.Sku, L[p.Name], p.Price,
            decimal.Round(p.Price * (0.52m + (decimal)demo.Random.NextDouble() * 0.16m), 2), demo.Random.Next(5, 25)))).ToList();
        db.Products.AddRange(products);
        await db.SaveChangesAsync(cancellationToken);
    }
}
