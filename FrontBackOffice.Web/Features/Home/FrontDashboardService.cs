using FrontBackOffice.Domain.Complaints;
using FrontBackOffice.Domain.Orders;
using FrontBackOffice.Web.Company;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Features.Home;

public sealed record RevenueDay(DateOnly Day, decimal Net);

public sealed record FrontDashboard(int OrdersToday, decimal RevenueThisMonth, int OpenComplaints, int SlaBreaches, IReadOnlyList<RevenueDay> RevenueLast30Days);

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
}
