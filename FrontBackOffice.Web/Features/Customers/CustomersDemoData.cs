using FrontBackOffice.Domain.Customers;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Demo;
using FrontBackOffice.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Features.Customers;

/// <summary>About fifty business customers with addresses; what kind of business each is, in the demo's language.</summary>
public static class CustomersDemoData
{
    private static readonly ResourceText L = new(typeof(CustomersText));

    private static readonly string[] Names =
    [
        "Acme", "Brightline", "Copperfield", "Dunmore", "Eastwind", "Fairhaven", "Greenway", "Harbourview", "Ironbridge", "Juniper",
        "Kestrel", "Lakeside", "Meridian", "Northgate", "Oakridge", "Pinecrest", "Quayside", "Riverbend", "Silverlake", "Thornbury",
        "Upland", "Valemont", "Westfield", "Yellowstone", "Zenith",
    ];

    private static readonly string[] Kinds = ["Consulting", "Logistics", "Architects", "Dental Care", "Accountants", "Media", "Engineering", "Law Office", "Software", "Bakery"];
    private static readonly string[] Forms = ["B.V.", "Ltd", "GmbH", "& Partners", "S.A."];
    private static readonly string[] Cities = ["Amsterdam", "Utrecht", "Rotterdam", "Eindhoven", "Antwerp", "Düsseldorf", "Groningen", "Leiden"];
    private static readonly string[] Streets = ["Keizersgracht", "Stationsplein", "Marktstraat", "Havenweg", "Parklaan", "Industrieweg", "Kerkstraat"];

    public static async Task SeedAsync(AppDbContext db, DemoContext demo, CancellationToken cancellationToken)
    {
        if (await db.Customers.AnyAsync(cancellationToken))
        {
            return;
        }
        var rng = demo.Random;
        for (var i = 0; i < 50; i++)
        {
            var name = $"{Names[i % Names.Length]} {L[Kinds[(i * 7 + i / Names.Length) % Kinds.Length]]} {L[Forms[i % Forms.Length]]}";
            var domain = $"{Names[i % Names.Length].ToLowerInvariant()}-{Kinds[(i * 7 + i / Names.Length) % Kinds.Length].Split(' ')[0].ToLowerInvariant()}.example";
            var address = $"{demo.Pick(Streets)} {rng.Next(1, 300)}\n{rng.Next(1000, 9999)} {(char)('A' + rng.Next(26))}{(char)('A' + rng.Next(26))} {demo.Pick(Cities)}";
            db.Customers.Add(new Customer(new CustomerDetails(
                name,
                $"NL{100_000_000 + i * 7_919_311 % 899_999_999:D9}B{1 + i % 3:D2}",
                $"purchasing@{domain}",
                $"+31 {rng.Next(10, 99)} {rng.Next(100, 999)} {rng.Next(1000, 9999)}",
                address,
                rng.Next(4) == 0 ? $"{demo.Pick(Streets)} {rng.Next(1, 300)}\n{rng.Next(1000, 9999)} AB {demo.Pick(Cities)}" : address,
                rng.Next(5) == 0 ? L["Prefers delivery before noon."] : null),
                demo.At(demo.Today.AddDays(-rng.Next(90, 900)), 10)));
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
