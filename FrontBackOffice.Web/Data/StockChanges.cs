using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Stock;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Data;

/// <summary>How a document that reserves, consumes or ships stock is changed when others change the same stock at once.</summary>
public static class StockChanges
{
    /// <summary>
    /// Runs a change on fresh data and saves it; when someone else changed the same document or stock meanwhile (the
    /// concurrency tokens, a sequence taken first, a deadlock victim), it starts again from the new data, so the domain
    /// decides on what is true now. A short random pause before each new attempt keeps the losers of one race from
    /// colliding again. <paramref name="document"/> names what the user reloads ("order", "work order").
    /// </summary>
    public static async Task ChangeWithRetryAsync(
        this IDbContextFactory<AppDbContext> dbFactory, string document, int attempts, Func<AppDbContext, Task> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            await change(db);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException e) when (attempt < attempts && IsRetryable(e))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 * attempt)), cancellationToken);
            }
            catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || e.IsLostRace())
            {
                throw new ConcurrencyConflictException($"The {document} or its stock kept changing while you worked on it. Reload the {document} and try again.");
            }
            catch (DbUpdateException e) when (e.IsConstraintViolation())
            {
                throw new ConcurrencyConflictException($"The stock changed at the same moment and would have gone negative; nothing was saved. Reload the {document} and try again.");
            }
        }
    }

    private static bool IsRetryable(DbUpdateException e) => e is DbUpdateConcurrencyException || e.IsUniqueViolation() || e.IsLostRace();

    /// <summary>The stock levels of the products at a location, tracked; a product never kept there gets a new, empty level.</summary>
    public static async Task<Dictionary<int, StockLevel>> StockLevelsAsync(
        this AppDbContext db, int locationId, IEnumerable<int> productIds, CancellationToken cancellationToken)
    {
        var ids = productIds.ToList();
        var levels = await db.StockLevels.Where(l => l.LocationId == locationId && ids.Contains(l.ProductId))
            .ToDictionaryAsync(l => l.ProductId, cancellationToken);
        foreach (var missing in ids.Where(id => !levels.ContainsKey(id)))
        {
            levels[missing] = new StockLevel(missing, locationId);
            db.StockLevels.Add(levels[missing]);
        }
        return levels;
    }
}
