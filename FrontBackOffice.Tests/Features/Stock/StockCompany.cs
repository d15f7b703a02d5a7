using FrontBackOffice.Domain.Staff;
using FrontBackOffice.Domain.Stock;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Features.Stock;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace FrontBackOffice.Tests.Features.Stock;

/// <summary>A warehouse of a few products at two locations (threshold 500), run by one warehouse user; jobs run as Hangfire would.</summary>
public sealed class StockCompany : AppFactory
{
    public const string Keeper = "keeper@test.local";
    public const string Seller = "seller@test.local";

    public StockCompany()
    {
        Demo = false;
        RunJobServer = false;
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero));
        Settings["Stock:ApprovalThreshold"] = "500";
        Settings["Stock:ChunkSize"] = "2";
    }

    public Dictionary<string, int> Products { get; } = [];

    public int Main { get; private set; }

    public int City { get; private set; }

    /// <summary>Products (SKU, on hand at MAIN, unit cost); one more is kept only in the city.</summary>
    public async Task StockAsync(params (string Sku, int OnHand, decimal Cost)[] products)
    {
        await this.StaffAsync(Keeper, [StaffRoles.Warehouse]);
        await this.StaffAsync(Seller, [StaffRoles.Sales]);
        await using var db = CreateDbContext();
        var main = new Location("MAIN", "Main warehouse");
        var city = new Location("CITY", "City outlet");
        db.Locations.AddRange(main, city);
        await db.SaveChangesAsync();
        (Main, City) = (main.Id, city.Id);
        foreach (var (sku, onHand, cost) in products.Append(("CITY-ONLY", 5, 1m)))
        {
            var product = new Product(new ProductDetails(sku, $"Product {sku}", decimal.Round(cost * 2, 2), cost, 3));
            if (onHand > 0)
            {
                product.Receive(onHand, cost);
            }
            db.Products.Add(product);
            await db.SaveChangesAsync();
            Products[sku] = product.Id;
            var level = new StockLevel(product.Id, sku == "CITY-ONLY" ? city.Id : main.Id);
            db.StockLevels.Add(level);
            db.StockMovements.Add(level.Receive(onHand, cost, Clock!.GetUtcNow().UtcDateTime.AddDays(-1), new StockSource(StockSource.GoodsReceipt, 0)));
            await db.SaveChangesAsync();
        }
    }

    /// <summary>The counts, as the warehouse keeper works them.</summary>
    public ServiceCaller<CountService> Counts => As<CountService>(Keeper);

    public async Task<FrontBackOffice.Domain.Jobs.JobRun> JobRunAsync(long id)
    {
        await using var db = CreateDbContext();
        return await db.JobRuns.SingleAsync(r => r.Id == id);
    }

    public async Task<int> OnHandAsync(string sku, int? location = null)
    {
        await using var db = CreateDbContext();
        return await db.StockLevels.Where(l => l.ProductId == Products[sku] && l.LocationId == (location ?? Main)).Select(l => l.OnHand).SingleAsync();
    }

    /// <summary>Counts the given SKUs through an import, submits, and runs the reconciliation.</summary>
    public async Task<(int Count, long JobRun)> CountAndSubmitAsync(params (string Sku, int Counted)[] counted)
    {
        var count = await Counts.RunAsync(c => c.OpenAsync(Main));
        await Counts.RunAsync(c => c.ImportTextAsync(count, "sku,counted\n" + string.Join("\n", counted.Select(c => $"{c.Sku},{c.Counted}"))));
        var job = await Counts.RunAsync(c => c.SubmitAsync(count));
        await RunJobAsync(job);
        return (count, job);
    }
}

public static class CountImports
{
    /// <summary>Imports a count file given as text.</summary>
    public static Task<int> ImportTextAsync(this CountService counts, int countId, string file) => counts.ImportAsync(countId, new MemoryStream(System.Text.Encoding.UTF8.GetBytes(file)));
}
