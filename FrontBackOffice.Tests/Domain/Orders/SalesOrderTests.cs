using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Orders;
using FrontBackOffice.Domain.Stock;

namespace FrontBackOffice.Tests.Domain.Orders;

public class SalesOrderTests
{
    private static readonly DateTime Now = new(2026, 3, 10, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 3, 10);

    private static SalesOrder Draft(params OrderLineInput[] lines) => new(new OrderInput(1, 1, lines), Now, "Sam");

    private static SalesOrder InState(OrderStatus status)
    {
        var order = Draft(new OrderLineInput(7, 2, 10m, 0.21m));
        if (status == OrderStatus.Cancelled)
        {
            order.Cancel(Now);
            return order;
        }
        if (status >= OrderStatus.Confirmed)
        {
            order.Confirm([new StockAvailability(7, "W-1", "Widget", 5)], Now);
        }
        if (status >= OrderStatus.Shipped)
        {
            order.Ship(line => new StockValuation(4m, line.Quantity * 4m), Now, Today);
        }
        if (status >= OrderStatus.Invoiced)
        {
            order.Invoice(new InvoiceNumber(2026, 1), Today, Now);
        }
        return order;
    }

    [Fact]
    public void Totals_AreTheSumsOfTheLines_WithVatRoundedPerLine()
    {
        // 3 × 19.99 = 59.97, VAT 21 % = 12.5937 → 12.59;  1 × 0.05 = 0.05, VAT 9 % = 0.0045 → 0.00;
        // 7 × 1.25 = 8.75, VAT 21 % = 1.8375 → 1.84 (half away from zero at the cent)
        var order = Draft(new OrderLineInput(1, 3, 19.99m, 0.21m), new OrderLineInput(2, 1, 0.05m, 0.09m), new OrderLineInput(3, 7, 1.25m, 0.21m));

        Assert.Equal([59.97m, 0.05m, 8.75m], order.Lines.Select(l => l.Net));
        Assert.Equal([12.59m, 0.00m, 1.84m], order.Lines.Select(l => l.Vat));
        Assert.Equal(68.77m, order.NetTotal);
        Assert.Equal(14.43m, order.VatTotal);
        Assert.Equal(83.20m, order.GrossTotal);
    }

    [Fact]
    public void VatRounding_TakesHalfCentsAwayFromZero()
    {
        // 1 × 0.50 at 21 % = 0.105 → 0.11 (banker's rounding would give 0.10)
        var order = Draft(new OrderLineInput(1, 1, 0.50m, 0.21m));

        Assert.Equal(0.11m, order.VatTotal);
        Assert.Equal(0.61m, order.GrossTotal);
    }

    [Fact]
    public void NewOrder_IsADraft() => Assert.Equal(OrderStatus.Draft, Draft(new OrderLineInput(1, 1, 1m, 0m)).Status);

    [Fact]
    public void Create_RefusesBadLines_NamingEachField()
    {
        var refused = Assert.Throws<InvalidInputException>(() =>
            Draft(new OrderLineInput(0, 0, -1m, 0.21m), new OrderLineInput(4, 2, 1.005m, 1.5m)));

        Assert.Equal(
            ["Lines[0].ProductId", "Lines[0].Quantity", "Lines[0].UnitPrice", "Lines[1].UnitPrice", "Lines[1].VatRate"],
            refused.Errors.ByField.Keys.Order());
    }

    [Fact]
    public void Create_RefusesAnOrderWithoutLines()
    {
        var refused = Assert.Throws<InvalidInputException>(() => Draft());
        Assert.Contains("Lines", refused.Errors.ByField.Keys);
    }

    [Fact]
    public void Confirm_Succeeds_WhenAvailableStockCoversEveryLine()
    {
        var order = Draft(new OrderLineInput(7, 2, 10m, 0.21m), new OrderLineInput(7, 3, 10m, 0.21m), new OrderLineInput(8, 1, 5m, 0.21m));

        order.Confirm([new StockAvailability(7, "W-1", "Widget", 5), new StockAvailability(8, "G-1", "Gadget", 1)], Now);

        Assert.Equal(OrderStatus.Confirmed, order.Status);
        Assert.Equal(Now, order.ConfirmedAt);
    }

