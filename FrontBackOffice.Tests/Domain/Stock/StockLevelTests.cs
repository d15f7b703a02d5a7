using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Stock;

namespace FrontBackOffice.Tests.Domain.Stock;

public class StockLevelTests
{
    private static readonly DateTime Now = new(2026, 3, 10, 9, 0, 0, DateTimeKind.Utc);
    private static readonly StockSource Source = new(StockSource.SalesOrder, 1);

    private static StockLevel WithOnHand(int quantity)
    {
        var level = new StockLevel(1, 1);
        level.Receive(quantity, 2m, Now, new StockSource(StockSource.GoodsReceipt, 1));
        return level;
    }

    [Fact]
    public void Receive_AddsToOnHand_AndWritesAReceiptMovement()
    {
        var level = new StockLevel(3, 4);

        var movement = level.Receive(10, 2.5m, Now, Source);

        Assert.Equal(10, level.OnHand);
        Assert.Equal((3, 4, MovementKind.Receipt, 10, 2.5m), (movement.ProductId, movement.LocationId, movement.Kind, movement.Quantity, movement.UnitCost));
    }

    [Fact]
    public void Reserve_LowersAvailable_NotOnHand()
    {
        var level = WithOnHand(10);

        level.Reserve(4);

        Assert.Equal((10, 4, 6), (level.OnHand, level.Reserved, level.Available));
    }

    [Fact]
    public void Reserve_IsRefused_BeyondAvailable()
    {
        var level = WithOnHand(5);
        level.Reserve(3);

        Assert.Throws<DomainException>(() => level.Reserve(3));
        Assert.Equal(3, level.Reserved);
    }

    [Fact]
    public void ShipReserved_LowersOnHandAndReservation_WithANegativeMovement()
    {
        var level = WithOnHand(10);
        level.Reserve(4);

        var movement = level.ShipReserved(4, 2m, Now, Source);

        Assert.Equal((6, 0), (level.OnHand, level.Reserved));
        Assert.Equal((MovementKind.Shipment, -4), (movement.Kind, movement.Quantity));
    }

    [Fact]
    public void ShipReserved_IsRefused_ForUnitsNotReserved()
    {
        var level = WithOnHand(10);
        level.Reserve(2);

        Assert.Throws<DomainException>(() => level.ShipReserved(3, 2m, Now, Source));
    }

    [Fact]
    public void Release_ReturnsReservedUnitsToAvailable()
    {
        var level = WithOnHand(10);
        level.Reserve(4);

        level.Release(4);

        Assert.Equal(10, level.Available);
    }

    [Fact]
    public void Adjust_IsRefused_WhenStockWouldGoNegative()
    {
        var level = WithOnHand(3);

        Assert.Throws<DomainException>(() => level.Adjust(-4, 2m, Now, Source));
        Assert.Equal(3, level.OnHand);
    }
}
