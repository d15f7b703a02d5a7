using System.Linq.Expressions;
using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Purchasing;
using FrontBackOffice.Web.Company;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Security;
using FrontBackOffice.Web.Shared.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontBackOffice.Web.Features.Purchasing;

public sealed record BillRow(
    int Id, int SupplierId, string Supplier, int PurchaseOrderId, string PurchaseOrder, string SupplierReference, DateOnly BillDate, DateOnly DueDate,
    DateOnly RecordedOn, decimal Net, decimal Vat, decimal Gross, decimal ReceivedValue)
{
    public decimal PriceVariance => Net - ReceivedValue;
}

/// <summary>Bills due from <see cref="DueFrom"/> to <see cref="DueBy"/> (either end open), of one supplier or all.</summary>
public sealed record BillFilter(int? SupplierId = null, DateOnly? DueFrom = null, DateOnly? DueBy = null);

/// <summary>The bills as lists show them, for every caller that has already asked its policy.</summary>
internal static class BillQueries
{
    public static IQueryable<BillJoin> Joined(AppDbContext db) =>
        from b in db.SupplierBills.AsNoTracking()
        join s in db.Suppliers on b.SupplierId equals s.Id
        join o in db.PurchaseOrders on b.PurchaseOrderId equals o.Id
        select new BillJoin { Bill = b, Supplier = s.Name, PurchaseOrder = o.Number };

    public static Expression<Func<BillJoin, BillRow>> Row { get; } = j => new BillRow(j.Bill.Id, j.Bill.SupplierId, j.Supplier, j.Bill.PurchaseOrderId,
        j.PurchaseOrder, j.Bill.SupplierReference, j.Bill.BillDate, j.Bill.DueDate, j.Bill.RecordedOn, j.Bill.Net, j.Bill.Vat, j.Bill.Gross, j.Bill.ReceivedValue);

    internal sealed class BillJoin
    {
        public required SupplierBill Bill { get; init; }
        public required string Supplier { get; init; }
        public required string PurchaseOrder { get; init; }
    }
}

/// <summary>
/// Supplier bills, recorded by Accounting against what a purchase order received and read by Warehouse too. A bill is
/// matched line by line (three-way: ordered, received, billed) and booked by the nightly close.
/// </summary>
public sealed class SupplierBillService(
    IDbContextFactory<AppDbContext> dbFactory, AccessGuard guard, BusinessCalendar calendar, Submissions submissions, IOptions<CompanyOptions> company)
{
    private const int Attempts = 3;

    private static readonly SortMap<BillQueries.BillJoin> Sorts = new SortMap<BillQueries.BillJoin>(nameof(BillRow.DueDate), false).ThenBy(j => j.Bill.Id)
        .Add(nameof(BillRow.DueDate), j => j.Bill.DueDate)
        .Add(nameof(BillRow.BillDate), j => j.Bill.BillDate)
        .Add(nameof(BillRow.Supplier), j => j.Supplier)
        .Add(nameof(BillRow.SupplierReference), j => j.Bill.SupplierReference)
        .Add(nameof(BillRow.Gross), j => j.Bill.Gross);

    /// <summary>The VAT rate a new bill line starts with: the company's.</summary>
    public decimal DefaultVatRate => company.Value.VatRate;

    public async Task<PageResult<BillRow>> SearchAsync(PageRequest request, BillFilter filter, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ReadPurchasing, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = BillQueries.Joined(db);
        if (filter.SupplierId is { } supplier)
        {
            query = query.Where(j => j.Bill.SupplierId == supplier);
        }
        if (filter.DueFrom is { } dueFrom)
        {
            query = query.Where(j => j.Bill.DueDate >= dueFrom);
        }
        if (filter.DueBy is { } dueBy)
        {
            query = query.Where(j => j.Bill.DueDate <= dueBy);
        }
        if (request.Term is { } term)
        {
            query = query.Where(j => j.Bill.SupplierReference.ToLower().Contains(term) || j.Supplier.ToLower().Contains(term) || j.PurchaseOrder.ToLower().Contains(term));
        }
        return await query.ToPageAsync(request, Sorts, BillQueries.Row, cancellationToken);
    }

    /// <summary>
    /// Records a supplier's bill for received units of one purchase order; the bill's due date is its date plus the
    /// supplier's payment terms. The same <paramref name="submission"/> (the form's key) never records a second bill.
    /// </summary>
    public async Task<int> RecordAsync(int purchaseOrderId, BillInput input, Guid? submission = null, CancellationToken cancellationToken = default)
    {
        var actor = await guard.DemandAsync(Policies.ManagePayables, cancellationToken);
        input.Validate(calendar.Today).ThrowIfAny();
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var order = await PurchaseOrderService.LoadAsync(db, purchaseOrderId, cancellationToken);
            var supplier = await db.Suppliers.SingleAsync(s => s.Id == order.SupplierId, cancellationToken);
            var reference = input.SupplierReference.Trim();
            if (await db.SupplierBills.AnyAsync(b => b.SupplierId == supplier.Id && b.SupplierReference == reference, cancellationToken))
            {
                throw new InvalidInputException(new ValidationErrors().Add(nameof(BillInput.SupplierReference),
                    $"Bill {reference} of {supplier.Name} is already recorded."));
            }
            try
            {
                return await submissions.OnceAsync(db, submission, nameof(SupplierBill), async () =>
                {
                    var now = calendar.UtcNow;
                    var bill = new SupplierBill(supplier, order, input, order.Bill(input.Lines), actor.Name, now, calendar.DayOf(now));
                    db.SupplierBills.Add(bill);
                    await db.SaveChangesAsync(cancellationToken);
                    return bill.Id;
                }, cancellationToken);
            }
            catch (DbUpdateException e) when (e.IsUniqueViolationOf(nameof(SupplierBill.SupplierReference)))
            {
                throw new InvalidInputException(new ValidationErrors().Add(nameof(BillInput.SupplierReference),
                    $"Bill {reference} of {supplier.Name} was recorded at the same moment."));
            }
            catch (DbUpdateException e) when (attempt < Attempts && (e is DbUpdateConcurrencyException || e.IsLostRace()))
            {
                // Goods were received or billed on the same order meanwhile: match against what is true now.
            }
            catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || e.IsLostRace())
            {
                throw new ConcurrencyConflictException($"{order.Number} kept changing while you recorded the bill; nothing was saved. Reload and try again.");
            }
        }
    }
}
