using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Complaints;
using FrontBackOffice.Domain.Orders;
using FrontBackOffice.Web.Company;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Security;
using FrontBackOffice.Web.Shared.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontBackOffice.Web.Features.Complaints;

/// <summary>A complaint in a list: <see cref="TimeLeft"/> counts down to its due time while it is pending.</summary>
public sealed record ComplaintRow(
    int Id, string Number, string CustomerName, string Subject, ComplaintCategory Category, string Team, ComplaintPriority Priority,
    ComplaintStatus Status, DateTime OpenedAt, DateTime DueAt, bool Breached, TimeSpan? TimeLeft, string? AssignedToName);

/// <summary>An entry of a complaint's timeline: <see cref="Said"/> where the app worded it, else <see cref="Text"/> as a user wrote it.</summary>
public sealed record ComplaintEventRow(ComplaintEventKind Kind, string ActorName, DateTime At, string Text, string? TextFormat = null, string? TextValues = null)
{
    public UserMessage? Said => UserMessage.Read(TextFormat, TextValues);
}

/// <summary>A complaint as its pages show it, with the steps its state allows (as the domain decides them).</summary>
public sealed record ComplaintDetail(
    int Id, string Number, int CustomerId, string CustomerName, int? OrderId, string? OrderNumber, int? ProductId, string? Product, ComplaintCategory Category,
    string Team, ComplaintPriority Priority, string Subject, string Text, ComplaintStatus Status, DateTime OpenedAt, string OpenedBy,
    DateTime DueAt, bool Breached, TimeSpan? TimeLeft, bool ClockPaused, string? AssignedToName, string? Answer, IReadOnlyList<ComplaintEventRow> Timeline,
    bool CanEscalate, bool CanAssign, bool CanAnswer, bool CanResolve, bool CanReopen, bool CanClose);

public sealed record ComplaintProduct(int Id, string Sku, string Name)
{
    public override string ToString() => $"{Sku} · {Name}";
}

public sealed record OrderChoice(int Id, string Number, DateTime CreatedAt, OrderStatus Status);

/// <summary>The filters of a complaint list.</summary>
public sealed record ComplaintFilter(ComplaintStatus? Status = null, bool BreachedOnly = false, bool PendingOnly = false);

