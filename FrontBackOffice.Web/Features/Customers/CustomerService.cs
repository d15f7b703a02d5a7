using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Complaints;
using FrontBackOffice.Domain.Customers;
using FrontBackOffice.Domain.Marketing;
using FrontBackOffice.Domain.Orders;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Security;
using FrontBackOffice.Web.Shared.Submissions;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Features.Customers;

public sealed record CustomerRow(int Id, string Name, string TaxNumber, string? Email, string? Phone);

public sealed record CustomerDetail(
    int Id, string Name, string TaxNumber, string? Email, string? Phone, string? BillingAddress, string? DeliveryAddress,
    string? Notes, DateTime CreatedAt, long Version)
{
    public CustomerDetails ToDetails() => new(Name, TaxNumber, Email, Phone, BillingAddress, DeliveryAddress, Notes);
}

public sealed record CustomerOrderRow(int Id, string Number, DateTime CreatedAt, OrderStatus Status, decimal GrossTotal);

/// <summary>A customer's segment as the last segmentation scored it (null before their first order), and each change of it, latest first.</summary>
public sealed record CustomerSegmentView(
    Segment? Segment, int Recency, int Frequency, int Monetary, int? DaysSinceLast, int Orders, decimal Net, DateOnly? ScoredOn,
    IReadOnlyList<SegmentHistoryRow> History);

public sealed record SegmentHistoryRow(DateOnly On, Segment? From, Segment To);

public sealed record CustomerComplaintRow(int Id, string Number, DateTime OpenedAt, string Subject, ComplaintStatus Status, string Team);

public sealed record CustomerChoice(int Id, string Name, string TaxNumber)
{
    public override string ToString() => $"{Name} ({TaxNumber})";
}

public sealed class CustomerService(IDbContextFactory<AppDbContext> dbFactory, AccessGuard guard, TimeProvider clock, Submissions submissions)
{
    private static readonly SortMap<Customer> Sorts = new SortMap<Customer>(nameof(CustomerRow.Name), false).ThenBy(c => c.Id)
        .Add(nameof(CustomerRow.Name), c => c.Name)
        .Add(nameof(CustomerRow.TaxNumber), c => c.TaxNumber)
        .Add(nameof(CustomerRow.Email), c => c.Email)
        .Add(nameof(CustomerRow.Phone), c => c.Phone);

    private static readonly SortMap<SalesOrder> OrderSorts = new SortMap<SalesOrder>(nameof(CustomerOrderRow.CreatedAt), true).ThenBy(o => o.Id)
        .Add(nameof(CustomerOrderRow.CreatedAt), o => o.CreatedAt)
        .Add(nameof(CustomerOrderRow.Status), o => o.Status)
        .Add(nameof(CustomerOrderRow.GrossTotal), o => o.GrossTotal);

    public async Task<PageResult<CustomerRow>> SearchAsync(PageRequest request, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ReadCustomers, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Customers.AsNoTracking();
        if (request.Term is { } term)
        {
            query = query.Matching(db, term);
        }
        return await query.ToPageAsync(request, Sorts, c => new CustomerRow(c.Id, c.Name, c.TaxNumber, c.Email, c.Phone), cancellationToken);
    }

    /// <summary>The first customers whose name, tax number or e-mail matches, for the pickers of order and complaint forms.</summary>
    public async Task<IReadOnlyList<CustomerChoice>> ChoicesAsync(string? search, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ReadCustomers, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var customers = db.Customers.AsNoTracking();
        if (new PageRequest(Search: search).Term is { } term)
        {
            customers = customers.Matching(db, term);
        }
        return await customers
            .OrderBy(c => c.Name)
            .Take(20)
            .Select(c => new CustomerChoice(c.Id, c.Name, c.TaxNumber))
            .ToListAsync(cancellationToken);
    }

