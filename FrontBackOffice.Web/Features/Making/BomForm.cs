using FrontBackOffice.Domain.Making;

namespace FrontBackOffice.Web.Features.Making;

/// <summary>What the bill of materials form edits; the domain's <see cref="BomInput"/> decides whether it is valid.</summary>
public sealed class BomForm
{
    public List<BomLineForm> Lines { get; } = [];

    public BomInput ToInput(int productId) =>
        new(productId, Lines.Select(l => new BomLineInput(l.Component?.Id ?? 0, l.QuantityPerUnit, l.ScrapPercent)).ToList());

    /// <summary>A new version starting from the active one, or from one empty line.</summary>
    public static BomForm From(BomVersion? active)
    {
        var form = new BomForm();
        form.Lines.AddRange(active?.Lines.Select(l => new BomLineForm
        {
            Component = new ComponentChoice(l.ComponentId, l.Sku, l.Name, l.UnitCost),
            QuantityPerUnit = l.QuantityPerUnit,
            ScrapPercent = l.ScrapPercent,
        }) ?? [new BomLineForm()]);
        return form;
    }
}

public sealed class BomLineForm
{
    public ComponentChoice? Component { get; set; }

    public decimal QuantityPerUnit { get; set; } = 1;

    public decimal ScrapPercent { get; set; }
}
