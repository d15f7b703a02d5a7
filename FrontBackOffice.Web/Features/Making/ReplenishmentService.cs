using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Making;
using FrontBackOffice.Domain.Purchasing;
using FrontBackOffice.Web.Company;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Features.Making;

public sealed record ProposalRow(
    int Id, ProposalKind Kind, int ProductId, string Sku, string Name, int Quantity, int? SupplierId, string? Supplier,
    int ReorderLevel, int Available, int Incoming, int Demand, DateTime ProposedAt, ProposalStatus Status, string? DocumentNumber)
{
    public int Projected => Available + Incoming - Demand;
}

/// <summary>The open purchase proposals of one supplier (or of none known yet): accepting them drafts one order.</summary>
public sealed record SupplierProposals(int? SupplierId, string? Supplier, int Proposals);

public sealed record SupplierChoice(int Id, string Name);

public sealed record ProposalFilter(ProposalKind? Kind = null, ProposalStatus Status = ProposalStatus.Open, int? SupplierId = null, bool NoSupplier = false);

/// <summary>
/// What the replenishment planning proposes, and accepting it: a proposal to make drafts a work order, the proposals to
/// buy from one supplier draft one purchase order (several past its line limit). The draft and the acceptance are saved
/// together, and a proposal is accepted once: two people at once, or a planning run replacing it meanwhile, leave one
/// draft and tell the other to reload.
/// </summary>
public sealed class ReplenishmentService(IDbContextFactory<AppDbContext> dbFactory, AccessGuard guard, BusinessCalendar calendar)
{
    private static readonly SortMap<ProposalJoin> Sorts = new SortMap<ProposalJoin>(nameof(ProposalRow.Sku), false).ThenBy(j => j.Proposal.Id)
        .Add(nameof(ProposalRow.Sku), j => j.Sku)
        .Add(nameof(ProposalRow.Name), j => j.Name)
        .Add(nameof(ProposalRow.Quantity), j => j.Proposal.Quantity)
        .Add(nameof(ProposalRow.Supplier), j => j.Supplier)
        .Add(nameof(ProposalRow.ProposedAt), j => j.Proposal.ProposedAt);

    public async Task<PageResult<ProposalRow>> SearchAsync(PageRequest request, ProposalFilter filter, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ReadMaking, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = from p in db.ReplenishmentProposals.AsNoTracking()
                    where p.Status == filter.Status
                    join product in db.Products on p.ProductId equals product.Id
                    select new ProposalJoin
                    {
                        Proposal = p, Sku = product.Sku, Name = product.Name,
                        Supplier = db.Suppliers.Where(s => s.Id == p.SupplierId).Select(s => s.Name).FirstOrDefault(),
                    };
        if (filter.Kind is { } kind)
        {
            query = query.Where(j => j.Proposal.Kind == kind);
        }
        if (filter.SupplierId is { } supplier)
        {
            query = query.Where(j => j.Proposal.SupplierId == supplier);
        }
        if (filter.NoSupplier)
        {
            query = query.Where(j => j.Proposal.SupplierId == null);
        }
        if (request.Term is { } term)
        {
            query = query.Where(j => j.Sku.ToLower().Contains(term) || j.Name.ToLower().Contains(term));
        }
        return await query.ToPageAsync(request, Sorts, j => new ProposalRow(j.Proposal.Id, j.Proposal.Kind, j.Proposal.ProductId, j.Sku, j.Name,
            j.Proposal.Quantity, j.Proposal.SupplierId, j.Supplier, j.Proposal.ReorderLevel, j.Proposal.Available, j.Proposal.Incoming, j.Proposal.Demand,
            j.Proposal.ProposedAt, j.Proposal.Status, j.Proposal.DocumentNumber), cancellationToken);
    }

    /// <summary>The suppliers with open purchase proposals, and how many each; the proposals of no known supplier last.</summary>
    public async Task<IReadOnlyList<SupplierProposals>> SuppliersAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ReadMaking, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var groups = await db.ReplenishmentProposals.Where(p => p.Status == ProposalStatus.Open && p.Kind == ProposalKind.Purchase)
            .GroupBy(p => p.SupplierId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var ids = groups.Where(g => g.Key != null).Select(g => g.Key!.Value).ToList();
        var names = await db.Suppliers.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        return groups.Select(g => new SupplierProposals(g.Key, g.Key is { } id ? names[id] : null, g.Count))
            .OrderBy(g => g.Supplier is null).ThenBy(g => g.Supplier).ToList();
    }

