using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Tests.Data;

[Collection(AppCollection.Name)]
public class PreparedUpdatesTests(DemoApp app)
{
    [Fact]
    public async Task RowsWithARowVersion_AreRefused_ForAPreparedUpdateWouldNeitherCheckNorMoveIt()
    {
        await using var db = app.CreateDbContext();
        var product = await db.Products.AsNoTracking().FirstAsync();

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => db.UpdateEachAsync([product], [nameof(FrontBackOffice.Domain.Stock.Product.Name)], CancellationToken.None));

        Assert.Contains("row version", refused.Message);
    }
}
