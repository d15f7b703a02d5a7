using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Making;
using FrontBackOffice.Domain.Stock;

namespace FrontBackOffice.Tests.Domain.Making;

public class ReplenishmentPlannerTests
{
    private const int Desk = 1, Top = 2, Leg = 3, Screw = 4, Board = 5;

    /// <summary>
    /// The hand-worked case, three levels (see <see cref="BillOfMaterialsTests"/> for the bills):
    /// desk: reorder 10, 2 free → 2 &lt; 10: make 8; passes down top 8, legs 32, screws ⌈8 × 16 × 1.10⌉ = 141.
    /// top: 3 free + 1 in production − 8 = −4 &lt; 0: make 4; passes down boards ⌈4 × 1.05⌉ = 5, screws 4 × 8 = 32.
    /// legs: reorder 20, 30 free − 32 = −2: buy 22.
    /// boards: 1 free − 5 = −4: buy 4.
    /// screws: reorder 100, 150 free + 50 ordered − 141 − 32 = 27: buy 73.
    /// </summary>
    [Fact]
    public void ThreeLevels_ArePlannedTopDown_WithWhatEachProposalNeedsPassedDown()
    {
        var planner = new ReplenishmentPlanner(BillOfMaterialsTests.Desks());
        PlanningItem[] items =
        [
            new(Desk, ProductSourcing.Made, ReorderLevel: 10, Available: 2, Incoming: 0, Demand: 0),
            new(Top, ProductSourcing.BoughtAndMade, ReorderLevel: 0, Available: 3, Incoming: 1, Demand: 0),
            new(Leg, ProductSourcing.Bought, ReorderLevel: 20, Available: 30, Incoming: 0, Demand: 0),
            new(Board, ProductSourcing.Bought, ReorderLevel: 0, Available: 1, Incoming: 0, Demand: 0),
            new(Screw, ProductSourcing.Bought, ReorderLevel: 100, Available: 150, Incoming: 50, Demand: 0),
        ];

        var proposals = items.GroupBy(i => planner.LevelOf(i.ProductId)).OrderBy(g => g.Key).SelectMany(planner.Plan).ToList();

        Assert.Equal(
        [
            new Proposal(Desk, ProposalKind.Make, 8),
            new Proposal(Top, ProposalKind.Make, 4),
            new Proposal(Leg, ProposalKind.Purchase, 22),
            new Proposal(Board, ProposalKind.Purchase, 4),
            new Proposal(Screw, ProposalKind.Purchase, 73),
        ], proposals);
        Assert.Equal((141 + 32, 5), (planner.DemandPassedDownTo(Screw), planner.DemandPassedDownTo(Board)));
    }

    [Fact]
    public void StockAtOrAboveTheReorderLevel_ProposesNothing_AndDemandNoReservationCovers_Counts()
    {
        var planner = new ReplenishmentPlanner(new BomStructure([]));

        var proposals = planner.Plan([
            new(Leg, ProductSourcing.Bought, ReorderLevel: 20, Available: 15, Incoming: 5, Demand: 0),
            new(Screw, ProductSourcing.Bought, ReorderLevel: 20, Available: 15, Incoming: 5, Demand: 3),
        ]);

        Assert.Equal([new Proposal(Screw, ProposalKind.Purchase, 3)], proposals);
    }

    [Fact]
    public void AProductBoughtAndMade_WithoutABillOfMaterials_IsBought_AndAMadeOneWithoutIt_IsStillProposedForMaking()
    {
        var planner = new ReplenishmentPlanner(new BomStructure([]));

        var proposals = planner.Plan([
            new(Top, ProductSourcing.BoughtAndMade, ReorderLevel: 5, Available: 0, Incoming: 0, Demand: 0),
            new(Desk, ProductSourcing.Made, ReorderLevel: 5, Available: 0, Incoming: 0, Demand: 0),
        ]);

        Assert.Equal([new Proposal(Top, ProposalKind.Purchase, 5), new Proposal(Desk, ProposalKind.Make, 5)], proposals);
    }

    [Fact]
    public void AComponentGivenBeforeTheProductItGoesInto_IsRefused()
    {
        var planner = new ReplenishmentPlanner(BillOfMaterialsTests.Desks());
        planner.Plan([new(Screw, ProductSourcing.Bought, 0, 0, 0, 0)]);

        Assert.Throws<DomainException>(() => planner.Plan([new(Desk, ProductSourcing.Made, 0, 0, 0, 0)]));
    }
}
