using System.Diagnostics;
using System.Globalization;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontBackOffice.Web.Benchmarks;

/// <summary>
/// The replenishment planning on the real job path (a run recorded and worked by the <see cref="JobRunner"/>, as
/// Hangfire would), on a generated company or the demo company: the first run in the process (cold) and a second one
/// (warm, which replaces the first one's proposals). Its baseline, the floor, is what the database alone needs for the
/// same work: the planning inputs of every product read by one grouped query each, and the warm run's proposals
/// written again by prepared commands in chunks of the job's size, each chunk a transaction.
/// </summary>
public sealed class PlanningBenchmark(
    IDbContextFactory<AppDbContext> dbFactory, BenchJobs jobs, GeneratedCompany generator, IOptions<Features.Making.MakingOptions> options)
{
    public async Task<string> RunAsync(int? products, TextWriter progress, CancellationToken cancellationToken)
    {
        var generation = Stopwatch.StartNew();
        if (products is { } count)
        {
            await progress.WriteLineAsync($"Generating {count:N0} products on three levels…");
            await generator.GenerateProductsAsync(count, seed: 2026, cancellationToken);
        }
        generation.Stop();
        await progress.WriteLineAsync($"Data ready in {generation.Elapsed.TotalSeconds:0.0} s; planning (cold, then warm)…");
        var (cold, _) = await jobs.RunAsync(JobKinds.Replenishment, ScheduledJobs.Subject, null, cancellationToken);
        var (warm, run) = await jobs.RunAsync(JobKinds.Replenishment, ScheduledJobs.Subject, null, cancellationToken);
        await progress.WriteLineAsync("Floor…");
        var floor = await FloorAsync(run.Id, cancellationToken);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var proposals = await db.ReplenishmentProposals.CountAsync(p => p.RunId == run.Id, cancellationToken);
        var planned = run.Total;
        string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        return string.Join('\n',
            $"`plan` — {(products is null ? "the demo company" : "a generated company")}: {run.Summary}",
            "",
            "| products | proposals | cold s | warm s | products/s (warm) | floor s | warm/floor |",
            "|---|---|---|---|---|---|---|",
            string.Create(CultureInfo.InvariantCulture,
                $"| {planned:N0} | {proposals:N0} | {Seconds(cold)} | {Seconds(warm)} | {planned / warm.TotalSeconds:N0} | {Seconds(floor)} | {warm / floor:0.0}× |"));
    }

    /// <summary>
    /// The same reads and writes, by the database alone: the planning inputs of every product read by one grouped query
    /// each, and the warm run's proposals written again as they are stored (for a run numbered below zero), chunk by
    /// chunk; the rows written are removed again afterwards.
    /// </summary>
    private async Task<TimeSpan> FloorAsync(long runId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        var proposals = await RawRows.ReadAsync(connection, "ReplenishmentProposals", $"\"RunId\" = {runId}", "\"Id\"", cancellationToken);
        var lastId = await db.ReplenishmentProposals.MaxAsync(p => (long?)p.Id, cancellationToken) ?? 0;
        const long floorRun = -1;
        var (id, run) = (proposals.Column("Id"), proposals.Column("RunId"));
        foreach (var row in proposals.Rows)
        {
            (row[id], row[run]) = (++lastId, floorRun);
        }

        var time = Stopwatch.StartNew();
        foreach (var query in new[]
        {
            """SELECT "Id", "Sourcing", "ReorderLevel" FROM "Products" """,
            """SELECT "ProductId", SUM("OnHand" - "Reserved") FROM "StockLevels" GROUP BY "ProductId" """,
            """SELECT l."ProductId", SUM(l."Quantity" - l."Received") FROM "PurchaseOrderLines" l JOIN "PurchaseOrders" o ON o."Id" = l."OrderId" WHERE o."Status" IN ('Draft', 'Ordered', 'PartiallyReceived') AND l."Quantity" > l."Received" GROUP BY l."ProductId" """,
            """SELECT "ProductId", SUM("Quantity") FROM "WorkOrders" WHERE "Status" IN ('Draft', 'Released', 'InProgress') GROUP BY "ProductId" """,
            """SELECT c."ComponentId", SUM(c."Required") FROM "WorkOrderComponents" c JOIN "WorkOrders" o ON o."Id" = c."WorkOrderId" WHERE o."Status" = 'Draft' GROUP BY c."ComponentId" """,
            """SELECT "ProductId", "SupplierId" FROM "PurchaseOrderLines" l JOIN "PurchaseOrders" o ON o."Id" = l."OrderId" """,
        })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = query;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
            }
        }
        foreach (var chunk in proposals.Rows.Chunk(options.Value.PlanningChunkSize))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await proposals.InsertAsync(connection, transaction, chunk, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        time.Stop();
        await db.ReplenishmentProposals.Where(p => p.RunId == floorRun).ExecuteDeleteAsync(cancellationToken);
        return time.Elapsed;
    }
}
