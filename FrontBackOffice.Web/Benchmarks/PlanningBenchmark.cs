using System.Data;
using System.Data.Common;
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
/// inserted by one prepared command in chunks of the job's size, each chunk a transaction.
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

    /// <summary>The same reads and writes, by the database alone; the rows written are removed again afterwards.</summary>
    private async Task<TimeSpan> FloorAsync(long runId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.ReplenishmentProposals.AsNoTracking().Where(p => p.RunId == runId).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var sqlite = db.Database.IsSqlite();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
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
        const long floorRun = -1;
        foreach (var chunk in rows.Chunk(options.Value.PlanningChunkSize))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = """INSERT INTO "ReplenishmentProposals" ("RunId", "ProductId", "Kind", "Quantity", "SupplierId", "ReorderLevel", "Available", "Incoming", "Demand", "ProposedAt", "Status" """
                + (sqlite ? """, "Version") """ : ") ") + "VALUES (@run, @product, @kind, @quantity, @supplier, @reorder, @available, @incoming, @demand, @at, 'Open'" + (sqlite ? ", 0)" : ")");
            var parameters = new[]
            {
                Parameter(insert, "@run", DbType.Int64), Parameter(insert, "@product", DbType.Int32), Parameter(insert, "@kind", DbType.String),
                Parameter(insert, "@quantity", DbType.Int32), Parameter(insert, "@supplier", DbType.Int32), Parameter(insert, "@reorder", DbType.Int32),
                Parameter(insert, "@available", DbType.Int32), Parameter(insert, "@incoming", DbType.Int32), Parameter(insert, "@demand", DbType.Int32),
                Parameter(insert, "@at", sqlite ? DbType.DateTime : DbType.DateTimeOffset),
            };
            await insert.PrepareAsync(cancellationToken);
            foreach (var row in chunk)
            {
                object?[] values = [floorRun, row.ProductId, row.Kind.ToString(), row.Quantity, row.SupplierId, row.ReorderLevel, row.Available, row.Incoming, row.Demand,
                    sqlite ? row.ProposedAt : new DateTimeOffset(row.ProposedAt, TimeSpan.Zero)];
                for (var i = 0; i < values.Length; i++)
                {
                    parameters[i].Value = values[i] ?? DBNull.Value;
                }
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }
        time.Stop();
        await db.ReplenishmentProposals.Where(p => p.RunId == floorRun).ExecuteDeleteAsync(cancellationToken);
        return time.Elapsed;
    }

    private static DbParameter Parameter(DbCommand command, string name, DbType type)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
