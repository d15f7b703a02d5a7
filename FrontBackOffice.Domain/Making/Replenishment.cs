using FrontBackOffice.Domain.Stock;

namespace FrontBackOffice.Domain.Making;

/// <summary>
/// A product as planning sees it: how it is sourced, the stock it should not fall below, what is free on hand (on hand
/// less reserved: confirmed orders and released work orders reserve what they take), what is coming (open purchase
/// orders and work orders) and the demand no reservation covers yet.
/// </summary>
public sealed record PlanningItem(int ProductId, ProductSourcing Sourcing, int ReorderLevel, int Available, int Incoming, int Demand);

public enum ProposalKind
{
    Purchase,
    Make,
}

/// <summary>What planning proposes for a product: to buy or to make this many units.</summary>
public sealed record Proposal(int ProductId, ProposalKind Kind, int Quantity);

/// <summary>
/// Plans what to buy and make, level by level of the bills of materials (<see cref="BomStructure.LowLevelCodes"/>), so a
/// sub-assembly is planned, and its own needs passed down, before its components. For each product the projected stock
/// is available + incoming − demand − what the proposals above it need of it; below the reorder level, it proposes the
/// units that bring it back there: made when the product is made (or both and has a bill of materials), bought
/// otherwise. Making <c>n</c> units needs each component's <see cref="BomLine.NeededFor"/> <c>n</c>, scrap included.
/// Products are given in chunks, lowest low-level code first; only the demand passed down is kept between chunks.
/// </summary>
public sealed class ReplenishmentPlanner(BomStructure boms)
{
    private readonly IReadOnlyDictionary<int, int> codes = boms.LowLevelCodes();
    private readonly Dictionary<int, int> passedDown = [];
    private int level;

    /// <summary>The low-level code of every product in a bill of materials; any other product is on level 0.</summary>
    public IReadOnlyDictionary<int, int> LowLevelCodes => codes;

    public int LevelOf(int productId) => codes.GetValueOrDefault(productId);

    /// <summary>What the proposals made so far need of the product.</summary>
    public int DemandPassedDownTo(int productId) => passedDown.GetValueOrDefault(productId);

    public IReadOnlyList<Proposal> Plan(IEnumerable<PlanningItem> chunk)
    {
        var proposals = new List<Proposal>();
        foreach (var item in chunk)
        {
            var itemLevel = LevelOf(item.ProductId);
            if (itemLevel < level)
            {
                throw new DomainException($"Product #{item.ProductId} (level {itemLevel}) came after level {level}: plan the levels in order.");
            }
            level = itemLevel;
            var projected = item.Available + item.Incoming - item.Demand - DemandPassedDownTo(item.ProductId);
            if (projected >= item.ReorderLevel)
            {
                continue;
            }
            var quantity = item.ReorderLevel - projected;
            var components = boms.ComponentsOf(item.ProductId);
            var make = item.Sourcing == ProductSourcing.Made || (item.Sourcing == ProductSourcing.BoughtAndMade && components.Count > 0);
            proposals.Add(new Proposal(item.ProductId, make ? ProposalKind.Make : ProposalKind.Purchase, quantity));
            if (make)
            {
                foreach (var line in components)
                {
                    passedDown[line.ComponentId] = DemandPassedDownTo(line.ComponentId) + line.NeededFor(quantity);
                }
            }
        }
        return proposals;
    }
}

public enum ProposalStatus
{
    Open,
    Accepted,
}

/// <summary>
/// A proposal of a planning run, kept with the figures it was made from, waiting for a person: accepting it drafts the
/// purchase order or work order it proposes (and records which). The next run replaces the proposals still open; an
/// accepted one stays, and its draft counts as incoming from then on.
/// </summary>
public sealed class ReplenishmentProposal
{
    private ReplenishmentProposal()
    {
    }

    public ReplenishmentProposal(long runId, Proposal proposal, PlanningItem item, int passedDown, int? supplierId, DateTime proposedAt)
    {
        RunId = runId;
        ProductId = proposal.ProductId;
        Kind = proposal.Kind;
        Quantity = proposal.Quantity;
        SupplierId = proposal.Kind == ProposalKind.Purchase ? supplierId : null;
        ReorderLevel = item.ReorderLevel;
        Available = item.Available;
        Incoming = item.Incoming;
        Demand = item.Demand + passedDown;
        ProposedAt = proposedAt;
    }

    public int Id { get; private set; }
    public long RunId { get; private set; }
    public int ProductId { get; private set; }
    public ProposalKind Kind { get; private set; }
    public int Quantity { get; private set; }

    /// <summary>Who the product was last bought from, for a purchase: proposals to one supplier become one order.</summary>
    public int? SupplierId { get; private set; }

    public int ReorderLevel { get; private set; }
    public int Available { get; private set; }
    public int Incoming { get; private set; }

    /// <summary>The demand no reservation covers, with what the proposals above it in the bills of materials need of it.</summary>
    public int Demand { get; private set; }

    public int Projected => Available + Incoming - Demand;

    public DateTime ProposedAt { get; private set; }
    public ProposalStatus Status { get; private set; }
    public string? AcceptedBy { get; private set; }
    public DateTime? AcceptedAt { get; private set; }

    /// <summary>The number of the purchase order or work order accepting it drafted.</summary>
    public string? DocumentNumber { get; private set; }

    public void Accept(string documentNumber, string by, DateTime at)
    {
        if (Status != ProposalStatus.Open)
        {
            throw new DomainException($"This proposal was already accepted as {DocumentNumber}.");
        }
        (Status, DocumentNumber, AcceptedBy, AcceptedAt) = (ProposalStatus.Accepted, documentNumber, by, at);
    }
}