    [Fact]
    public void Confirm_FailsAsAWhole_NamingEveryShortProduct_WhenAnyLineIsShort()
    {
        var order = Draft(new OrderLineInput(7, 2, 10m, 0.21m), new OrderLineInput(7, 3, 10m, 0.21m), new OrderLineInput(8, 1, 5m, 0.21m), new OrderLineInput(9, 1, 5m, 0.21m));

        var refused = Assert.Throws<DomainException>(() => order.Confirm(
            [new StockAvailability(7, "W-1", "Widget", 4), new StockAvailability(8, "G-1", "Gadget", 1), new StockAvailability(9, "B-1", "Bolt", 0)], Now));

        Assert.Equal(OrderStatus.Draft, order.Status);
        Assert.Contains("Widget (W-1): 5 ordered, 4 available", refused.Message);
        Assert.Contains("Bolt (B-1): 1 ordered, 0 available", refused.Message);
        Assert.DoesNotContain("Gadget", refused.Message);
    }

    [Fact]
    public void Ship_RecordsEachLinesUnitCost_AndTheBusinessDay()
    {
        var order = InState(OrderStatus.Shipped);

        Assert.Equal(OrderStatus.Shipped, order.Status);
        Assert.Equal(4m, order.Lines.Single().UnitCost);
        Assert.Equal(Today, order.ShippedOn);
        Assert.Equal(8m, order.CostOfGoodsSold);
    }

    [Fact]
    public void Invoice_StampsTheNumberAndDate()
    {
        var order = InState(OrderStatus.Invoiced);

        Assert.Equal("INV-2026-00001", order.InvoiceNumber);
        Assert.Equal(Today, order.InvoiceDate);
        Assert.Equal(OrderStatus.Invoiced, order.Status);
    }

    [Theory]
    [InlineData(OrderStatus.Draft)]
    [InlineData(OrderStatus.Confirmed)]
    public void Cancel_IsAllowed_FromDraftOrConfirmed(OrderStatus from)
    {
        var order = InState(from);

        order.Cancel(Now);

        Assert.Equal(OrderStatus.Cancelled, order.Status);
    }

    public static TheoryData<OrderStatus, string> IllegalMoves => new()
    {
        { OrderStatus.Confirmed, "confirm" }, { OrderStatus.Shipped, "confirm" }, { OrderStatus.Invoiced, "confirm" }, { OrderStatus.Cancelled, "confirm" },
        { OrderStatus.Draft, "ship" }, { OrderStatus.Shipped, "ship" }, { OrderStatus.Invoiced, "ship" }, { OrderStatus.Cancelled, "ship" },
        { OrderStatus.Draft, "invoice" }, { OrderStatus.Confirmed, "invoice" }, { OrderStatus.Invoiced, "invoice" }, { OrderStatus.Cancelled, "invoice" },
        { OrderStatus.Shipped, "cancel" }, { OrderStatus.Invoiced, "cancel" }, { OrderStatus.Cancelled, "cancel" },
        { OrderStatus.Confirmed, "edit" }, { OrderStatus.Shipped, "edit" }, { OrderStatus.Invoiced, "edit" }, { OrderStatus.Cancelled, "edit" },
    };

    [Theory]
    [MemberData(nameof(IllegalMoves))]
    public void Transition_IsRefused_FromAnyOtherState(OrderStatus from, string move)
    {
        var order = InState(from);
        Action act = move switch
        {
            "confirm" => () => order.Confirm([new StockAvailability(7, "W-1", "Widget", 99)], Now),
            "ship" => () => order.Ship(line => new StockValuation(4m, line.Quantity * 4m), Now, Today),
            "invoice" => () => order.Invoice(new InvoiceNumber(2026, 2), Today, Now),
            "cancel" => () => order.Cancel(Now),
            _ => () => order.Edit(new OrderInput(1, 1, [new OrderLineInput(7, 1, 1m, 0m)]), null, Today),
        };

        var refused = Assert.Throws<DomainException>(act);

        Assert.Contains($"is {from.ToString().ToLowerInvariant()}", refused.Message);
        Assert.Equal(from, order.Status);
    }

    [Fact]
    public void Edit_ReplacesTheLinesOfADraft_AndRecomputesTotals()
    {
        var order = Draft(new OrderLineInput(7, 2, 10m, 0.21m));

        order.Edit(new OrderInput(2, 1, [new OrderLineInput(8, 1, 100m, 0.09m)]), null, Today);

        Assert.Equal(2, order.CustomerId);
        Assert.Equal(100m, order.NetTotal);
        Assert.Equal(9m, order.VatTotal);
    }
}
