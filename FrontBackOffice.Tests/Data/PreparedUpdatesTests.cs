using FrontBackOffice.Domain.Stock;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Tests.Data;

[Collection(AppCollection.Name)]
public class PreparedUpdatesTests(DemoApp app)
{
    private static readonly string[] ReorderLevel = [nameof(Product.ReorderLevel)];

    [Fact]
    public async Task VersionedRow_IsWritten_AndItsVersionMoves_SoACopyReadBeforeIsRefused()
    {
        await using var first = app.CreateDbContext();
        await using var second = app.CreateDbContext();
        var product = await first.Products.OrderBy(p => p.Id).FirstAsync();
        var stale = await second.Products.SingleAsync(p => p.Id == product.Id);

        await using (var transaction = await first.Database.BeginTransactionAsync())
        {
            await first.UpdateEachAsync([product], ReorderLevel, CancellationToken.None);
            await transaction.CommitAsync();
        }
        var refused = await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.UpdateEachAsync([stale], ReorderLevel, CancellationToken.None));

        Assert.Equal(EntityState.Detached, first.Entry(product).State);
        Assert.Contains($"Product {product.Id} was changed", refused.Message);
        await using var fresh = app.CreateDbContext();
        var reread = await fresh.Products.SingleAsync(p => p.Id == product.Id);
        await fresh.UpdateEachAsync([reread], ReorderLevel, CancellationToken.None);
    }

    [Fact]
    public async Task VersionedRow_ReadUntracked_IsRefused_ForItsVersionIsNotKnown()
    {
        await using var db = app.CreateDbContext();
        var product = await db.Products.AsNoTracking().FirstAsync();

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => db.UpdateEachAsync([product], ReorderLevel, CancellationToken.None));

        Assert.Contains("row version", refused.Message);
    }

    [Fact]
    public async Task VersionedRow_ChangedBeyondWhatTheUpdateWrites_IsRefused_RatherThanHalfWritten()
    {
        await using var db = app.CreateDbContext();
        var product = await db.Products.OrderBy(p => p.Id).FirstAsync();
        product.Receive(1, product.UnitCost + 1);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => db.UpdateEachAsync([product], [nameof(Product.OnHand)], CancellationToken.None));

        Assert.Contains(nameof(Product.UnitCost), refused.Message);
    }
}
