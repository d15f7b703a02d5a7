using FrontBackOffice.Domain.Stock;
using FrontBackOffice.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Shared.Stock;

/// <summary>How goods come into stock, for the warehouse's free receipts and for receipts against purchase orders alike.</summary>
public static class Receiving
{
    /// <summary>
    /// Saves a receipt and writes its movement: the product's value and moving-average cost take it in, and the stock
    /// level of its location (made if the product was never there) rises. The caller's transaction, if any, holds both.
    /// </summary>
    public static async Task ReceiveIntoStockAsync(this AppDbContext db, Product product, GoodsReceipt receipt, CancellationToken cancellationToken)
    {
        var level = await db.StockLevels.SingleOrDefaultAsync(l => l.ProductId == receipt.ProductId && l.LocationId == receipt.LocationId, cancellationToken);
        if (level is null)
        {
            level = new StockLevel(receipt.ProductId, receipt.LocationId);
            db.StockLevels.Add(level);
        }
        product.Receive(receipt.Quantity, receipt.UnitCost);
        db.GoodsReceipts.Add(receipt);
        await db.SaveChangesAsync(cancellationToken);
        db.StockMovements.Add(level.Receive(receipt.Quantity, receipt.UnitCost, receipt.ReceivedAt, new StockSource(StockSource.GoodsReceipt, receipt.Id)));
        await db.SaveChangesAsync(cancellationToken);
    }
}
