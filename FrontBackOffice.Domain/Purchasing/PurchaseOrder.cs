using FrontBackOffice.Domain.Orders;

namespace FrontBackOffice.Domain.Purchasing;

public enum PurchaseOrderStatus
{
    Draft,
    Ordered,
    PartiallyReceived,
    Received,
    Billed,
    Cancelled,
}

/// <summary>A line as typed: the product, how many, and the price agreed per unit (at most four decimals).</summary>
public sealed record PurchaseLineInput(int ProductId, int Quantity, decimal UnitPrice);

/// <summary>What staff type for a purchase order: who sells, where the goods go, and the lines.</summary>
public sealed record PurchaseOrderInput(int SupplierId, int LocationId, IReadOnlyList<PurchaseLineInput> Lines)
{
    public const int MaxLines = 200;

    public ValidationErrors Validate()
    {
        var errors = new ValidationErrors()
            .Require(SupplierId > 0, nameof(SupplierId), "Choose the supplier.")
            .Require(LocationId > 0, nameof(LocationId), "Choose where the goods are delivered.")
            .Require(Lines.Count > 0, nameof(Lines), "Add at least one line.")
            .Require(Lines.Count <= MaxLines, nameof(Lines), $"A purchase order has at most {MaxLines} lines.");
        var seen = new Dictionary<int, int>();
        for (var i = 0; i < Lines.Count; i++)
        {
            var line = Lines[i];
            var field = $"{nameof(Lines)}[{i}]";
            errors.Require(line.ProductId > 0, $"{field}.{nameof(line.ProductId)}", "Choose the product.")
                .Require(line.Quantity > 0, $"{field}.{nameof(line.Quantity)}", "The quantity must be more than zero.")
                .Require(line.UnitPrice >= 0, $"{field}.{nameof(line.UnitPrice)}", "The price cannot be negative.")
                .Require(decimal.Round(line.UnitPrice, 4) == line.UnitPrice, $"{field}.{nameof(line.UnitPrice)}", "The price has at most four decimals.");
            if (line.ProductId > 0 && !seen.TryAdd(line.ProductId, i + 1))
            {
                errors.Add($"{field}.{nameof(line.ProductId)}", $"This product is already on line {seen[line.ProductId]}.");
            }
        }
        return errors;
    }
}

/// <summary>One line of a bill as typed: the product billed (a line of the order), how many units, at what price, at what VAT rate.</summary>
public sealed record BillLineInput(int ProductId, int Quantity, decimal UnitPrice, decimal VatRate);

/// <summary>
/// What the supplier asks to be paid for: <see cref="Net"/> at the billed price; <see cref="ReceivedValue"/> what those
/// units were received at (the goods-received-not-invoiced the bill clears); the difference is the price variance.
/// </summary>
public sealed record BilledLine(int OrderLineId, int ProductId, int Quantity, decimal UnitPrice, decimal VatRate, decimal Net, decimal Vat, decimal ReceivedValue);

/// <summary>The numbers of a year's purchase orders, gapless like invoices.</summary>
public sealed class PurchaseOrderSequence : YearlySequence
{
    private PurchaseOrderSequence()
    {
    }

    public PurchaseOrderSequence(int year)
        : base(year)
    {
    }

    public string Next() => PurchaseOrder.NumberOf(Year, Take());
}

/// <summary>
/// An order to a supplier: Draft → Ordered → PartiallyReceived → Received → Billed, and Cancelled from Draft or Ordered
/// before anything arrived. Goods are received against its lines (never more than ordered unless confirmed), and bills
/// are matched to what was received and not yet billed (three-way match: ordered, received, billed).
/// </summary>
public sealed class PurchaseOrder
{
    private readonly List<PurchaseOrderLine> lines = [];

    private PurchaseOrder()
    {
    }

    public PurchaseOrder(string number, PurchaseOrderInput input, string createdBy, DateTime createdAt)
    {
        Number = number;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        SetInput(input);
    }

    public static string NumberOf(int year, int sequence) => $"PO-{year}-{sequence:D5}";

