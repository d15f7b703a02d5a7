using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Purchasing;

namespace FrontBackOffice.Tests.Domain.Purchasing;

public class PurchaseOrderTests
{
    private static readonly DateTime Now = new(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);
    private const int Chair = 7;
    private const int Lamp = 8;

    private static PurchaseOrder Ordered()
    {
        var order = new PurchaseOrder("PO-2026-00001", new PurchaseOrderInput(1, 1, [new PurchaseLineInput(Chair, 10, 95.5m), new PurchaseLineInput(Lamp, 3, 7.3333m)]), "Wes", Now);
        order.Place(Now);
        return order;
    }

    [Fact]
    public void NewOrder_IsADraft_WithItsNetTotalInCents()
    {
        var order = new PurchaseOrder("PO-2026-00001", new PurchaseOrderInput(1, 1, [new PurchaseLineInput(Chair, 10, 95.5m), new PurchaseLineInput(Lamp, 3, 7.3333m)]), "Wes", Now);

        // 10 × 95.50 = 955.00; 3 × 7.3333 = 21.9999 → 22.00
        Assert.Equal((PurchaseOrderStatus.Draft, 977.00m), (order.Status, order.NetTotal));
    }

    [Fact]
    public void InvalidLines_AreRefused_NextToEachField()
    {
        var input = new PurchaseOrderInput(0, 1, [new PurchaseLineInput(Chair, 0, 1m), new PurchaseLineInput(Chair, 2, 1.23456m)]);

        var errors = input.Validate();

        Assert.Equal(["Lines[0].Quantity", "Lines[1].ProductId", "Lines[1].UnitPrice", "SupplierId"], errors.ByField.Keys.Order());
        Assert.Contains("already on line 1", errors.For("Lines[1].ProductId"));
    }

    [Fact]
    public void PartialReceipt_LeavesItPartlyReceived_AndTheRestReceivesIt()
    {
        var order = Ordered();

        order.Receive(new Dictionary<int, int> { [Chair] = 4 }, overReceiptConfirmed: false);
        Assert.Equal(PurchaseOrderStatus.PartiallyReceived, order.Status);

        order.Receive(new Dictionary<int, int> { [Chair] = 6, [Lamp] = 3 }, overReceiptConfirmed: false);
        Assert.Equal(PurchaseOrderStatus.Received, order.Status);
        Assert.Equal([(10, 955.00m), (3, 22.00m)], order.Lines.Select(l => (l.Received, l.ReceivedValue)));
    }

    [Fact]
    public void ReceivingMoreThanOrdered_IsRefusedNextToTheLine_UnlessConfirmed()
    {
        var order = Ordered();

        var refused = Assert.Throws<InvalidInputException>(() => order.Receive(new Dictionary<int, int> { [Lamp] = 5 }, overReceiptConfirmed: false));

        Assert.Contains("more than the 3 still expected", refused.Errors.For("Lines[1].Received"));
        Assert.All(order.Lines, l => Assert.Equal(0, l.Received));

        order.Receive(new Dictionary<int, int> { [Lamp] = 5 }, overReceiptConfirmed: true);
        Assert.Equal((5, 0, 2), (order.Lines[1].Received, order.Lines[1].Outstanding, order.Lines[1].ToBill - 3));
    }

    [Fact]
    public void AReceiptOfNothing_OrOfAProductNotOrdered_IsRefused()
    {
        var order = Ordered();

        Assert.Contains("at least one line", Assert.Throws<InvalidInputException>(() => order.Receive(new Dictionary<int, int>(), false)).Message);
        Assert.Contains("not on PO-2026-00001", Assert.Throws<InvalidInputException>(() => order.Receive(new Dictionary<int, int> { [99] = 1 }, false)).Message);
    }

    [Fact]
    public void ADraft_CannotBeReceived_AndAReceivedOrder_CannotBeCancelled()
    {
        var draft = new PurchaseOrder("PO-2026-00002", new PurchaseOrderInput(1, 1, [new PurchaseLineInput(Chair, 1, 1m)]), "Wes", Now);
        Assert.Contains("is a draft and cannot be received", Assert.Throws<DomainException>(() => draft.Receive(new Dictionary<int, int> { [Chair] = 1 }, false)).Message);

        var order = Ordered();
        order.Receive(new Dictionary<int, int> { [Chair] = 1 }, false);
        Assert.Contains("cannot be cancelled", Assert.Throws<DomainException>(() => order.Cancel(Now)).Message);
    }

