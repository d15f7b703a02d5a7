using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Ledger;
using FrontBackOffice.Domain.Marketing;
using FrontBackOffice.Domain.Orders;

namespace FrontBackOffice.Tests.Domain.Marketing;

public class PromotionTests
{
    private static readonly DateTime Now = new(2026, 3, 10, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 3, 10);

    // 3 × 19.99 at 21 % (59.97 net) and 1 × 5.00 at 9 % (5.00 net): 64.97 before any discount.
    private static readonly OrderLineInput Chairs = new(7, 3, 19.99m, 0.21m);
    private static readonly OrderLineInput Pens = new(8, 1, 5.00m, 0.09m);

    private static PromotionTerms Terms(DiscountKind kind, decimal value, decimal minimum = 0m, params int[] products) =>
        new(1, "SPRING-26", kind, value, Today.AddDays(-5), Today.AddDays(5), minimum, products.ToHashSet());

    private static SalesOrder Draft(params OrderLineInput[] lines) => new(new OrderInput(1, 1, lines), Now, "Sam");

    [Fact]
    public void Percentage_ComesOffEachLine_AndVatIsChargedOnWhatIsLeft()
    {
        var order = Draft(Chairs, Pens);

        order.ApplyPromotion(Terms(DiscountKind.Percentage, 15m), Today);

        // 59.97 × 15 % = 8.9955 → 9.00, leaving 50.97, VAT 21 % = 10.7037 → 10.70;
        // 5.00 × 15 % = 0.75, leaving 4.25, VAT 9 % = 0.3825 → 0.38.
        Assert.Equal([9.00m, 0.75m], order.Lines.Select(l => l.Discount));
        Assert.Equal([50.97m, 4.25m], order.Lines.Select(l => l.Net));
        Assert.Equal([10.70m, 0.38m], order.Lines.Select(l => l.Vat));
        Assert.Equal(9.75m, order.DiscountTotal);
        Assert.Equal(55.22m, order.NetTotal);
        Assert.Equal(11.08m, order.VatTotal);
        Assert.Equal(66.30m, order.GrossTotal);
        Assert.Equal(1, order.PromotionId);
    }

    [Fact]
    public void Amount_IsSharedByNet_WithTheLeftoverCentToTheLargestRemainder()
    {
        var order = Draft(Chairs, Pens);

        order.ApplyPromotion(Terms(DiscountKind.FixedAmount, 10m), Today);

        // 10.00 × 59.97 / 64.97 = 9.2304… and 10.00 × 5.00 / 64.97 = 0.7695…: 9.23 + 0.76 = 9.99, and the cent left goes
        // to the pens (remainder 0.0096 against 0.0004). 50.74 × 21 % = 10.6554 → 10.66; 4.23 × 9 % = 0.3807 → 0.38.
        Assert.Equal([9.23m, 0.77m], order.Lines.Select(l => l.Discount));
        Assert.Equal([50.74m, 4.23m], order.Lines.Select(l => l.Net));
        Assert.Equal([10.66m, 0.38m], order.Lines.Select(l => l.Vat));
        Assert.Equal(10.00m, order.DiscountTotal);
        Assert.Equal(54.97m, order.NetTotal);
        Assert.Equal(66.01m, order.GrossTotal);
    }

    [Fact]
    public void Amount_NeverTakesMoreThanTheEligibleLinesAreWorth()
    {
        var order = Draft(Chairs, Pens);

        order.ApplyPromotion(Terms(DiscountKind.FixedAmount, 50m, 0m, 8), Today);

        Assert.Equal([0m, 5.00m], order.Lines.Select(l => l.Discount));
        Assert.Equal([59.97m, 0m], order.Lines.Select(l => l.Net));
        Assert.Equal(72.56m, order.GrossTotal);
    }

    [Fact]
    public void ProductSet_LimitsTheDiscountToItsProducts()
    {
        var order = Draft(Chairs, Pens);

        order.ApplyPromotion(Terms(DiscountKind.Percentage, 10m, 0m, 7), Today);

        // 59.97 × 10 % = 5.997 → 6.00 on the chairs only.
        Assert.Equal([6.00m, 0m], order.Lines.Select(l => l.Discount));
        Assert.Equal(6.00m, order.DiscountTotal);
    }

    [Theory]
    [InlineData(-6, "runs 2026-03-05 to 2026-03-15, not today")]
    [InlineData(6, "runs 2026-03-05 to 2026-03-15, not today")]
    public void OutsideItsDates_IsRefusedNextToTheCode(int days, string message)
    {
        var order = Draft(Chairs, Pens);

        var refused = Assert.Throws<InvalidInputException>(() => order.ApplyPromotion(Terms(DiscountKind.Percentage, 15m), Today.AddDays(days)));

        Assert.Contains(message, refused.Errors.For(nameof(OrderInput.PromotionCode)));
        Assert.Null(order.PromotionId);
        Assert.Equal(0m, order.DiscountTotal);
        Assert.Equal(64.97m, order.NetTotal);
    }

