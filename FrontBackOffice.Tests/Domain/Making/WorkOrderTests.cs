using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Making;
using FrontBackOffice.Domain.Orders;
using FrontBackOffice.Domain.Stock;

namespace FrontBackOffice.Tests.Domain.Making;

/// <summary>Ten desks from the desk's bill of materials: a top, four legs and sixteen screws with 10 % scrap.</summary>
public class WorkOrderTests
{
    private static readonly DateTime Now = new(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now);
    private const int Desk = 1, Top = 2, Leg = 3, Screw = 4;

    private static WorkOrder TenDesks() => new("WO-2026-00001", new WorkOrderInput(Desk, 1, 10),
        BillOfMaterialsTests.Bom(Desk, new(Top, 1), new(Leg, 4), new(Screw, 16, 10)), "Wes", Now);

    private static StockAvailability[] Stock(int tops, int legs, int screws) =>
        [new(Top, "TOP", "Desk top", tops), new(Leg, "LEG", "Desk leg", legs), new(Screw, "SCR", "Screw", screws)];

    /// <summary>Every component at a cost of its own: a top 40.00, a leg 12.50, a screw 0.05.</summary>
    private static StockValuation Issue(WorkOrderComponent component, int units) =>
        new(0, Money.Round(units * component.ComponentId switch { Top => 40m, Leg => 12.5m, _ => 0.05m }));

    [Fact]
    public void ANewWorkOrder_NeedsTheComponentsOfItsQuantity_ByTheVersionItKeeps()
    {
        var order = TenDesks();

        // 10 tops, 40 legs, ⌈10 × 16 × 1.10⌉ = 176 screws
        Assert.Equal([10, 40, 176], order.Components.Select(c => c.Required));
        Assert.Equal((WorkOrderStatus.Draft, 1), (order.Status, order.BomVersion));
    }

    [Fact]
    public void Release_IsAllOrNothing_AndNamesEachShortComponent()
    {
        var order = TenDesks();

        var refused = Assert.Throws<DomainException>(() => order.Release(Stock(tops: 10, legs: 39, screws: 100), Now));
        order.Release(Stock(tops: 10, legs: 40, screws: 176), Now);

        Assert.Equal("Not enough components to release: Desk leg (LEG): 40 needed, 39 available; Screw (SCR): 176 needed, 100 available.", refused.Message);
        Assert.Equal((WorkOrderStatus.Released, true), (order.Status, order.HoldsComponents));
    }

    [Fact]
    public void CompletingTheWholeQuantity_ConsumesEveryComponent_AndTheUnitsMadeCarryMaterialsAndLabour()
    {
        var order = TenDesks();
        order.Release(Stock(10, 40, 176), Now);
        order.Start(Now);

        var value = order.Complete(10, 0, Issue, labourPerUnit: 15m, Now, Today);

        // 10 × 40.00 + 40 × 12.50 + 176 × 0.05 = 908.80 of materials, 150.00 of labour
        Assert.Equal([10, 40, 176], order.Components.Select(c => c.Consumed));
        Assert.Equal((908.80m, 150m, 1058.80m, 0m), (order.MaterialValue, order.LabourValue, value, order.Variance));
        Assert.Equal(WorkOrderStatus.Done, order.Status);
    }

    [Fact]
    public void FinishingShort_WithScrap_ConsumesTheUnitsAttempted_AndTheScrapsShareIsTheVariance()
    {
        var order = TenDesks();
        order.Release(Stock(10, 40, 176), Now);

        var value = order.Complete(6, 1, Issue, labourPerUnit: 15m, Now, Today);

        // 7 of 10 attempted: 7 tops, 28 legs, ⌈176 × 0.7⌉ = 124 screws = 280.00 + 350.00 + 6.20 = 636.20; labour 105.00.
        // The 6 made carry 6/7 of 741.20 = 635.31; the scrapped one 105.89.
        Assert.Equal([7, 28, 124], order.Components.Select(c => c.Consumed));
        Assert.Equal((636.20m, 105m, 635.31m, 105.89m), (order.MaterialValue, order.LabourValue, value, order.Variance));
        Assert.Equal((6, 1), (order.Produced, order.Scrapped));
    }

    [Fact]
    public void Completion_RefusesMoreThanTheQuantity_OrNothing_NextToTheField()
    {
        var order = TenDesks();
        order.Release(Stock(10, 40, 176), Now);

        var more = Assert.Throws<InvalidInputException>(() => order.Complete(9, 2, Issue, 0, Now, Today));
        var none = Assert.Throws<InvalidInputException>(() => order.Complete(0, 0, Issue, 0, Now, Today));

        Assert.Equal("At most 10 units were to be made.", more.Errors.For(nameof(WorkOrder.Produced)));
        Assert.Equal("Enter the units made or scrapped.", none.Errors.For(nameof(WorkOrder.Produced)));
        Assert.Equal(WorkOrderStatus.Released, order.Status);
    }

    [Fact]
    public void AWorkOrder_IsCancelledOnlyBeforeItIsDone_AndIsMadeOnlyByTheActiveVersion()
    {
        var done = TenDesks();
        done.Release(Stock(10, 40, 176), Now);
        done.Complete(10, 0, Issue, 0, Now, Today);
        var draft = TenDesks();
        draft.Cancel(Now);
        var old = BillOfMaterialsTests.Bom(Desk, new BomLineInput(Top, 1));
        old.ReplacedBy(new BillOfMaterials(new BomInput(Desk, [new(Top, 1), new(Leg, 4)]), 2, "Wes", Now));

        Assert.Throws<DomainException>(() => done.Cancel(Now));
        Assert.Equal((WorkOrderStatus.Cancelled, false), (draft.Status, draft.HoldsComponents));
        Assert.Throws<DomainException>(() => new WorkOrder("WO-2026-00002", new WorkOrderInput(Desk, 1, 1), old, "Wes", Now));
    }
}
