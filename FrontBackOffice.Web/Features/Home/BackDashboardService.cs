using FrontBackOffice.Domain.Complaints;
using FrontBackOffice.Domain.Purchasing;
using FrontBackOffice.Web.Company;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Jobs;
using FrontBackOffice.Web.Security;
using FrontBackOffice.Web.Shared.Ledger;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Features.Home;

public sealed record LastClose(DateOnly Day, string ClosedBy, DateTime ClosedAt);

/// <summary>Purchase orders waiting for goods, and how many units they still expect.</summary>
public sealed record OpenPurchases(int Orders, int UnitsExpected);

/// <summary>Supplier bills falling due in the coming week, and what they add up to.</summary>
public sealed record BillsDue(int Bills, decimal Gross);

/// <param name="Purchases">For those who buy.</param>
/// <param name="BillsDue">For those who record the bills.</param>
/// <param name="Books">The books check, for those who keep the ledger.</param>
public sealed record BackDashboard(
    decimal StockValue, int LowStock, int TeamComplaints, int TeamSlaBreaches, LastClose? LastClose, IReadOnlyList<JobSchedule> NextJobs,
    OpenPurchases? Purchases, BillsDue? BillsDue, BooksCheckReport? Books);

/// <summary>The back office's figures, each computed by the database.</summary>
public sealed class BackDashboardService(IDbContextFactory<AppDbContext> dbFactory, AccessGuard guard, JobSchedules schedules, BusinessCalendar calendar)
{
    public async Task<BackDashboard> GetAsync(CancellationToken cancellationToken = default)
    {
        var actor = await guard.DemandAsync(Policies.UseBackOffice, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stockValue = await BooksCheck.StockValue(db).SumAsync(cancellationToken);
        var lowStock = await (from l in db.StockLevels join p in db.Products on l.ProductId equals p.Id where l.OnHand - l.Reserved < p.ReorderLevel select l)
            .CountAsync(cancellationToken);
        var inbox = db.Complaints.Where(Complaint.InInboxOf(actor.Roles, actor.Holds(Policies.AnswerForEveryTeam)));
        var waiting = await inbox.CountAsync(c => c.Status == ComplaintStatus.Escalated, cancellationToken);
        var breached = await inbox.CountAsync(Complaint.BreachedAt(calendar.UtcNow), cancellationToken);
        var lastClose = await db.ClosedDays.OrderByDescending(d => d.Date).Select(d => new LastClose(d.Date, d.ClosedBy, d.ClosedAt)).FirstOrDefaultAsync(cancellationToken);
        var books = actor.Holds(Policies.ManageLedger) ? await BooksCheck.RunAsync(db, cancellationToken) : null;
        return new BackDashboard(Domain.Money.Round(stockValue), lowStock, waiting, breached, lastClose,
            (await schedules.ListAsync(cancellationToken)).Where(s => s.NextRunAt is not null).OrderBy(s => s.NextRunAt).ToList(),
            actor.Holds(Policies.ManagePurchasing) ? await OpenPurchasesAsync(db, cancellationToken) : null,
            actor.Holds(Policies.ManagePayables) ? await BillsDueAsync(db, calendar.Today, cancellationToken) : null,
            books);
    }

    private static async Task<OpenPurchases> OpenPurchasesAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var open = db.PurchaseOrders.Where(o => o.Status == PurchaseOrderStatus.Ordered || o.Status == PurchaseOrderStatus.PartiallyReceived);
        var expected = await (from o in open from l in o.Lines where l.Received < l.Quantity select l.Quantity - l.Received).SumAsync(cancellationToken);
        return new OpenPurchases(await open.CountAsync(cancellationToken), expected);
    }

    private static async Task<BillsDue> BillsDueAsync(AppDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var due = db.SupplierBills.Where(b => b.DueDate >= today && b.DueDate <= today.AddDays(7));
        return new BillsDue(await due.CountAsync(cancellationToken), await due.SumAsync(b => b.Gross, cancellationToken));
    }
}