    [Fact]
    public void BelowTheMinimum_OrWithoutItsProducts_IsRefused()
    {
        var order = Draft(Chairs, Pens);

        var small = Assert.Throws<InvalidInputException>(() => order.ApplyPromotion(Terms(DiscountKind.Percentage, 15m, 65m), Today));
        var elsewhere = Assert.Throws<InvalidInputException>(() => order.ApplyPromotion(Terms(DiscountKind.Percentage, 15m, 0m, 99), Today));

        Assert.Contains("at least 65.00 before VAT; this one is 64.97", small.Errors.For(nameof(OrderInput.PromotionCode)));
        Assert.Contains("applies to none of these products", elsewhere.Errors.For(nameof(OrderInput.PromotionCode)));
    }

    [Fact]
    public void Editing_WorksTheDiscountOutAgain_SoItNeverComesOffTwice()
    {
        var order = Draft(Chairs, Pens);
        var promotion = Terms(DiscountKind.Percentage, 15m);
        order.ApplyPromotion(promotion, Today);

        order.Edit(new OrderInput(1, 1, [Chairs, Pens]), promotion, Today);
        order.Edit(new OrderInput(1, 1, [Chairs, Pens]), promotion, Today);

        Assert.Equal(9.75m, order.DiscountTotal);
        Assert.Equal(66.30m, order.GrossTotal);
    }

    [Fact]
    public void Editing_KeepsThePromotionTheDraftHas_AfterItEnds_ButRefusesANewOne()
    {
        var order = Draft(Chairs, Pens);
        order.ApplyPromotion(Terms(DiscountKind.Percentage, 15m), Today);
        var later = Today.AddDays(30);

        order.Edit(new OrderInput(1, 1, [Chairs]), Terms(DiscountKind.Percentage, 15m), later);
        var other = Terms(DiscountKind.Percentage, 20m) with { PromotionId = 2 };

        Assert.Equal(9.00m, order.DiscountTotal);
        Assert.Throws<InvalidInputException>(() => order.Edit(new OrderInput(1, 1, [Chairs, Pens]), other, later));
        Assert.Equal(1, order.PromotionId);
        Assert.Equal(59.97m - 9.00m, order.NetTotal);
    }

    [Fact]
    public void Editing_WithoutAPromotion_TakesTheDiscountAway()
    {
        var order = Draft(Chairs, Pens);
        order.ApplyPromotion(Terms(DiscountKind.Percentage, 15m), Today);

        order.Edit(new OrderInput(1, 1, [Chairs, Pens]), null, Today);

        Assert.Null(order.PromotionId);
        Assert.Equal(0m, order.DiscountTotal);
        Assert.Equal(64.97m, order.NetTotal);
    }

    [Fact]
    public void Invoice_BooksRevenueAtThePrices_AndTheDiscountApart_Balanced()
    {
        // The percentage order above: 66.30 gross, 55.22 net after 9.75 off, 11.08 VAT.
        var entry = Postings.Invoice(new InvoiceToPost(1, "INV-2026-00001", Today, 55.22m, 11.08m, 66.30m, 9.75m), new LockDate(null), "schedule", Now)!;

        Assert.Equal(
            [(Accounts.AccountsReceivable, 66.30m, 0m), (Accounts.SalesDiscounts, 9.75m, 0m), (Accounts.SalesRevenue, 0m, 64.97m), (Accounts.VatPayable, 0m, 11.08m)],
            entry.Lines.Select(l => (l.AccountCode, l.Debit, l.Credit)));
        Assert.Equal(entry.TotalDebit, entry.TotalCredit);
    }

    [Theory]
    [InlineData(DiscountKind.Percentage, 0, "Value")]
    [InlineData(DiscountKind.Percentage, 100.5, "Value")]
    [InlineData(DiscountKind.FixedAmount, 10.005, "Value")]
    public void Input_RefusesAnImpossibleDiscount(DiscountKind kind, decimal value, string field)
    {
        var input = new PromotionInput("Spring", "SPRING-26", kind, value, Today, Today, 0m, []);

        Assert.NotNull(input.Validate().For(field));
    }

    [Fact]
    public void Input_RefusesALastDayBeforeTheFirst()
    {
        var input = new PromotionInput("Spring", "SPRING-26", DiscountKind.Percentage, 10m, Today, Today.AddDays(-1), 0m, []);

        Assert.NotNull(input.Validate().For(nameof(PromotionInput.EndsOn)));
    }
}
