using FrontBackOffice.Domain.Purchasing;

namespace FrontBackOffice.Web.Features.Purchasing;

/// <summary>What the purchase order form edits; the domain's <see cref="PurchaseOrderInput"/> decides whether it is valid.</summary>
public sealed class PurchaseOrderForm
{
    public SupplierRow? Supplier { get; set; }

    public int LocationId { get; set; }

    public List<PurchaseLineForm> Lines { get; } = [];

    public PurchaseOrderInput ToInput() =>
        new(Supplier?.Id ?? 0, LocationId, Lines.Select(l => new PurchaseLineInput(l.Product?.Id ?? 0, l.Quantity, l.UnitPrice)).ToList());

    /// <summary>A draft to edit, each line's product as the picker shows it.</summary>
    public static PurchaseOrderForm FromDraft(PurchaseOrderDetail order, SupplierRow supplier)
    {
        var form = new PurchaseOrderForm { Supplier = supplier, LocationId = order.LocationId };
        form.Lines.AddRange(order.Lines.Select(l => new PurchaseLineForm
        {
            Product = new PurchasableProduct(l.ProductId, l.Sku, l.ProductName, l.UnitPrice),
            Quantity = l.Quantity,
            UnitPrice = l.UnitPrice,
        }));
        return form;
    }
}

public sealed class PurchaseLineForm
{
    public PurchasableProduct? Product { get; set; }

    public int Quantity { get; set; } = 1;

    public decimal UnitPrice { get; set; }
}
