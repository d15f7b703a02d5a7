using FrontBackOffice.Domain.Complaints;
using FrontBackOffice.Web.Company;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Jobs;
using FrontBackOffice.Web.Security;
using FrontBackOffice.Web.Shared.Ledger;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Features.Home;

public sealed record LastClose(DateOnly Day, string ClosedBy, DateTime ClosedAt);

/// <param name="Books">The books check, for those who keep the ledger.</param>
public sealed record BackDashboard(
    decimal StockValue, int LowStock, int TeamComplaints, int TeamSlaBreaches, LastClose? LastClose, IReadOnlyList<JobSchedule> NextJobs,
    BooksCheckReport? Books);

/// <summary>The back office's figures, each computed by the database.</summary>
public sealed class BackDashboardService(IDbContextFactory<AppDbContext> dbFactory, AccessGuard guard, JobSchedules schedules, BusinessCalendar calendar)
{
    public async Task<BackDashboard> GetAsync(CancellationToken cancellationToken = default)
    {
        var actor = await guard.DemandAsync(Policies.UseBackOffice, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stockValue = await BooksCheck.StockAtUnitCost(db).SumAsync(cancellationToken);
        var lowStock = await (from l in db.StockLevels join p in db.Products on l.ProductId equals p.Id where l.OnHand - l.Reserved < p.ReorderLevel select l)
            .CountAsync(cancellationToken);
        var inbox = db.Complaints.Where(Complaint.InInboxOf(actor.Roles, actor.Holds(Policies.AnswerForEveryTeam)));
        var waiting = await inbox.CountAsync(c => c.Status == ComplaintStatus.Escalated, cancellationToken);
        var breached = await inbox.CountAsync(Complaint.BreachedAt(calendar.UtcNow), cancellationToken);
        var lastClose = await db.ClosedDays.OrderByDescending(d => d.Date).Select(d => new LastClose(d.Date, d.ClosedBy, d.ClosedAt)).FirstOrDefaultAsync(cancellationToken);
        var books = actor.Holds(Policies.ManageLedger) ? await BooksCheck.RunAsync(db, cancellationToken) : null;
        return new BackDashboard(Domain.Money.Round(stockValue), lowStock, waiting, breached, lastClose,
            (await schedules.ListAsync(cancellationToken)).Where(s => s.NextRunAt is not null).OrderBy(s => s.NextRunAt).ToList(), books);
    }
}