    /// <summary>Drafts the work order a proposal to make asks for, at the company's first location; returns its id.</summary>
    public async Task<int> AcceptMakeAsync(int proposalId, CancellationToken cancellationToken = default)
    {
        var actor = await guard.DemandAsync(Policies.ManageMaking, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var proposal = await OpenProposalAsync(db, proposalId, ProposalKind.Make, cancellationToken);
        var bom = await WorkOrderDrafts.ActiveBomAsync(db, proposal.ProductId, cancellationToken)
            ?? throw new DomainException("The product no longer has a bill of materials to make it by.");
        var location = await db.Locations.OrderBy(l => l.Id).Select(l => l.Id).FirstAsync(cancellationToken);
        var order = await WorkOrderDrafts.DraftAsync(db, new WorkOrderInput(proposal.ProductId, location, proposal.Quantity), bom, actor.Name, calendar, cancellationToken);
        proposal.Accept(order.Number, actor.Name, order.CreatedAt);
        await SaveAsync(db, cancellationToken);
        return order.Id;
    }

    /// <summary>The suppliers an order can go to, for purchase proposals of no known supplier.</summary>
    public async Task<IReadOnlyList<SupplierChoice>> SupplierChoicesAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManagePurchasing, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Suppliers.AsNoTracking().OrderBy(s => s.Name).Select(s => new SupplierChoice(s.Id, s.Name)).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Drafts a purchase order to <paramref name="supplierId"/> for the open purchase proposals last bought from
    /// <paramref name="proposedSupplierId"/> (null: those of no known supplier), several orders past an order's line limit,
    /// at the last price paid for each product, else its unit cost. Returns the numbers drafted.
    /// </summary>
    public async Task<IReadOnlyList<string>> AcceptPurchasesAsync(int? proposedSupplierId, int supplierId, CancellationToken cancellationToken = default)
    {
        var actor = await guard.DemandAsync(Policies.ManageMaking, cancellationToken);
        await guard.DemandAsync(Policies.ManagePurchasing, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Suppliers.AnyAsync(s => s.Id == supplierId, cancellationToken))
        {
            throw new InvalidInputException(new ValidationErrors().Add(nameof(ProposalRow.SupplierId), "Choose the supplier to order from."));
        }
        var proposals = await db.ReplenishmentProposals
            .Where(p => p.Status == ProposalStatus.Open && p.Kind == ProposalKind.Purchase && p.SupplierId == proposedSupplierId)
            .OrderBy(p => p.Id).ToListAsync(cancellationToken);
        if (proposals.Count == 0)
        {
            throw new ConcurrencyConflictException("These proposals were accepted or replaced by a new planning run meanwhile. Reload to see what is open.");
        }
        var productIds = proposals.Select(p => p.ProductId).ToList();
        var prices = await db.Products.Where(p => productIds.Contains(p.Id))
            .Select(p => new
            {
                p.Id,
                Price = db.PurchaseOrderLines.Where(l => l.ProductId == p.Id).OrderByDescending(l => l.Id).Select(l => (decimal?)l.UnitPrice).FirstOrDefault() ?? p.UnitCost,
            })
            .ToDictionaryAsync(p => p.Id, p => p.Price, cancellationToken);
        var now = calendar.UtcNow;
        var location = await db.Locations.OrderBy(l => l.Id).Select(l => l.Id).FirstAsync(cancellationToken);
        var sequence = await db.PurchaseOrderSequences.OfYearAsync(calendar.DayOf(now).Year, year => new PurchaseOrderSequence(year), cancellationToken);
        var numbers = new List<string>();
        foreach (var part in proposals.Chunk(PurchaseOrderInput.MaxLines))
        {
            var order = new PurchaseOrder(sequence.Next(), new PurchaseOrderInput(supplierId, location,
                part.Select(p => new PurchaseLineInput(p.ProductId, p.Quantity, prices[p.ProductId])).ToList()), actor.Name, now);
            db.PurchaseOrders.Add(order);
            foreach (var proposal in part)
            {
                proposal.Accept(order.Number, actor.Name, now);
            }
            numbers.Add(order.Number);
        }
        await SaveAsync(db, cancellationToken);
        return numbers;
    }

    private static async Task<ReplenishmentProposal> OpenProposalAsync(AppDbContext db, int id, ProposalKind kind, CancellationToken cancellationToken)
    {
        var proposal = await db.ReplenishmentProposals.SingleOrDefaultAsync(p => p.Id == id && p.Kind == kind, cancellationToken)
            ?? throw new ConcurrencyConflictException("This proposal was replaced by a new planning run meanwhile. Reload and try again.");
        return proposal;
    }

    /// <summary>A proposal accepted or removed meanwhile, or a document number taken first, saves nothing.</summary>
    private static async Task SaveAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || e.IsUniqueViolation())
        {
            throw new ConcurrencyConflictException("Someone accepted this proposal, or the planning ran again, at the same moment; nothing was saved. Reload and try again.");
        }
    }

    private sealed class ProposalJoin
    {
        public required ReplenishmentProposal Proposal { get; init; }
        public required string Sku { get; init; }
        public required string Name { get; init; }
        public string? Supplier { get; init; }
    }
}
