using FrontBackOffice.Domain.Orders;
using FrontBackOffice.Domain.Payroll;

namespace FrontBackOffice.Domain.Ledger;

/// <summary>An invoiced order as the ledger books it: <see cref="Net"/> is after the promotion's <see cref="Discount"/>.</summary>
public sealed record InvoiceToPost(int OrderId, string InvoiceNumber, DateOnly Date, decimal Net, decimal Vat, decimal Gross, decimal Discount);

/// <summary>A shipped order as the ledger books it: its cost at the unit costs recorded on shipping.</summary>
public sealed record ShipmentToPost(int OrderId, DateOnly Date, decimal Cost);

/// <summary>
/// A goods receipt as the ledger books it. One against a purchase order is owed until billed; a free one (a correction)
/// is an inventory adjustment and says why.
/// </summary>
public sealed record ReceiptToPost(int ReceiptId, DateOnly Date, decimal Value, string Sku, int Quantity, string? PurchaseOrderNumber, string? Reason)
{
    public bool AgainstPurchaseOrder => PurchaseOrderNumber is not null;

    public UserMessage Description => AgainstPurchaseOrder
        ? UserMessage.Of($"Goods received: {Quantity} × {Sku} on {PurchaseOrderNumber}")
        : UserMessage.Of($"Stock correction: {Quantity} × {Sku} received ({Reason})");
}

/// <summary>A supplier bill as the ledger books it.</summary>
public sealed record BillToPost(
    int BillId, DateOnly Date, string Supplier, string SupplierReference, string PurchaseOrderNumber, decimal ReceivedValue, decimal Net, decimal Vat, decimal Gross)
{
    public UserMessage Description => UserMessage.Of($"Bill {SupplierReference} from {Supplier} ({PurchaseOrderNumber})");
}

/// <summary>
/// A finished work order as the ledger books it: the components it consumed, the labour and overhead of the units
/// attempted, and what the units made brought into stock; the rest is the scrapped units' share.
/// </summary>
public sealed record WorkOrderToPost(int WorkOrderId, string Number, DateOnly Date, string Sku, int Produced, int Scrapped, decimal Material, decimal Labour, decimal Finished)
{
    public decimal Variance => Material + Labour - Finished;

    public UserMessage Description => Scrapped == 0
        ? UserMessage.Of($"Work order {Number}: {Produced} × {Sku} made")
        : UserMessage.Of($"Work order {Number}: {Produced} × {Sku} made, {Scrapped} scrapped");
}

/// <summary>The bookings of the business documents (PRODUCT §4).</summary>
public static class Postings
{
    /// <summary>
    /// Invoiced order: Dr 1200 gross, Dr 4100 the promotion's discount / Cr 4000 net before the discount, Cr 2100 VAT,
    /// so revenue shows at the lines' prices and what promotions gave away shows apart. An invoice of nothing (a free
    /// replacement) books nothing.
    /// </summary>
    public static JournalEntry? Invoice(InvoiceToPost invoice, LockDate lockDate, string postedBy, DateTime postedAt) =>
        invoice.Gross == 0 && invoice.Net == 0 && invoice.Discount == 0
            ? null
            : JournalEntry.Post(invoice.Date, UserMessage.Of($"Invoice {invoice.InvoiceNumber} ({SalesOrder.NumberOf(invoice.OrderId)})"),
                new PostingSource(PostingSource.Invoice, invoice.OrderId),
                [
                    JournalLine.DebitOf(Accounts.AccountsReceivable, invoice.Gross),
                    JournalLine.DebitOf(Accounts.SalesDiscounts, invoice.Discount),
                    JournalLine.CreditOf(Accounts.SalesRevenue, invoice.Net + invoice.Discount),
                    JournalLine.CreditOf(Accounts.VatPayable, invoice.Vat),
                ],
                lockDate, postedBy, postedAt);

    /// <summary>Shipped order: Dr 5000 / Cr 1300 at the recorded unit cost. An order that cost nothing books nothing.</summary>
    public static JournalEntry? Shipment(ShipmentToPost shipment, LockDate lockDate, string postedBy, DateTime postedAt) =>
        shipment.Cost == 0
            ? null
            : JournalEntry.Post(shipment.Date, UserMessage.Of($"Cost of goods shipped ({SalesOrder.NumberOf(shipment.OrderId)})"),
                new PostingSource(PostingSource.Shipment, shipment.OrderId),
                [
                    JournalLine.DebitOf(Accounts.CostOfGoodsSold, shipment.Cost),
                    JournalLine.CreditOf(Accounts.Inventory, shipment.Cost),
                ],
                lockDate, postedBy, postedAt);

