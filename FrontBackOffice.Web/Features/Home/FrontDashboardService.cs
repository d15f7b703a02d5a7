using FrontBackOffice.Domain.Complaints;
using FrontBackOffice.Domain.Orders;
using FrontBackOffice.Domain.Pipeline;
using FrontBackOffice.Web.Company;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Features.Home;

public sealed record RevenueDay(DateOnly Day, decimal Net);

public sealed record FrontDashboard(int OrdersToday, decimal RevenueThisMonth, int OpenComplaints, int SlaBreaches, IReadOnlyList<RevenueDay> RevenueLast30Days);

public sealed record StageValue(PipelineStage Stage, int Count, decimal Value);

/// <summary>The open pipeline's value by stage, and this month's won (with their value) and lost.</summary>
public sealed record PipelineFigures(IReadOnlyList<StageValue> Open, int WonThisMonth, decimal WonValueThisMonth, int LostThisMonth);

/// <summary>A campaign running today: what it may spend and the revenue invoiced on its orders so far.</summary>
public sealed record RunningCampaign(int Id, string Name, string Code, decimal Budget, decimal Revenue, DateOnly EndsOn);

/// <summary>The front office's figures, each computed by the database.</summary>
public sealed class FrontDashboardService(IDbContextFactory<AppDbContext> dbFactory, AccessGuard guard, BusinessCalendar calendar)
{
    public async Task<FrontDashboard> GetAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.UseFrontOffice, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = calendar.UtcNow;
        var today = calendar.DayOf(now);
        var startOfToday = calendar.StartOf(today);
        var firstOfMonth = new DateOnly(today.Year, today.Month, 1);
        var firstDay = today.AddDays(-29);

        var ordersToday = await db.SalesOrders.CountAsync(o => o.CreatedAt >= startOfToday, cancellationToken);
        var revenue = await db.SalesOrders
            .Where(o => o.Status == OrderStatus.Invoiced && o.InvoiceDate >= firstOfMonth)
            .SumAsync(o => o.NetTotal, cancellationToken);
        var open = await db.Complaints.CountAsync(Complaint.Pending, cancellationToken);
        var breaches = await db.Complaints.CountAsync(Complaint.BreachedAt(now), cancellationToken);
        var perDay = await db.SalesOrders
            .Where(o => o.Status == OrderStatus.Invoiced && o.InvoiceDate >= firstDay)
            .GroupBy(o => o.InvoiceDate!.Value)
            .Select(g => new { Day = g.Key, Net = g.Sum(o => o.NetTotal) })
            .ToDictionaryAsync(d => d.Day, d => d.Net, cancellationToken);

        var days = Enumerable.Range(0, 30).Select(i => firstDay.AddDays(i))
            .Select(day => new RevenueDay(day, perDay.GetValueOrDefault(day))).ToList();
        return new FrontDashboard(ordersToday, revenue, open, breaches, days);
    }

    public async Task<PipelineFigures> PipelineAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ReadPipeline, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var today = calendar.Today;
        var monthStart = calendar.StartOf(new DateOnly(today.Year, today.Month, 1));
        var open = new[] { PipelineStage.Qualification, PipelineStage.Proposal, PipelineStage.Negotiation };
        var byStage = await db.Opportunities.Where(o => open.Contains(o.Stage)).GroupBy(o => o.Stage)
            .Select(g => new { Stage = g.Key, Count = g.Count(), Value = g.Sum(o => o.ExpectedValue) })
            .ToDictionaryAsync(g => g.Stage, cancellationToken);
        var closed = await db.Opportunities.Where(o => o.ClosedAt >= monthStart).GroupBy(o => o.Stage)
            .Select(g => new { Stage = g.Key, Count = g.Count(), Value = g.Sum(o => o.ExpectedValue) })
            .ToDictionaryAsync(g => g.Stage, cancellationToken);
        var won = closed.GetValueOrDefault(PipelineStage.Won);
        return new PipelineFigures(
            open.Select(stage => byStage.TryGetValue(stage, out var v) ? new StageValue(stage, v.Count, v.Value) : new StageValue(stage, 0, 0m)).ToList(),
            won?.Count ?? 0, won?.Value ?? 0m, closed.GetValueOrDefault(PipelineStage.Lost)?.Count ?? 0);
    }

    public async Task<IReadOnlyList<RunningCampaign>> RunningCampaignsAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageCampaigns, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var today = calendar.Today;
        var running = await db.Campaigns.Where(c => c.StartsOn <= today && c.EndsOn >= today).OrderBy(c => c.EndsOn)
            .Select(c => new { c.Id, c.Name, c.Code, c.Budget, c.EndsOn }).ToListAsync(cancellationToken);
        var ids = running.Select(c => c.Id).ToList();
        var revenue = await db.SalesOrders.Where(o => o.CampaignId != null && ids.Contains(o.CampaignId.Value) && o.Status == OrderStatus.Invoiced)
            .GroupBy(o => o.CampaignId!.Value).Select(g => new { Id = g.Key, Net = g.Sum(o => o.NetTotal) })
            .ToDictionaryAsync(g => g.Id, g => g.Net, cancellationToken);
        return running.Select(c => new RunningCampaign(c.Id, c.Name, c.Code, c.Budget, revenue.GetValueOrDefault(c.Id), c.EndsOn)).ToList();
    }
}