    public async Task<CustomerDetail> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ReadCustomers, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Customers.AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new CustomerDetail(c.Id, c.Name, c.TaxNumber, c.Email, c.Phone, c.BillingAddress, c.DeliveryAddress, c.Notes, c.CreatedAt, EF.Property<long>(c, RowVersions.Name)))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"There is no customer #{id}.");
    }

    public async Task<PageResult<CustomerOrderRow>> OrdersAsync(int customerId, PageRequest request, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ReadCustomers, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.SalesOrders.AsNoTracking().Where(o => o.CustomerId == customerId)
            .ToPageAsync(request, OrderSorts, o => new CustomerOrderRow(o.Id, SalesOrder.NumberOf(o.Id), o.CreatedAt, o.Status, o.GrossTotal), cancellationToken);
    }

    /// <summary>How many changes of segment the customer page lists.</summary>
    public const int SegmentHistoryShown = 24;

    public async Task<CustomerSegmentView> SegmentAsync(int customerId, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ReadCustomers, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var history = await db.SegmentChanges.AsNoTracking().Where(c => c.CustomerId == customerId)
            .OrderByDescending(c => c.RunId).Take(SegmentHistoryShown)
            .Select(c => new SegmentHistoryRow(c.On, c.From, c.To)).ToListAsync(cancellationToken);
        var current = await db.CustomerSegments.AsNoTracking().SingleOrDefaultAsync(s => s.CustomerId == customerId, cancellationToken);
        return current is null
            ? new CustomerSegmentView(null, 0, 0, 0, null, 0, 0m, null, history)
            : new CustomerSegmentView(current.Segment, current.Recency, current.Frequency, current.Monetary, current.DaysSinceLast, current.Orders,
                current.Net, current.ScoredOn, history);
    }

    public async Task<IReadOnlyList<CustomerComplaintRow>> ComplaintsAsync(int customerId, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ReadCustomers, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Complaints.AsNoTracking().Where(c => c.CustomerId == customerId)
            .OrderByDescending(c => c.OpenedAt)
            .Take(100)
            .Select(c => new CustomerComplaintRow(c.Id, Complaint.NumberOf(c.Id), c.OpenedAt, c.Subject, c.Status, c.Team))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Adds a customer; the same <paramref name="submission"/> (the form's key) never adds a second one.</summary>
    public async Task<int> CreateAsync(CustomerDetails details, Guid? submission = null, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageCustomers, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        details.Validate().ThrowIfAny();
        return await submissions.OnceAsync(db, submission, nameof(Customer), async () =>
        {
            await RefuseTakenTaxNumberAsync(db, details, null, cancellationToken);
            var customer = new Customer(details, clock.GetUtcNow().UtcDateTime);
            db.Customers.Add(customer);
            await SaveAsync(db, cancellationToken);
            return customer.Id;
        }, cancellationToken);
    }

    public async Task UpdateAsync(int id, long version, CustomerDetails details, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageCustomers, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        details.Validate().ThrowIfAny();
        var customer = await db.Customers.SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new NotFoundException($"There is no customer #{id}.");
        await RefuseTakenTaxNumberAsync(db, details, id, cancellationToken);
        db.ExpectRowVersion(customer, version);
        customer.Update(details);
        await SaveAsync(db, cancellationToken);
    }

    private static async Task RefuseTakenTaxNumberAsync(AppDbContext db, CustomerDetails details, int? exceptId, CancellationToken cancellationToken)
    {
        var taxNumber = Contacts.NormalizeTaxNumber(details.TaxNumber);
        var holder = await db.Customers.AsNoTracking()
            .Where(c => c.TaxNumber == taxNumber && c.Id != exceptId)
            .Select(c => c.Name)
            .FirstOrDefaultAsync(cancellationToken);
        if (holder is not null)
        {
            throw TaxNumberTaken(holder);
        }
    }

    private static async Task SaveAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException(
                "Someone else changed this customer since you opened it. Close the form and open it again to see their changes.");
        }
        catch (DbUpdateException e) when (e.IsUniqueViolationOf(nameof(Customer.TaxNumber)))
        {
            throw TaxNumberTaken("another customer");
        }
    }

    private static InvalidInputException TaxNumberTaken(string holder) =>
        new(new ValidationErrors().Add(nameof(CustomerDetails.TaxNumber), Contacts.TaxNumberTakenBy(holder)));
}