    /// <summary>
    /// Goods received: Dr 1300 / Cr 2050 at the receipt's value against a purchase order, Cr 5100 for a free receipt.
    /// A receipt worth nothing books nothing.
    /// </summary>
    public static JournalEntry? Receipt(ReceiptToPost receipt, LockDate lockDate, string postedBy, DateTime postedAt) =>
        receipt.Value == 0
            ? null
            : JournalEntry.Post(receipt.Date, receipt.Description, new PostingSource(PostingSource.GoodsReceipt, receipt.ReceiptId),
                [
                    JournalLine.DebitOf(Accounts.Inventory, receipt.Value),
                    JournalLine.CreditOf(receipt.AgainstPurchaseOrder ? Accounts.GoodsReceivedNotInvoiced : Accounts.InventoryAdjustments, receipt.Value),
                ],
                lockDate, postedBy, postedAt);

    /// <summary>
    /// Supplier bill: Dr 2050 the received value it clears, Dr 1400 VAT, Dr 5200 (billed above the order's price) or
    /// Cr 5200 (below), Cr 2000 gross. A bill of nothing books nothing.
    /// </summary>
    public static JournalEntry? Bill(BillToPost bill, LockDate lockDate, string postedBy, DateTime postedAt)
    {
        if (bill.Gross == 0 && bill.ReceivedValue == 0)
        {
            return null;
        }
        return JournalEntry.Post(bill.Date, bill.Description, new PostingSource(PostingSource.SupplierBill, bill.BillId),
            [
                JournalLine.DebitOf(Accounts.GoodsReceivedNotInvoiced, bill.ReceivedValue),
                JournalLine.DebitOf(Accounts.VatReceivable, bill.Vat),
                JournalLine.DebitOf(Accounts.PurchasePriceVariance, bill.Net - bill.ReceivedValue),
                JournalLine.CreditOf(Accounts.AccountsPayable, bill.Gross),
            ],
            lockDate, postedBy, postedAt);
    }

    /// <summary>
    /// Finished work order, through work in progress so the trail shows: Dr 1350 / Cr 1300 the components consumed,
    /// Dr 1350 / Cr 6200 the labour and overhead applied, then Dr 1300 the units made and Dr 5300 the scrapped units'
    /// share / Cr 1350 all of it, which leaves work in progress at zero. A work order that cost nothing books nothing.
    /// </summary>
    public static JournalEntry? WorkOrder(WorkOrderToPost order, LockDate lockDate, string postedBy, DateTime postedAt) =>
        order.Material == 0 && order.Labour == 0
            ? null
            : JournalEntry.Post(order.Date, order.Description, new PostingSource(PostingSource.WorkOrder, order.WorkOrderId),
                [
                    JournalLine.DebitOf(Accounts.WorkInProgress, order.Material),
                    JournalLine.CreditOf(Accounts.Inventory, order.Material),
                    JournalLine.DebitOf(Accounts.WorkInProgress, order.Labour),
                    JournalLine.CreditOf(Accounts.LabourApplied, order.Labour),
                    JournalLine.DebitOf(Accounts.Inventory, order.Finished),
                    JournalLine.DebitOf(Accounts.ProductionVariance, order.Variance),
                    JournalLine.CreditOf(Accounts.WorkInProgress, order.Material + order.Labour),
                ],
                lockDate, postedBy, postedAt);

    /// <summary>
    /// Posted payroll: Dr 6000 gross, Dr 6100 employer contribution / Cr 2300 tax, Cr 2400 employee + employer
    /// contribution, Cr 2200 net.
    /// </summary>
    public static JournalEntry Payroll(PayrollRun run, DateOnly date, LockDate lockDate, string postedBy, DateTime postedAt) =>
        JournalEntry.Post(date, UserMessage.Of($"Payroll {run.Period.ToString()} ({run.Employees} payslips)"), new PostingSource(PostingSource.Payroll, run.Id),
            [
                JournalLine.DebitOf(Accounts.Salaries, run.Gross),
                JournalLine.DebitOf(Accounts.EmployerSocialSecurity, run.EmployerSocial),
                JournalLine.CreditOf(Accounts.IncomeTaxWithheld, run.IncomeTax),
                JournalLine.CreditOf(Accounts.SocialSecurityPayable, run.EmployeeSocial + run.EmployerSocial),
                JournalLine.CreditOf(Accounts.WagesPayable, run.Net),
            ],
            lockDate, postedBy, postedAt);

    /// <summary>
    /// Posted stock count: gains Dr 1300 / Cr 5100 and losses Dr 5100 / Cr 1300, each summed over the count's lines.
    /// Null when the count changed nothing.
    /// </summary>
    public static JournalEntry? StockCount(int sessionId, string location, decimal gains, decimal losses, DateOnly date, LockDate lockDate, string postedBy, DateTime postedAt) =>
        gains == 0 && losses == 0
            ? null
            : JournalEntry.Post(date, UserMessage.Of($"Stock count #{sessionId} at {location}: gains {gains:N2}, losses {losses:N2}"),
                new PostingSource(PostingSource.StockCount, sessionId),
                [
                    JournalLine.DebitOf(Accounts.Inventory, gains),
                    JournalLine.CreditOf(Accounts.InventoryAdjustments, gains),
                    JournalLine.DebitOf(Accounts.InventoryAdjustments, losses),
                    JournalLine.CreditOf(Accounts.Inventory, losses),
                ],
                lockDate, postedBy, postedAt);
}
