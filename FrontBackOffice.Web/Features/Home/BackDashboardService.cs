using FrontBackOffice.Domain.Complaints;
using FrontBackOffice.Domain.Staff;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Jobs;
using FrontBackOffice.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Features.Home;

public sealed record LastClose(DateOnly Day, string ClosedBy, DateTime ClosedAt);

public sealed record BackDashboard(decimal StockValue, int LowStock, int TeamComplaints, LastClose? LastClose, IReadOnlyList<JobSchedule> NextJobs);

/// <summary>The back office's figures, each computed by the database.</summary>
public sealed class BackDashboardService(IDbContextFactory<AppDbContext> dbFactory, AccessGuard guard, JobSchedules schedules)
{
    public async Task<BackDashboard> GetAsync(CancellationToken cancellationToken = default)
    {
        var actor = await guard.DemandAsync(Policies.BackOffice, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stockValue = await (from l in db.StockLevels join p in db.Products on l.ProductId equals p.Id select l.OnHand * p.UnitCost)
            .SumAsync(cancellationToken);
        var lowStock = await (from l in db.StockLevels join p in db.Products on l.ProductId equals p.Id where l.OnHand - l.Reserved < p.ReorderLevel select l)
            .CountAsync(cancellationToken);
        var waiting = db.Complaints.Where(c => c.Status == ComplaintStatus.Escalated);
        if (!actor.IsIn(StaffRoles.Admin))
        {
            var teams = actor.Roles.ToList();
            waiting = waiting.Where(c => teams.Contains(c.Team));
        }
        var lastClose = await db.ClosedDays.OrderByDescending(d => d.Date).Select(d => new LastClose(d.Date, d.ClosedBy, d.ClosedAt)).FirstOrDefaultAsync(cancellationToken);
        return new BackDashboard(Domain.Money.Round(stockValue), lowStock, await waiting.CountAsync(cancellationToken), lastClose,
            schedules.List().Where(s => s.NextRunAt is not null).OrderBy(s => s.NextRunAt).ToList());
    }
}
