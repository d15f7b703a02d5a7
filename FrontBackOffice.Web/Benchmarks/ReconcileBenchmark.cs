using System.Diagnostics;
using System.Globalization;
using FrontBackOffice.Domain.Stock;
using FrontBackOffice.Web.Company;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Features.Stock;
using FrontBackOffice.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontBackOffice.Web.Benchmarks;

/// <summary>
/// The stock reconciliation of generated counts on the real job path: a count at one warehouse (cold, the first run in
/// the process), then an equal count at another (warm), each reconciled, adjusted, booked and closed. Its baselines, in
/// the same run: the <b>naive</b> reconciliation of a third warehouse's count (per line, its own queries and one EF
/// <c>SaveChanges</c> to reconcile it and another to adjust it) and the <b>floor</b>, the warm run's writes made again
/// by prepared commands in the job's chunks, a transaction each: every line's reconciliation, then every line posted with
/// its stock level, product and adjustment movement (a copy, for a count line numbered below zero).
/// </summary>
public sealed class ReconcileBenchmark(
    IDbContextFactory<AppDbContext> dbFactory, BenchJobs jobs, BusinessCalendar calendar, GeneratedCompany generator, IOptions<StockOptions> options)
{
    private const int NaiveLines = 2_000;

    public async Task<string> RunAsync(int skus, TextWriter progress, CancellationToken cancellationToken)
    {
        await progress.WriteLineAsync($"Generating two counts of {skus:N0} lines and one of {NaiveLines:N0}…");
        var generation = Stopwatch.StartNew();
        var counts = await generator.GenerateCountsAsync(["NORTH", "EAST"], skus, seed: 2026, cancellationToken);
        var naiveCount = (await generator.GenerateCountsAsync(["WEST"], Math.Min(skus, NaiveLines), seed: 2027, cancellationToken))[0];
        await progress.WriteLineAsync($"Data ready in {generation.Elapsed.TotalSeconds:0.0} s; reconciling (cold, then warm)…");

        var (cold, _) = await jobs.RunAsync(JobKinds.StockReconciliation, CountService.SubjectOf(counts[0]), null, cancellationToken);
        var (warm, run) = await jobs.RunAsync(JobKinds.StockReconciliation, CountService.SubjectOf(counts[1]), null, cancellationToken);
        await progress.WriteLineAsync("Naive, then floor…");
        var (naiveLines, naive) = await NaiveAsync(naiveCount, cancellationToken);
        var (lines, adjusted, floor) = await FloorAsync(counts[1], cancellationToken);

        return new JobFigures("lines", lines, cold, warm, floor, naiveLines, naive).Table(
            $"`reconcile` — counts of {skus:N0} generated products, chunks of {options.Value.ChunkSize}. Warm: {run.Summary}", ("lines", lines), ("adjusted", adjusted));
    }

    /// <summary>The naive way, line by line: reconcile each with its own queries and save; then adjust each that differs and save.</summary>
    private async Task<(int Lines, TimeSpan Elapsed)> NaiveAsync(int countId, CancellationToken cancellationToken)
    {
        var threshold = options.Value.ApprovalThreshold;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var count = await db.CountSessions.AsNoTracking().SingleAsync(s => s.Id == countId, cancellationToken);
        var time = Stopwatch.StartNew();
        var ids = await db.CountLines.Where(l => l.SessionId == countId).OrderBy(l => l.Id).Select(l => l.Id).ToListAsync(cancellationToken);
        foreach (var id in ids)
        {
            var line = await db.CountLines.SingleAsync(l => l.Id == id, cancellationToken);
            var since = await db.StockMovements.Where(m => m.LocationId == count.LocationId && m.Id > count.SnapshotMovementId && m.ProductId == line.ProductId)
                .SumAsync(m => m.Quantity, cancellationToken);
            var cost = await db.Products.Where(p => p.Id == line.ProductId).Select(p => p.UnitCost).SingleAsync(cancellationToken);
            line.Reconcile(since, cost, threshold);
            await db.SaveChangesAsync(cancellationToken);
        }
        foreach (var id in ids)
        {
            var line = await db.CountLines.SingleAsync(l => l.Id == id, cancellationToken);
            if (line.Variance is { } variance and not 0)
            {
                var level = await db.StockLevels.SingleAsync(l => l.ProductId == line.ProductId && l.LocationId == count.LocationId, cancellationToken);
                var product = await db.Products.SingleAsync(p => p.Id == line.ProductId, cancellationToken);
                db.StockMovements.Add(level.Adjust(variance, line.UnitCost!.Value, calendar.UtcNow, new StockSource(StockSource.StockCount, line.Id)));
                line.MarkPosted(variance > 0 ? product.Receive(variance, line.UnitCost!.Value) : product.Issue(-variance));
            }
            else
            {
                line.MarkPosted();
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        return (ids.Count, time.Elapsed);
    }

    private async Task<(int Lines, int Adjusted, TimeSpan Elapsed)> FloorAsync(int countId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        var location = await db.CountSessions.Where(s => s.Id == countId).Select(s => s.LocationId).SingleAsync(cancellationToken);
        var lines = await RawRows.ReadAsync(connection, "CountLines", $"\"SessionId\" = {countId}", "\"Id\"", cancellationToken);
        var levels = await RawRows.ReadAsync(connection, "StockLevels", $"\"LocationId\" = {location}", "\"Id\"", cancellationToken);
        var products = await RawRows.ReadAsync(connection, "Products",
            $"\"Id\" IN (SELECT \"ProductId\" FROM \"StockLevels\" WHERE \"LocationId\" = {location})", "\"Id\"", cancellationToken);
        var movements = await RawRows.ReadAsync(connection, "StockMovements",
            $"\"SourceType\" = '{StockSource.StockCount}' AND \"SourceId\" IN (SELECT \"Id\" FROM \"CountLines\" WHERE \"SessionId\" = {countId})", "\"Id\"", cancellationToken);
        var lastMovement = await db.StockMovements.MaxAsync(m => m.Id, cancellationToken);
        var (movementId, source) = (movements.Column("Id"), movements.Column("SourceId"));
        var movementOf = movements.Rows.ToDictionary(m => Convert.ToInt64(m[source], CultureInfo.InvariantCulture));
        foreach (var movement in movements.Rows)
        {
            (movement[movementId], movement[source]) = (++lastMovement, -Convert.ToInt64(movement[source], CultureInfo.InvariantCulture));
        }
        var (lineId, productId) = (lines.Column("Id"), lines.Column("ProductId"));
        var levelOf = levels.Rows.ToDictionary(l => Convert.ToInt64(l[levels.Column("ProductId")], CultureInfo.InvariantCulture));
        var productOf = products.Rows.ToDictionary(p => Convert.ToInt64(p[products.Column("Id")], CultureInfo.InvariantCulture));

        var time = Stopwatch.StartNew();
        foreach (var chunk in lines.Rows.Chunk(options.Value.ChunkSize))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await lines.UpdateAsync(connection, transaction, ["Expected", "Variance", "UnitCost", "Value", "NeedsApproval"], chunk, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        foreach (var chunk in lines.Rows.Chunk(options.Value.ChunkSize))
        {
            var moved = chunk.Where(l => movementOf.ContainsKey(Convert.ToInt64(l[lineId], CultureInfo.InvariantCulture))).ToList();
            var ofProducts = moved.Select(l => Convert.ToInt64(l[productId], CultureInfo.InvariantCulture)).ToList();
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await lines.UpdateAsync(connection, transaction, ["Posted", "Value"], chunk, cancellationToken);
            await levels.UpdateAsync(connection, transaction, ["OnHand"], ofProducts.Select(p => levelOf[p]), cancellationToken);
            await products.UpdateAsync(connection, transaction, ["OnHand", "StockValue", "UnitCost"], ofProducts.Select(p => productOf[p]), cancellationToken);
            await movements.InsertAsync(connection, transaction, moved.Select(l => movementOf[Convert.ToInt64(l[lineId], CultureInfo.InvariantCulture)]), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        return (lines.Rows.Count, movements.Rows.Count, time.Elapsed);
    }
}
