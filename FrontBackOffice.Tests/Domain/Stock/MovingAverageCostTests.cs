using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Stock;

namespace FrontBackOffice.Tests.Domain.Stock;

public class MovingAverageCostTests
{
    private static Product NewProduct(decimal cost = 5m) => new(new ProductDetails("LAMP", "Desk lamp", 20m, cost, 0));

    [Fact]
    public void ReceiptIntoZeroStock_SetsTheCostToThePricePaid()
    {
        var product = NewProduct(cost: 5m);

        var received = product.Receive(10, 7.25m);

        Assert.Equal((10, 72.50m, 7.25m), (product.OnHand, product.StockValue, product.UnitCost));
        Assert.Equal(new StockValuation(7.25m, 72.50m), received);
    }

    [Fact]
    public void ReceiptAtAnotherPrice_MakesTheCostTheWeightedAverage()
    {
        var product = NewProduct();
        product.Receive(10, 6m);

        product.Receive(30, 8m);

        // (10 × 6 + 30 × 8) / 40 = 300 / 40 = 7.50
        Assert.Equal((40, 300m, 7.50m), (product.OnHand, product.StockValue, product.UnitCost));
    }

    [Fact]
    public void AverageThatDoesNotDivideEvenly_IsKeptToFourDecimals_AndTheValueToTheCent()
    {
        var product = NewProduct();
        product.Receive(1, 10m);
        product.Receive(2, 6m);

        Assert.Equal((22m, 7.3333m), (product.StockValue, product.UnitCost));
    }

    [Fact]
    public void Issues_TakeTheirShareOfTheValue_AndTheLastUnitsTakeWhatIsLeft()
    {
        var product = NewProduct();
        product.Receive(3, 7.3333m); // 22.00

        var first = product.Issue(1);
        var second = product.Issue(1);
        var last = product.Issue(1);

        Assert.Equal([7.33m, 7.34m, 7.33m], new[] { first.Value, second.Value, last.Value });
        Assert.Equal(22.00m, first.Value + second.Value + last.Value);
        Assert.Equal((0, 0m), (product.OnHand, product.StockValue));
    }

    [Fact]
    public void AnIssue_LeavesTheAverageCostAsItWas()
    {
        var product = NewProduct();
        product.Receive(10, 6m);
        product.Receive(30, 8m);

        var issued = product.Issue(4);

        Assert.Equal((7.50m, 30.00m, 7.50m, 270m), (issued.UnitCost, issued.Value, product.UnitCost, product.StockValue));
    }

    [Fact]
    public void IssuingMoreThanOnHand_IsRefused()
    {
        var product = NewProduct();
        product.Receive(2, 6m);

        var refused = Assert.Throws<DomainException>(() => product.Issue(3));

        Assert.Contains("only 2 on hand", refused.Message);
        Assert.Equal((2, 12m), (product.OnHand, product.StockValue));
    }

    [Fact]
    public void ACountGain_ComesInAtTheCurrentCost()
    {
        var product = NewProduct();
        product.Receive(4, 2.5m);

        var gained = product.Gain(2);

        Assert.Equal((5.00m, 6, 15.00m, 2.5m), (gained.Value, product.OnHand, product.StockValue, product.UnitCost));
    }

    [Fact]
    public void TheCostOfAProductInStock_CannotBeTyped()
    {
        var product = NewProduct();
        product.Receive(4, 2.5m);

        var refused = Assert.Throws<InvalidInputException>(() => product.Update(new ProductDetails("LAMP", "Desk lamp", 20m, 3m, 0)));

        Assert.Contains("average", refused.Errors.For(nameof(ProductDetails.UnitCost)));
        product.Update(new ProductDetails("LAMP", "Desk lamp, black", 21m, 2.5m, 4));
        Assert.Equal(("Desk lamp, black", 2.5m), (product.Name, product.UnitCost));
    }
}
