using FrontBackOffice.Domain.Ledger;
using FrontBackOffice.Domain.Orders;
using FrontBackOffice.Domain.Stock;

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
        // Cost: what the stock issued for each line, 62.50 + 37.00 = 99.50.
        order.Ship(line => new StockValuation(line.ProductId == 7 ? 31.25m : 12.3333m, line.ProductId == 7 ? 62.50m : 37.00m), Now, Day);
        order.Invoice(new InvoiceNumber(2026, 17), Day, Now);
        return order;
    }

    [Fact]
    public void InvoicedOrder_DebitsReceivableGross_CreditsRevenueNetAndVat()
    {
        var order = ShippedOrder();

        var entry = Postings.Invoice(new InvoiceToPost(order.Id, order.InvoiceNumber!, Day, order.NetTotal, order.VatTotal, order.GrossTotal, order.DiscountTotal), Open, "schedule", Now)!;

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
        Assert.Equal(2, Postings.Invoice(new InvoiceToPost(1, "INV-2026-00001", Day, 80m, 0m, 80m, 0m), Open, "schedule", Now)!.Lines.Count);

    [Fact]
    public void InvoiceOfNothing_BooksNothing() =>
        Assert.Null(Postings.Invoice(new InvoiceToPost(1, "INV-2026-00001", Day, 0m, 0m, 0m, 0m), Open, "schedule", Now));

    [Fact]
    public void ShipmentThatCostNothing_BooksNothing() =>
        Assert.Null(Postings.Shipment(new ShipmentToPost(1, Day, 0m), Open, "schedule", Now));

    [Fact]
    public void ReceiptAgainstAnOrder_DebitsInventory_CreditsGoodsReceivedNotInvoiced()
    {
        var entry = Postings.Receipt(new ReceiptToPost(5, Day, 955.00m, "CHR-100", 10, "PO-2026-00001", null), Open, "schedule", Now)!;

        Assert.Equal([(Accounts.Inventory, 955.00m, 0m), (Accounts.GoodsReceivedNotInvoiced, 0m, 955.00m)], entry.Lines.Select(l => (l.AccountCode, l.Debit, l.Credit)));
        Assert.Equal(("Goods received: 10 × CHR-100 on PO-2026-00001", PostingSource.GoodsReceipt, 5L), (entry.Description, entry.SourceType, entry.SourceId));
        Assert.Equal(("Goods received: {0} × {1} on {2}", "PO-2026-00001"), (entry.DescriptionFormat, entry.Said.Arguments[2]));
    }

    [Fact]
    public void FreeReceipt_DebitsInventory_CreditsInventoryAdjustments()
    {
        var entry = Postings.Receipt(new ReceiptToPost(6, Day, 12.00m, "LMP-LED", 2, null, "Found in returns"), Open, "schedule", Now)!;

        Assert.Equal([(Accounts.Inventory, 12.00m, 0m), (Accounts.InventoryAdjustments, 0m, 12.00m)], entry.Lines.Select(l => (l.AccountCode, l.Debit, l.Credit)));
        Assert.Contains("Found in returns", entry.Description);
    }

    [Fact]
    public void BillAboveTheOrderPrice_DebitsTheVariance()
    {
        var entry = Postings.Bill(new BillToPost(3, Day, "Nordic", "NS-1", "PO-2026-00001", 955.00m, 970.00m, 203.70m, 1173.70m), Open, "schedule", Now)!;

        Assert.Equal(
            [(Accounts.GoodsReceivedNotInvoiced, 955.00m, 0m), (Accounts.VatReceivable, 203.70m, 0m), (Accounts.PurchasePriceVariance, 15.00m, 0m), (Accounts.AccountsPayable, 0m, 1173.70m)],
            entry.Lines.Select(l => (l.AccountCode, l.Debit, l.Credit)));
    }

    [Fact]
    public void BillBelowTheOrderPrice_CreditsTheVariance_AndABillAtThePrice_HasNone()
    {
        var below = Postings.Bill(new BillToPost(3, Day, "Nordic", "NS-1", "PO-2026-00001", 955.00m, 940.00m, 197.40m, 1137.40m), Open, "schedule", Now)!;
        var exact = Postings.Bill(new BillToPost(4, Day, "Nordic", "NS-2", "PO-2026-00001", 955.00m, 955.00m, 200.55m, 1155.55m), Open, "schedule", Now)!;

        Assert.Contains((Accounts.PurchasePriceVariance, 0m, 15.00m), below.Lines.Select(l => (l.AccountCode, l.Debit, l.Credit)));
        Assert.DoesNotContain(exact.Lines, l => l.AccountCode == Accounts.PurchasePriceVariance);
    }

    [Fact]
    public void ReceiptOrBillOfNothing_BooksNothing()
    {
        Assert.Null(Postings.Receipt(new ReceiptToPost(1, Day, 0m, "FREE", 1, "PO-2026-00001", null), Open, "schedule", Now));
        Assert.Null(Postings.Bill(new BillToPost(1, Day, "N", "R", "PO-2026-00001", 0m, 0m, 0m, 0m), Open, "schedule", Now));
    }
}