/// <summary>
/// The complaint loop: the front office opens, escalates, resolves and closes; the team the category routes to
/// answers from its inbox. Every change lands in the complaint's timeline.
/// </summary>
public sealed class ComplaintService(
    IDbContextFactory<AppDbContext> dbFactory, AccessGuard guard, BusinessCalendar calendar, IOptions<ComplaintsOptions> options, Submissions submissions)
{
    private static readonly SortMap<ComplaintJoin> Sorts = new SortMap<ComplaintJoin>(nameof(ComplaintRow.OpenedAt), true).ThenBy(c => c.Complaint.Id)
        .Add(nameof(ComplaintRow.Number), c => c.Complaint.Id)
        .Add(nameof(ComplaintRow.CustomerName), c => c.CustomerName)
        .Add(nameof(ComplaintRow.Subject), c => c.Complaint.Subject)
        .Add(nameof(ComplaintRow.Category), c => c.Complaint.Category)
        .Add(nameof(ComplaintRow.Team), c => c.Complaint.Team)
        .Add(nameof(ComplaintRow.Priority), c => c.Complaint.Priority)
        .Add(nameof(ComplaintRow.Status), c => c.Complaint.Status)
        .Add(nameof(ComplaintRow.OpenedAt), c => c.Complaint.OpenedAt)
        .Add(nameof(ComplaintRow.DueAt), c => c.Complaint.DueAt);

    /// <summary>The front office's list of every complaint.</summary>
    public async Task<PageResult<ComplaintRow>> ListAsync(PageRequest request, ComplaintFilter filter, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageComplaints, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await PageAsync(db, db.Complaints, request, filter, cancellationToken);
    }

    /// <summary>The back office's inbox: the complaints routed to one of the user's teams (all of them for Admin).</summary>
    public async Task<PageResult<ComplaintRow>> InboxAsync(PageRequest request, ComplaintFilter filter, CancellationToken cancellationToken = default)
    {
        var actor = await guard.DemandAsync(Policies.AnswerComplaints, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await PageAsync(db, RoutedTo(actor, db.Complaints), request, filter, cancellationToken);
    }

    public async Task<ComplaintDetail> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageComplaints, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await DetailAsync(db, db.Complaints, id, cancellationToken);
    }

    public async Task<ComplaintDetail> GetFromInboxAsync(int id, CancellationToken cancellationToken = default)
    {
        var actor = await guard.DemandAsync(Policies.AnswerComplaints, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await DetailAsync(db, RoutedTo(actor, db.Complaints), id, cancellationToken);
    }

    /// <summary>The customer's orders, newest first, to attach one to a complaint.</summary>
    public async Task<IReadOnlyList<OrderChoice>> OrdersOfCustomerAsync(int customerId, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageComplaints, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var orders = await db.SalesOrders.AsNoTracking().Where(o => o.CustomerId == customerId)
            .OrderByDescending(o => o.CreatedAt).Take(50)
            .Select(o => new { o.Id, o.CreatedAt, o.Status }).ToListAsync(cancellationToken);
        return orders.Select(o => new OrderChoice(o.Id, SalesOrder.NumberOf(o.Id), o.CreatedAt, o.Status)).ToList();
    }

    /// <summary>Products by SKU or name, to name the one a product-quality complaint is about.</summary>
    public async Task<IReadOnlyList<ComplaintProduct>> ProductsAsync(string? search, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageComplaints, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var products = db.Products.AsNoTracking();
        if (new PageRequest(Search: search).Term is { } term)
        {
            products = products.Where(p => p.Sku.ToLower().Contains(term) || p.Name.ToLower().Contains(term));
        }
        return await products.OrderBy(p => p.Sku).Take(20).Select(p => new ComplaintProduct(p.Id, p.Sku, p.Name)).ToListAsync(cancellationToken);
    }

    /// <summary>Opens a complaint (and sends it on at once if asked); the same <paramref name="submission"/> never opens a second one.</summary>
    public async Task<int> OpenAsync(ComplaintInput input, bool escalate, Guid? submission = null, CancellationToken cancellationToken = default)
    {
        var actor = await guard.DemandAsync(Policies.ManageComplaints, cancellationToken);
        input.Validate().ThrowIfAny();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var errors = new ValidationErrors();
        if (!await db.Customers.AnyAsync(c => c.Id == input.CustomerId, cancellationToken))
        {
            errors.Add(nameof(ComplaintInput.CustomerId), "This customer does not exist.");
        }
        if (input.OrderId is { } orderId && !await db.SalesOrders.AnyAsync(o => o.Id == orderId && o.CustomerId == input.CustomerId, cancellationToken))
        {
            errors.Add(nameof(ComplaintInput.OrderId), "This order is not one of the customer's orders.");
        }
        if (input.ProductId is { } productId && !await db.Products.AnyAsync(p => p.Id == productId, cancellationToken))
        {
            errors.Add(nameof(ComplaintInput.ProductId), "This product does not exist.");
        }
        errors.ThrowIfAny();
        return await submissions.OnceAsync(db, submission, nameof(Complaint), async () =>
        {
            var now = calendar.UtcNow;
            var complaint = new Complaint(input, options.Value.Sla, For(actor), now);
            if (escalate)
            {
                complaint.Escalate(For(actor), now);
            }
            db.Complaints.Add(complaint);
            await db.SaveChangesAsync(cancellationToken);
            return complaint.Id;
        }, cancellationToken);
    }

    public Task EscalateAsync(int id, CancellationToken cancellationToken = default) =>
        FrontOfficeChangeAsync(id, (c, actor, at) => c.Escalate(actor, at), cancellationToken);

    public Task ResolveAsync(int id, string? note, CancellationToken cancellationToken = default) =>
        FrontOfficeChangeAsync(id, (c, actor, at) => c.Resolve(note, actor, at), cancellationToken);

    public Task ReopenAsync(int id, string? reason, CancellationToken cancellationToken = default) =>
        FrontOfficeChangeAsync(id, (c, actor, at) => c.Reopen(reason, actor, at), cancellationToken);

    public Task CloseAsync(int id, CancellationToken cancellationToken = default) =>
        FrontOfficeChangeAsync(id, (c, actor, at) => c.Close(actor, at), cancellationToken);

    public Task AssignToMeAsync(int id, CancellationToken cancellationToken = default) =>
        TeamChangeAsync(id, (c, actor, at) => c.AssignTo(actor, actor, at), cancellationToken);

    public Task AnswerAsync(int id, string answer, CancellationToken cancellationToken = default) =>
        TeamChangeAsync(id, (c, actor, at) => c.AnswerWith(answer, actor, at), cancellationToken);

    private async Task FrontOfficeChangeAsync(int id, Action<Complaint, ComplaintActor, DateTime> change, CancellationToken cancellationToken)
    {
        var actor = await guard.DemandAsync(Policies.ManageComplaints, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await ChangeAsync(db, db.Complaints, id, c => change(c, For(actor), calendar.UtcNow), cancellationToken);
    }

    private async Task TeamChangeAsync(int id, Action<Complaint, ComplaintActor, DateTime> change, CancellationToken cancellationToken)
    {
        var actor = await guard.DemandAsync(Policies.AnswerComplaints, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await ChangeAsync(db, RoutedTo(actor, db.Complaints), id, c => change(c, For(actor), calendar.UtcNow), cancellationToken);
    }

    private static async Task ChangeAsync(AppDbContext db, IQueryable<Complaint> visible, int id, Action<Complaint> change, CancellationToken cancellationToken)
    {
        var complaint = await visible.Include(c => c.Events).SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new NotFoundException($"There is no complaint #{id} for you.");
        change(complaint);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException("Someone else changed this complaint at the same moment. Reload it to see what they did.");
        }
    }

    private static IQueryable<Complaint> RoutedTo(Actor actor, IQueryable<Complaint> complaints) =>
        complaints.Where(Complaint.InInboxOf(actor.Roles, actor.Holds(Policies.AnswerForEveryTeam)));

    private async Task<PageResult<ComplaintRow>> PageAsync(
        AppDbContext db, IQueryable<Complaint> complaints, PageRequest request, ComplaintFilter filter, CancellationToken cancellationToken)
    {
        var now = calendar.UtcNow;
        complaints = complaints.AsNoTracking();
        if (filter.Status is { } status)
        {
            complaints = complaints.Where(c => c.Status == status);
        }
        if (filter.PendingOnly)
        {
            complaints = complaints.Where(Complaint.Pending);
        }
        if (filter.BreachedOnly)
        {
            complaints = complaints.Where(Complaint.BreachedAt(now));
        }
        var query = complaints.Join(db.Customers, c => c.CustomerId, cu => cu.Id, (c, cu) => new ComplaintJoin { Complaint = c, CustomerName = cu.Name });
        if (request.Term is { } term)
        {
            var id = request.SearchedId("C-");
            query = query.Where(c => c.Complaint.Id == id || c.CustomerName.ToLower().Contains(term) || c.Complaint.Subject.ToLower().Contains(term));
        }
        var page = await query.ToPageAsync(request, Sorts, c => new { c.Complaint, c.CustomerName }, cancellationToken);
        return new PageResult<ComplaintRow>(page.Items.Select(c => new ComplaintRow(c.Complaint.Id, c.Complaint.Number, c.CustomerName, c.Complaint.Subject,
            c.Complaint.Category, c.Complaint.Team, c.Complaint.Priority, c.Complaint.Status, c.Complaint.OpenedAt, c.Complaint.DueAt,
            c.Complaint.IsBreachedAt(now), c.Complaint.IsPending ? c.Complaint.TimeLeftAt(now) : null, c.Complaint.AssignedToName)).ToList(), page.Total);
    }

    private async Task<ComplaintDetail> DetailAsync(AppDbContext db, IQueryable<Complaint> visible, int id, CancellationToken cancellationToken)
    {
        var complaint = await visible.AsNoTracking().Include(c => c.Events).SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new NotFoundException($"There is no complaint #{id} for you.");
        var customer = await db.Customers.Where(c => c.Id == complaint.CustomerId).Select(c => c.Name).SingleAsync(cancellationToken);
        var product = await db.Products.Where(p => p.Id == complaint.ProductId).Select(p => p.Sku + " · " + p.Name).SingleOrDefaultAsync(cancellationToken);
        var now = calendar.UtcNow;
        return new ComplaintDetail(complaint.Id, complaint.Number, complaint.CustomerId, customer, complaint.OrderId,
            complaint.OrderId is { } orderId ? SalesOrder.NumberOf(orderId) : null, complaint.ProductId, product, complaint.Category, complaint.Team, complaint.Priority,
            complaint.Subject, complaint.Text, complaint.Status, complaint.OpenedAt, complaint.OpenedBy, complaint.DueAt,
            complaint.IsBreachedAt(now), complaint.IsPending ? complaint.TimeLeftAt(now) : null, complaint.PausedSince is not null,
            complaint.AssignedToName, complaint.Answer,
            complaint.Events.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new ComplaintEventRow(e.Kind, e.ActorName, e.At, e.Text, e.TextFormat, e.TextValues)).ToList(),
            complaint.CanEscalate, complaint.CanAssign && complaint.AssignedToId is null, complaint.CanAnswer, complaint.CanResolve,
            complaint.CanReopen, complaint.CanClose);
    }

    private static ComplaintActor For(Actor actor) => new(actor.UserId, actor.Name);

    private sealed class ComplaintJoin
    {
        public required Complaint Complaint { get; init; }
        public required string CustomerName { get; init; }
    }
}