    public int Id { get; private set; }
    public string Number { get; private set; } = "";
    public int SupplierId { get; private set; }
    public int LocationId { get; private set; }
    public PurchaseOrderStatus Status { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime? OrderedAt { get; private set; }
    public DateTime? CancelledAt { get; private set; }

    /// <summary>Ordered quantity × price summed over the lines, each line in cents.</summary>
    public decimal NetTotal { get; private set; }

    public IReadOnlyList<PurchaseOrderLine> Lines => lines;

    public bool CanEdit => Status == PurchaseOrderStatus.Draft;
    public bool CanPlace => Status == PurchaseOrderStatus.Draft;
    public bool CanReceive => Status is PurchaseOrderStatus.Ordered or PurchaseOrderStatus.PartiallyReceived;
    public bool CanBill => lines.Any(l => l.ToBill > 0);
    public bool CanCancel => Status is PurchaseOrderStatus.Draft or PurchaseOrderStatus.Ordered;

    public void Edit(PurchaseOrderInput input)
    {
        Require(CanEdit, "edited");
        SetInput(input);
    }

    /// <summary>Sends the order to the supplier: from now on goods can be received against it.</summary>
    public void Place(DateTime at)
    {
        Require(CanPlace, "ordered");
        Status = PurchaseOrderStatus.Ordered;
        OrderedAt = at;
    }

    public void Cancel(DateTime at)
    {
        Require(CanCancel, "cancelled");
        Status = PurchaseOrderStatus.Cancelled;
        CancelledAt = at;
    }

    /// <summary>
    /// Records the units received per product (each product is on one line). More than a line still expects is refused,
    /// next to the line, unless <paramref name="overReceiptConfirmed"/>. Returns each line received with its quantity,
    /// for the receipts.
    /// </summary>
    public IReadOnlyList<(PurchaseOrderLine Line, int Quantity)> Receive(IReadOnlyDictionary<int, int> quantityByProduct, bool overReceiptConfirmed)
    {
        Require(CanReceive, "received");
        var errors = new ValidationErrors();
        var received = new List<(PurchaseOrderLine, int)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var quantity = quantityByProduct.GetValueOrDefault(line.ProductId);
            var field = $"{nameof(Lines)}[{i}].{nameof(PurchaseOrderLine.Received)}";
            if (quantity < 0)
            {
                errors.Add(field, "A quantity received cannot be negative.");
            }
            else if (quantity > line.Outstanding && !overReceiptConfirmed)
            {
                errors.Add(field, $"{quantity} is more than the {line.Outstanding} still expected ({line.Quantity} ordered, {line.Received} received); confirm to receive more.");
            }
            else if (quantity > 0)
            {
                received.Add((line, quantity));
            }
        }
        var unknown = quantityByProduct.Keys.Except(lines.Select(l => l.ProductId)).ToList();
        errors.Require(unknown.Count == 0, nameof(Lines), $"Product #{string.Join(", #", unknown)} is not on {Number}.");
        if (errors.IsEmpty && received.Count == 0)
        {
            errors.Add(nameof(Lines), "Enter the quantity received on at least one line.");
        }
        errors.ThrowIfAny();
        foreach (var (line, quantity) in received)
        {
            line.AddReceived(quantity);
        }
        Status = lines.All(l => l.Outstanding == 0) ? PurchaseOrderStatus.Received : PurchaseOrderStatus.PartiallyReceived;
        return received;
    }

    /// <summary>
    /// Three-way match: every billed quantity is at most what was received on its line and not billed yet (a line of
    /// nothing is not on the bill). A billed price
    /// other than the order's is allowed; the difference is the bill's price variance. The order is Billed once every
    /// line is received in full and billed for all it received.
    /// </summary>
    public IReadOnlyList<BilledLine> Bill(IReadOnlyList<BillLineInput> input)
    {
        var errors = new ValidationErrors().Require(input.Any(b => b.Quantity != 0), nameof(Lines), "Bill at least one line.");
        var byProduct = lines.ToDictionary(l => l.ProductId);
        var seen = new HashSet<int>();
        for (var i = 0; i < input.Count; i++)
        {
            var billed = input[i];
            var field = $"{nameof(Lines)}[{i}]";
            if (billed.Quantity == 0)
            {
                continue; // a line of the form left at nothing: not on this bill
            }
            if (!byProduct.TryGetValue(billed.ProductId, out var line))
            {
                errors.Add(field, $"Product #{billed.ProductId} is not on {Number}.");
                continue;
            }
            errors.Require(seen.Add(line.ProductId), field, "This product is billed twice on the bill.")
                .Require(billed.Quantity > 0, $"{field}.{nameof(billed.Quantity)}", "The quantity billed cannot be negative.")
                .Require(billed.Quantity <= line.ToBill, $"{field}.{nameof(billed.Quantity)}",
                    line.ToBill == 0
                        ? $"Nothing received on this line is waiting for a bill ({line.Received} received, {line.Billed} billed)."
                        : $"Only {line.ToBill} received and not billed yet ({line.Received} received, {line.Billed} billed).")
                .Require(billed.UnitPrice >= 0, $"{field}.{nameof(billed.UnitPrice)}", "The price cannot be negative.")
                .Require(decimal.Round(billed.UnitPrice, 4) == billed.UnitPrice, $"{field}.{nameof(billed.UnitPrice)}", "The price has at most four decimals.")
                .Require(billed.VatRate is >= 0 and < 1 && decimal.Round(billed.VatRate, 4) == billed.VatRate, $"{field}.{nameof(billed.VatRate)}",
                    "The VAT rate is a fraction from 0 to 1 with at most four decimals (0.2 for 20 %).");
        }
        errors.ThrowIfAny();
        var result = input.Where(billed => billed.Quantity != 0).Select(billed =>
        {
            var line = byProduct[billed.ProductId];
            var net = Money.Round(billed.Quantity * billed.UnitPrice);
            return new BilledLine(line.Id, line.ProductId, billed.Quantity, billed.UnitPrice, billed.VatRate, net, Money.Round(net * billed.VatRate),
                line.AddBilled(billed.Quantity));
        }).ToList();
        if (lines.All(l => l.Outstanding == 0 && l.ToBill == 0))
        {
            Status = PurchaseOrderStatus.Billed;
        }
        return result;
    }

    private void SetInput(PurchaseOrderInput input)
    {
        input.Validate().ThrowIfAny();
        SupplierId = input.SupplierId;
        LocationId = input.LocationId;
        lines.Clear();
        lines.AddRange(input.Lines.Select(l => new PurchaseOrderLine(l)));
        NetTotal = lines.Sum(l => l.Net);
    }

    private void Require(bool allowed, string action)
    {
        if (!allowed)
        {
            throw new DomainException($"{Number} is {PurchaseOrderStatuses.Describe(Status)} and cannot be {action}.");
        }
    }
}

/// <summary>
/// One product of a purchase order: ordered, received and billed quantities, and the values that keep the ledger exact:
/// <see cref="ReceivedValue"/> is the sum of the receipts' values, <see cref="BilledReceivedValue"/> the part of it bills
/// have cleared; a bill for the last units received clears all that is left, so nothing stays behind in cents.
/// </summary>
public sealed class PurchaseOrderLine
{
    private PurchaseOrderLine()
    {
    }

