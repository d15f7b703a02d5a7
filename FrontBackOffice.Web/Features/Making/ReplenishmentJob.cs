using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Making;
using FrontBackOffice.Domain.Purchasing;
using FrontBackOffice.Web.Company;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontBackOffice.Web.Features.Making;

/// <summary>
/// The replenishment planning: for every product, company-wide, what is free (on hand less reserved: confirmed orders and
/// released work orders have reserved what they take), what is coming (open purchase orders and work orders, drafts
/// included) and the demand no reservation covers yet (the components of draft work orders); where the projection falls
/// below the reorder level it proposes to buy or make the difference. Levels of the bills of materials are planned in
/// order (low-level codes), so a sub-assembly's proposal passes its needs down before its components are planned.
/// Products are read and proposals written a chunk per transaction; the run first removes the open proposals of earlier
/// runs, so running again replaces them, and an accepted proposal's draft counts as incoming.
/// </summary>
public sealed class ReplenishmentJob(IDbContextFactory<AppDbContext> dbFactory, BusinessCalendar calendar, IOptions<MakingOptions> options) : IBatchJob
{
    public async Task<UserMessage> RunAsync(JobRunContext run, CancellationToken cancellationToken)
    {
        ReplenishmentPlanner planner;
        int total;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var boms = await db.BillsOfMaterials.AsNoTracking().Include(b => b.Lines).Where(b => b.ReplacedAt == null).ToListAsync(cancellationToken);
            planner = new ReplenishmentPlanner(new BomStructure(boms));
            total = await db.Products.CountAsync(cancellationToken);
            await db.ReplenishmentProposals.Where(p => p.Status == ProposalStatus.Open).ExecuteDeleteAsync(cancellationToken);
        }
        var chunkSize = options.Value.PlanningChunkSize;
        var (planned, buy, make) = (0, 0, 0);
        async Task PlanAsync(IReadOnlyList<int> chunk)
        {
            var proposals = await PlanChunkAsync(run.RunId, planner, chunk, cancellationToken);
            buy += proposals.Count(p => p.Kind == ProposalKind.Purchase);
            make += proposals.Count(p => p.Kind == ProposalKind.Make);
            planned += chunk.Count;
            await run.ReportAsync(planned, total);
        }

        await run.ReportAsync(0, total);
        // Level 0: every product no bill of materials uses, read from the database a chunk at a time.
        var afterId = 0;
        while (true)
        {
            List<int> ids;
            await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
            {
                ids = await db.Products.Where(p => p.Id > afterId).OrderBy(p => p.Id).Select(p => p.Id).Take(chunkSize).ToListAsync(cancellationToken);
            }
            if (ids.Count == 0)
            {
                break;
            }
            afterId = ids[^1];
            await PlanAsync(ids.Where(id => planner.LevelOf(id) == 0).ToList());
        }
        // Then the components, level by level.
        foreach (var level in planner.LowLevelCodes.Where(c => c.Value > 0).GroupBy(c => c.Value, c => c.Key).OrderBy(g => g.Key))
        {
            foreach (var chunk in level.Order().Chunk(chunkSize))
            {
                await PlanAsync(chunk);
            }
        }
        var levels = planner.LowLevelCodes.Count == 0 ? 1 : planner.LowLevelCodes.Values.Max() + 1;
        return UserMessage.Of($"Planned {total} product(s) on {levels} level(s): {make} to make, {buy} to buy; the proposals wait for acceptance.");
    }

    /// <summary>Reads what planning needs of a chunk of products, plans it and saves its proposals, in one transaction.</summary>
    private async Task<IReadOnlyList<ReplenishmentProposal>> PlanChunkAsync(long runId, ReplenishmentPlanner planner, IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var open = new[] { PurchaseOrderStatus.Draft, PurchaseOrderStatus.Ordered, PurchaseOrderStatus.PartiallyReceived };
        var making = new[] { WorkOrderStatus.Draft, WorkOrderStatus.Released, WorkOrderStatus.InProgress };
        var products = await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Sourcing, p.ReorderLevel }).ToListAsync(cancellationToken);
        var available = await db.StockLevels.Where(l => ids.Contains(l.ProductId))
            .GroupBy(l => l.ProductId).Select(g => new { g.Key, Units = g.Sum(l => l.OnHand - l.Reserved) }).ToDictionaryAsync(g => g.Key, g => g.Units, cancellationToken);
        var bought = await (from l in db.PurchaseOrderLines
                            join o in db.PurchaseOrders on l.OrderId equals o.Id
                            where ids.Contains(l.ProductId) && open.Contains(o.Status) && l.Quantity > l.Received
                            group l by l.ProductId into g
                            select new { g.Key, Units = g.Sum(l => l.Quantity - l.Received) }).ToDictionaryAsync(g => g.Key, g => g.Units, cancellationToken);
        var made = await db.WorkOrders.Where(o => ids.Contains(o.ProductId) && making.Contains(o.Status))
            .GroupBy(o => o.ProductId).Select(g => new { g.Key, Units = g.Sum(o => o.Quantity) }).ToDictionaryAsync(g => g.Key, g => g.Units, cancellationToken);
        var drafted = await (from c in db.WorkOrderComponents
                             join o in db.WorkOrders on EF.Property<int>(c, "WorkOrderId") equals o.Id
                             where ids.Contains(c.ComponentId) && o.Status == WorkOrderStatus.Draft
                             group c by c.ComponentId into g
                             select new { g.Key, Units = g.Sum(c => c.Required) }).ToDictionaryAsync(g => g.Key, g => g.Units, cancellationToken);

        var items = products.OrderBy(p => p.Id).Select(p => new PlanningItem(p.Id, p.Sourcing, p.ReorderLevel, available.GetValueOrDefault(p.Id),
            bought.GetValueOrDefault(p.Id) + made.GetValueOrDefault(p.Id), drafted.GetValueOrDefault(p.Id))).ToList();
        var passedDown = items.ToDictionary(i => i.ProductId, i => planner.DemandPassedDownTo(i.ProductId));
        var proposals = planner.Plan(items);
        var toBuy = proposals.Where(p => p.Kind == ProposalKind.Purchase).Select(p => p.ProductId).ToList();
        var suppliers = await db.Products.Where(p => toBuy.Contains(p.Id))
            .Select(p => new
            {
                p.Id,
                LastSupplier = (from l in db.PurchaseOrderLines
                                join o in db.PurchaseOrders on l.OrderId equals o.Id
                                where l.ProductId == p.Id
                                orderby l.Id descending
                                select (int?)o.SupplierId).FirstOrDefault(),
            })
            .ToDictionaryAsync(p => p.Id, p => p.LastSupplier, cancellationToken);
        var byId = items.ToDictionary(i => i.ProductId);
        var rows = proposals.Select(p => new ReplenishmentProposal(runId, p, byId[p.ProductId], passedDown[p.ProductId],
            suppliers.GetValueOrDefault(p.ProductId), calendar.UtcNow)).ToList();
        db.ReplenishmentProposals.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
        return rows;
    }
}
