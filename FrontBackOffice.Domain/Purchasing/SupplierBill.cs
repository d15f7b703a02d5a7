namespace FrontBackOffice.Domain.Purchasing;

/// <summary>What staff type from a supplier's bill: the supplier's own number, its date, and the lines it bills.</summary>
public sealed record BillInput(string SupplierReference, DateOnly BillDate, IReadOnlyList<BillLineInput> Lines)
{
    public const int SupplierReferenceMaxLength = 64;

    public ValidationErrors Validate(DateOnly today) => new ValidationErrors()
        .Require(!string.IsNullOrWhiteSpace(SupplierReference), nameof(SupplierReference), "Enter the supplier's bill number.")
        .CheckText(nameof(SupplierReference), SupplierReference, SupplierReferenceMaxLength)
        .Require(BillDate <= today, nameof(BillDate), "A bill cannot be dated in the future.");
}

/// <summary>
/// A supplier's bill for goods received on one purchase order, recorded by Accounting. It is booked by the nightly close
/// on the day it was recorded: Dr 2050 what the goods were received at, Dr 1400 VAT, Dr/Cr 5200 the price variance,
/// Cr 2000 the gross owed, due <see cref="DueDate"/> (the bill's date plus the supplier's payment terms).
/// </summary>
public sealed class SupplierBill
{
    private readonly List<SupplierBillLine> lines = [];

    private SupplierBill()
    {
    }

    /// <summary>A bill of <paramref name="supplier"/> (the order's) for the <paramref name="billed"/> lines the order matched.</summary>
    public SupplierBill(Supplier supplier, PurchaseOrder order, BillInput input, IReadOnlyList<BilledLine> billed, string recordedBy, DateTime recordedAt, DateOnly recordedOn)
    {
        input.Validate(recordedOn).ThrowIfAny();
        SupplierId = order.SupplierId;
        PurchaseOrderId = order.Id;
        SupplierReference = input.SupplierReference.Trim();
        BillDate = input.BillDate;
        DueDate = supplier.DueDate(input.BillDate);
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
        RecordedOn = recordedOn;
        lines.AddRange(billed.Select(b => new SupplierBillLine(b)));
        Net = lines.Sum(l => l.Net);
        Vat = lines.Sum(l => l.Vat);
        Gross = Net + Vat;
        ReceivedValue = lines.Sum(l => l.ReceivedValue);
    }

    public int Id { get; private set; }
    public int SupplierId { get; private set; }
    public int PurchaseOrderId { get; private set; }

    /// <summary>The supplier's number for the bill; one supplier never bills the same number twice.</summary>
    public string SupplierReference { get; private set; } = "";

    public DateOnly BillDate { get; private set; }
    public DateOnly DueDate { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }

    /// <summary>The business day the bill was recorded, on which the nightly close books it.</summary>
    public DateOnly RecordedOn { get; private set; }

    public decimal Net { get; private set; }
    public decimal Vat { get; private set; }
    public decimal Gross { get; private set; }

    /// <summary>What the billed goods were received at: the goods-received-not-invoiced the bill clears.</summary>
    public decimal ReceivedValue { get; private set; }

    /// <summary>Billed net over received value: positive when the supplier billed more than the order's price.</summary>
    public decimal PriceVariance => Net - ReceivedValue;

    public IReadOnlyList<SupplierBillLine> Lines => lines;
}

public sealed class SupplierBillLine
{
    private SupplierBillLine()
    {
    }

    internal SupplierBillLine(BilledLine billed)
    {
        OrderLineId = billed.OrderLineId;
        ProductId = billed.ProductId;
        Quantity = billed.Quantity;
        UnitPrice = billed.UnitPrice;
        VatRate = billed.VatRate;
        Net = billed.Net;
        Vat = billed.Vat;
        ReceivedValue = billed.ReceivedValue;
    }

    public int Id { get; private set; }
    public int BillId { get; private set; }
    public int OrderLineId { get; private set; }
    public int ProductId { get; private set; }
    public int Quantity { get; private set; }
    public decimal UnitPrice { get; private set; }
    public decimal VatRate { get; private set; }
    public decimal Net { get; private set; }
    public decimal Vat { get; private set; }
    public decimal ReceivedValue { get; private set; }
}