    internal PurchaseOrderLine(PurchaseLineInput input)
    {
        ProductId = input.ProductId;
        Quantity = input.Quantity;
        UnitPrice = input.UnitPrice;
        Net = Money.Round(input.Quantity * input.UnitPrice);
    }

    public int Id { get; private set; }
    public int OrderId { get; private set; }
    public int ProductId { get; private set; }
    public int Quantity { get; private set; }
    public decimal UnitPrice { get; private set; }
    public decimal Net { get; private set; }
    public int Received { get; private set; }
    public decimal ReceivedValue { get; private set; }
    public int Billed { get; private set; }
    public decimal BilledReceivedValue { get; private set; }

    /// <summary>Units ordered and not received yet.</summary>
    public int Outstanding => Math.Max(0, Quantity - Received);

    /// <summary>Units received and not billed yet.</summary>
    public int ToBill => Received - Billed;

    internal void AddReceived(int quantity)
    {
        Received += quantity;
        ReceivedValue += Money.Round(quantity * UnitPrice);
    }

    /// <summary>Marks units billed; returns the received value they clear.</summary>
    internal decimal AddBilled(int quantity)
    {
        Billed += quantity;
        var cleared = Billed == Received ? ReceivedValue - BilledReceivedValue : Money.Round(quantity * UnitPrice);
        BilledReceivedValue += cleared;
        return cleared;
    }
}

public static class PurchaseOrderStatuses
{
    /// <summary>A state as people say it.</summary>
    public static string Describe(PurchaseOrderStatus status) => status switch
    {
        PurchaseOrderStatus.Draft => "a draft",
        PurchaseOrderStatus.Ordered => "ordered",
        PurchaseOrderStatus.PartiallyReceived => "partly received",
        PurchaseOrderStatus.Received => "received",
        PurchaseOrderStatus.Billed => "billed",
        PurchaseOrderStatus.Cancelled => "cancelled",
        _ => status.ToString(),
    };
}
