using FrontBackOffice.Domain.Purchasing;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Features.Purchasing;

/// <summary>The six companies the demo company buys its furniture and office supplies from.</summary>
public static class SuppliersDemoData
{
    private static readonly SupplierDetails[] Suppliers =
    [
        new("Nordic Seating B.V.", "NL812345678B01", "orders@nordic-seating.example", "+31 20 555 0101", "Industrieweg 12\n1014 AB Amsterdam", 30),
        new("Deskworks GmbH", "DE298765432", "sales@deskworks.example", "+49 211 555 0202", "Königsallee 40\n40212 Düsseldorf", 45),
        new("Archive & Cabinet Ltd", "GB123456789", "trade@archive-cabinet.example", "+44 20 5550 0303", "12 Wharf Road\nLondon N1 7GR", 30),
        new("Brightdesk Lighting S.A.", "BE0412345678", "orders@brightdesk.example", "+32 3 555 0404", "Havenlaan 8\n2000 Antwerpen", 14),
        new("Paperline Office Supplies B.V.", "NL856789012B01", "service@paperline.example", "+31 30 555 0505", "Stationsplein 3\n3511 ED Utrecht", 14),
        new("Techhub Peripherals B.V.", "NL834567890B01", "b2b@techhub.example", "+31 40 555 0606", "Parklaan 77\n5611 BC Eindhoven", 30),
    ];

    public static async Task SeedAsync(AppDbContext db, DemoContext demo, string currency, CancellationToken cancellationToken)
    {
        if (await db.Suppliers.AnyAsync(cancellationToken))
        {
            return;
        }
        db.Suppliers.AddRange(Suppliers.Select((details, i) => new Supplier(details, currency, demo.At(demo.Today.AddDays(-400 + i * 20), 9))));
        await db.SaveChangesAsync(cancellationToken);
    }
}
