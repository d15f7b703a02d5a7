using FrontBackOffice.Domain.Ledger;
using FrontBackOffice.Domain.Orders;

namespace FrontBackOffice.Tests.Domain.Ledger;

public class PostingsTests
{
    private static readonly DateOnly Day = new(2026, 3, 10);
    private static readonly DateTime Now = new(2026, 3, 10, 9, 0, 0, DateTimeKind.Utc);
    private static readonly LockDate Open = new(null);

    private static SalesOrder ShippedOrder()
    {
        // 2 × 50.00 + 3 × 19.99 = 100.00 + 59.97 = 159.97 net; VAT 21 %: 21.00 + 12.59 = 33.59; gross 193.56.
        var order = new SalesOrder(new OrderInput(1, 1, [new OrderLineInput(7, 2, 50m, 0.21m), new OrderLineInput(8, 3, 19.99m, 0.21m)]), Now, "Sam");
        order.Confirm([new StockAvailability(7, "A", "A", 10), new StockAvailability(8, "B", "B", 10)], Now);
        // Cost: 2 × 31.2500 + 3 × 12.3333 = 62.50 + 36.9999 = 99.4999 → 99.50
        order.Ship(new Dictionary<int, decimal> { [7] = 31.25m, [8] = 12.3333m }, Now, Day);
        order.Invoice(new InvoiceNumber(2026, 17), Day, Now);
        return order;
    }

    [Fact]
    public void InvoicedOrder_DebitsReceivableGross_CreditsRevenueNetAndVat()
    {
        var order = ShippedOrder();

        var entry = Postings.Invoice(new InvoiceToPost(order.Id, order.InvoiceNumber!, Day, order.NetTotal, order.VatTotal, order.GrossTotal), Open, "schedule", Now)!;

        Assert.Equal(
            [(Accounts.AccountsReceivable, 193.56m, 0m), (Accounts.SalesRevenue, 0m, 159.97m), (Accounts.VatPayable, 0m, 33.59m)],
            entry.Lines.Select(l => (l.AccountCode, l.Debit, l.Credit)));
        Assert.Equal((PostingSource.Invoice, (long)order.Id, Day), (entry.SourceType, entry.SourceId, entry.Date));
    }

    [Fact]
    public void ShippedOrder_DebitsCostOfGoodsSold_CreditsInventory_AtTheRecordedUnitCost()
    {
        var order = ShippedOrder();

        var entry = Postings.Shipment(new ShipmentToPost(order.Id, Day, order.CostOfGoodsSold!.Value), Open, "schedule", Now)!;

        Assert.Equal(99.50m, order.CostOfGoodsSold);
        Assert.Equal([(Accounts.CostOfGoodsSold, 99.50m, 0m), (Accounts.Inventory, 0m, 99.50m)], entry.Lines.Select(l => (l.AccountCode, l.Debit, l.Credit)));
    }

    [Fact]
    public void ZeroRatedInvoice_BooksTwoLines() =>
        Assert.Equal(2, Postings.Invoice(new InvoiceToPost(1, "INV-2026-00001", Day, 80m, 0m, 80m), Open, "schedule", Now)!.Lines.Count);

    [Fact]
    public void InvoiceOfNothing_BooksNothing() =>
        Assert.Null(Postings.Invoice(new InvoiceToPost(1, "INV-2026-00001", Day, 0m, 0m, 0m), Open, "schedule", Now));

    [Fact]
    public void ShipmentThatCostNothing_BooksNothing() =>
        Assert.Null(Postings.Shipment(new ShipmentToPost(1, Day, 0m), Open, "schedule", Now));
}