    [Fact]
    public void ABill_IsMatchedToWhatWasReceived_AndNotBilledYet()
    {
        var order = Ordered();
        order.Receive(new Dictionary<int, int> { [Chair] = 4 }, false);

        var refused = Assert.Throws<InvalidInputException>(() => order.Bill([new BillLineInput(Chair, 5, 95.5m, 0.21m), new BillLineInput(Lamp, 1, 7.3333m, 0.21m)]));

        Assert.Contains("Only 4 received and not billed yet", refused.Errors.For("Lines[0].Quantity"));
        Assert.Contains("Nothing received on this line", refused.Errors.For("Lines[1].Quantity"));
        Assert.Equal(0, order.Lines[0].Billed);
    }

    [Fact]
    public void ALineOfNothing_IsNotOnTheBill_AndABillOfNothing_IsRefused()
    {
        var order = Ordered();
        order.Receive(new Dictionary<int, int> { [Chair] = 4, [Lamp] = 3 }, false);

        var billed = order.Bill([new BillLineInput(Chair, 0, 95.5m, 0.21m), new BillLineInput(Lamp, 3, 7.3333m, 0.21m)]);

        Assert.Equal([Lamp], billed.Select(b => b.ProductId));
        Assert.Equal(0, order.Lines[0].Billed);
        Assert.Contains("at least one line", Assert.Throws<InvalidInputException>(() => order.Bill([new BillLineInput(Chair, 0, 95.5m, 0.21m)])).Message);
    }

    [Fact]
    public void ABillAtAnotherPrice_ClearsWhatTheGoodsWereReceivedAt()
    {
        var order = Ordered();
        order.Receive(new Dictionary<int, int> { [Chair] = 10 }, false);

        var billed = order.Bill([new BillLineInput(Chair, 10, 97m, 0.21m)]).Single();

        Assert.Equal((970.00m, 203.70m, 955.00m), (billed.Net, billed.Vat, billed.ReceivedValue));
    }

    [Fact]
    public void BillsOfSingleUnits_ClearToTheCentWhatTheReceiptsBooked()
    {
        var order = Ordered();
        order.Receive(new Dictionary<int, int> { [Lamp] = 3 }, false); // 3 × 7.3333 = 22.00

        var cleared = Enumerable.Range(0, 3).Select(_ => order.Bill([new BillLineInput(Lamp, 1, 7.3333m, 0.21m)]).Single().ReceivedValue).ToList();

        Assert.Equal([7.33m, 7.33m, 7.34m], cleared);
        Assert.Equal(order.Lines[1].ReceivedValue, order.Lines[1].BilledReceivedValue);
    }

    [Fact]
    public void AnOrderReceivedAndBilledInFull_IsBilled()
    {
        var order = Ordered();
        order.Receive(new Dictionary<int, int> { [Chair] = 10, [Lamp] = 3 }, false);

        order.Bill([new BillLineInput(Chair, 10, 95.5m, 0.21m)]);
        Assert.Equal(PurchaseOrderStatus.Received, order.Status);
        order.Bill([new BillLineInput(Lamp, 3, 7.3333m, 0.21m)]);

        Assert.Equal(PurchaseOrderStatus.Billed, order.Status);
        Assert.False(order.CanBill);
    }

    [Fact]
    public void ABill_FallsDueThePaymentTermsAfterItsDate_AndNotesItsVariance()
    {
        var supplier = new Supplier(new SupplierDetails("Nordic Seating B.V.", "NL812345678B01", null, null, null, 30), "EUR", Now);
        var order = Ordered();
        order.Receive(new Dictionary<int, int> { [Chair] = 10 }, false);
        var input = new BillInput(" NS-2026-118 ", new DateOnly(2026, 11, 1), [new BillLineInput(Chair, 10, 94m, 0.21m)]);

        var bill = new SupplierBill(supplier, order, input, order.Bill(input.Lines), "Ada", Now, new DateOnly(2026, 11, 2));

        Assert.Equal(("NS-2026-118", new DateOnly(2026, 12, 1)), (bill.SupplierReference, bill.DueDate));
        Assert.Equal((940.00m, 197.40m, 1137.40m, 955.00m, -15.00m), (bill.Net, bill.Vat, bill.Gross, bill.ReceivedValue, bill.PriceVariance));
    }

    [Fact]
    public void ABillDatedInTheFuture_IsRefusedNextToItsDate() =>
        Assert.NotNull(new BillInput("X-1", new DateOnly(2026, 11, 3), []).Validate(new DateOnly(2026, 11, 2)).For(nameof(BillInput.BillDate)));
}
