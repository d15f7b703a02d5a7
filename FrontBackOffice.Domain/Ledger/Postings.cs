using FrontBackOffice.Domain.Orders;

namespace FrontBackOffice.Domain.Ledger;

/// <summary>An invoiced order as the ledger books it.</summary>
public sealed record InvoiceToPost(int OrderId, string InvoiceNumber, DateOnly Date, decimal Net, decimal Vat, decimal Gross);

/// <summary>A shipped order as the ledger books it: its cost at the unit costs recorded on shipping.</summary>
public sealed record ShipmentToPost(int OrderId, DateOnly Date, decimal Cost);

/// <summary>The bookings of the business documents (PRODUCT §4).</summary>
public static class Postings
{
    /// <summary>Invoiced order: Dr 1200 gross / Cr 4000 net / Cr 2100 VAT.</summary>
    public static JournalEntry Invoice(InvoiceToPost invoice, LockDate lockDate, string postedBy, DateTime postedAt) =>
        JournalEntry.Post(invoice.Date, $"Invoice {invoice.InvoiceNumber} ({SalesOrder.NumberOf(invoice.OrderId)})",
            new PostingSource(PostingSource.Invoice, invoice.OrderId),
            [
                JournalLine.DebitOf(Accounts.AccountsReceivable, invoice.Gross),
                JournalLine.CreditOf(Accounts.SalesRevenue, invoice.Net),
                JournalLine.CreditOf(Accounts.VatPayable, invoice.Vat),
            ],
            lockDate, postedBy, postedAt);

    /// <summary>Shipped order: Dr 5000 / Cr 1300 at the recorded unit cost. An order that cost nothing books nothing.</summary>
    public static JournalEntry? Shipment(ShipmentToPost shipment, LockDate lockDate, string postedBy, DateTime postedAt) =>
        shipment.Cost == 0
            ? null
            : JournalEntry.Post(shipment.Date, $"Cost of goods shipped ({SalesOrder.NumberOf(shipment.OrderId)})",
                new PostingSource(PostingSource.Shipment, shipment.OrderId),
                [
                    JournalLine.DebitOf(Accounts.CostOfGoodsSold, shipment.Cost),
                    JournalLine.CreditOf(Accounts.Inventory, shipment.Cost),
                ],
                lockDate, postedBy, postedAt);
}
