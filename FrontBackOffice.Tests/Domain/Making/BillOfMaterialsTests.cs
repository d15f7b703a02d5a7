using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Making;

namespace FrontBackOffice.Tests.Domain.Making;

/// <summary>A desk made of a top, four legs and sixteen screws; the top is made of a board and eight screws.</summary>
public class BillOfMaterialsTests
{
    private static readonly DateTime Now = new(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);
    private const int Desk = 1, Top = 2, Leg = 3, Screw = 4, Board = 5;

    public static BillOfMaterials Bom(int product, params BomLineInput[] lines) => new(new BomInput(product, lines), 1, "Pat", Now);

    public static BomStructure Desks() => new([
        Bom(Desk, new(Top, 1), new(Leg, 4), new(Screw, 16, 10)),
        Bom(Top, new(Board, 1, 5), new(Screw, 8)),
    ]);

    [Fact]
    public void ComponentsNeeded_AreTheQuantityPerUnit_PlusScrap_RoundedUpToWholeUnits()
    {
        var desk = Bom(Desk, new(Top, 1), new(Screw, 16, 10), new(Board, 0.3333m, 2.5m));

        // 8 × 16 × 1.10 = 140.8 → 141; 8 × 0.3333 × 1.025 = 2.733… → 3
        Assert.Equal([8, 141, 3], desk.Lines.Select(l => l.NeededFor(8)));
        Assert.Equal([0, 0, 0], desk.Lines.Select(l => l.NeededFor(0)));
    }

    [Fact]
    public void InvalidComponents_AreRefused_NextToEachField()
    {
        var input = new BomInput(Desk, [new(Desk, 1), new(Leg, 0), new(Screw, 1.00001m, 100), new(Leg, 2, -1)]);

        var errors = input.Validate();

        Assert.Equal("A product cannot be a component of itself.", errors.For("Lines[0].ComponentId"));
        Assert.Equal("The quantity per unit must be more than zero.", errors.For("Lines[1].QuantityPerUnit"));
        Assert.Equal("The quantity per unit has at most four decimals.", errors.For("Lines[2].QuantityPerUnit"));
        Assert.Equal("The scrap is a percentage from 0 to below 100.", errors.For("Lines[2].ScrapPercent"));
        Assert.Contains("already on line 2", errors.For("Lines[3].ComponentId"));
        Assert.Throws<InvalidInputException>(() => new BillOfMaterials(input, 1, "Pat", Now));
        Assert.Equal("Add at least one component.", new BomInput(Desk, []).Validate().For("Lines"));
    }

    [Fact]
    public void ANewVersion_ReplacesTheActiveOne_WhichKeepsItsLines()
    {
        var first = Bom(Desk, new(Top, 1), new(Leg, 4));
        var second = new BillOfMaterials(new BomInput(Desk, [new(Top, 1), new(Leg, 3)]), 2, "Pat", Now.AddDays(1));

        first.ReplacedBy(second);

        Assert.Equal((false, Now.AddDays(1), 4m), (first.IsActive, first.ReplacedAt, first.Lines[1].QuantityPerUnit));
        Assert.True(second.IsActive);
        Assert.Throws<DomainException>(() => first.ReplacedBy(second));
        Assert.Throws<DomainException>(() => second.ReplacedBy(first));
    }

    [Fact]
    public void AProductMadeOfItself_ThroughASubAssembly_IsFound_WithThePathItTakes()
    {
        var desks = Desks();

        // A board made of desks: board → desk → top → board.
        Assert.Equal([Board, Desk, Top, Board], desks.CycleIf(Board, [Screw, Desk]));
        Assert.Equal([Top, Top], desks.CycleIf(Top, [Top]));
        Assert.Null(desks.CycleIf(Top, [Board, Leg]));
        // A new version of the desk's own bill replaces its components: a leg made of screws is fine.
        Assert.Null(desks.CycleIf(Leg, [Screw]));
    }

    [Fact]
    public void LowLevelCodes_PutEachProduct_BelowTheDeepestProductItGoesInto()
    {
        var codes = Desks().LowLevelCodes();

        // Screws go into the desk (level 0 → 1) and into the top (level 1 → 2): their code is 2.
        Assert.Equal(
            new Dictionary<int, int> { [Desk] = 0, [Top] = 1, [Leg] = 1, [Screw] = 2, [Board] = 2 },
            codes.OrderBy(c => c.Key).ToDictionary());
    }

    [Fact]
    public void TwoActiveVersionsOfOneProduct_AreRefused()
    {
        Assert.Throws<DomainException>(() => new BomStructure([Bom(Desk, new BomLineInput(Top, 1)), Bom(Desk, new BomLineInput(Leg, 4))]));
    }
}
