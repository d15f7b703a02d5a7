using FrontBackOffice.Domain.Staff;
using FrontBackOffice.Domain.Stock;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Demo;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Features.Stock;

/// <summary>A count of the city outlet under way: half its products counted, some of them off.</summary>
public static class CountsDemoData
{
    public static async Task SeedAsync(AppDbContext db, DemoContext demo, CancellationToken cancellationToken)
    {
        if (await db.CountSessions.AnyAsync(cancellationToken))
        {
            return;
        }
        var outlet = await db.Locations.OrderBy(l => l.Id).Skip(1).FirstAsync(cancellationToken);
        var snapshot = await db.StockMovements.MaxAsync(m => (long?)m.Id, cancellationToken) ?? 0;
        var session = new CountSession(outlet.Id, snapshot, demo.Staff(StaffRoles.Warehouse).DisplayName, demo.Now);
        db.CountSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        var levels = await (from l in db.StockLevels join p in db.Products on l.ProductId equals p.Id
                            where l.LocationId == outlet.Id orderby p.Sku select new { p.Id, p.Sku, p.Name, l.OnHand }).ToListAsync(cancellationToken);
        foreach (var (level, index) in levels.Select((l, i) => (l, i)))
        {
            var line = new CountLine(session.Id, level.Id, level.Sku, level.Name, level.OnHand);
            if (index % 2 == 0)
            {
                line.Count(Math.Max(0, level.OnHand + (index % 6 == 0 ? demo.Random.Next(-3, 3) : 0)));
            }
            db.CountLines.Add(line);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
