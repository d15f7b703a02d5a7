using System.Diagnostics;
using System.Globalization;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Features.Marketing;
using FrontBackOffice.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontBackOffice.Web.Benchmarks;

/// <summary>
/// The customer segmentation on the real job path (a run recorded and worked by the <see cref="JobRunner"/>, as
/// Hangfire would), on generated sales: the first run in the process (cold) and a second one (warm, which scores every
/// customer again and finds no change). Its baseline, the floor, is what the database alone needs for the same work:
/// the window's orders grouped by customer in one query, and the warm run's scores written again by prepared commands in
/// chunks of the job's size, each chunk a transaction.
/// </summary>
public sealed class SegmentationBenchmark(
    IDbContextFactory<AppDbContext> dbFactory, BenchJobs jobs, GeneratedCompany generator, IOptions<MarketingOptions> options)
{
    public async Task<string> RunAsync(int orders, int customers, TextWriter progress, CancellationToken cancellationToken)
    {
        await progress.WriteLineAsync($"Generating {orders:N0} orders of {customers:N0} customers over two years…");
        var generation = Stopwatch.StartNew();
        await generator.GenerateSalesAsync(new GeneratedCompany.Sales(orders, customers, Skus: 1_000, Days: 730), seed: 2026, cancellationToken);
        await progress.WriteLineAsync($"Data ready in {generation.Elapsed.TotalSeconds:0.0} s; segmenting (cold, then warm)…");
        var (cold, _) = await jobs.RunAsync(JobKinds.Segmentation, ScheduledJobs.Subject, null, cancellationToken);
        var (warm, run) = await jobs.RunAsync(JobKinds.Segmentation, ScheduledJobs.Subject, null, cancellationToken);
        await progress.WriteLineAsync("Floor…");
        var floor = await FloorAsync(cancellationToken);

        string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        return string.Join('\n',
            $"`segment` — {orders:N0} generated orders of {customers:N0} customers over two years, chunks of {options.Value.SegmentationChunkSize:N0}. Warm: {run.Summary}",
            "",
            "| customers | cold s | warm s | customers/s (warm) | floor s | warm/floor |",
            "|---|---|---|---|---|---|",
            string.Create(CultureInfo.InvariantCulture,
                $"| {run.Total:N0} | {Seconds(cold)} | {Seconds(warm)} | {run.Total / warm.TotalSeconds:N0} | {Seconds(floor)} | {warm / floor:0.0}× |"));
    }

    /// <summary>
    /// The same reads and writes, by the database alone: the window's orders grouped by customer, read once, and every
    /// customer's scores removed and written again as they are stored, chunk by chunk.
    /// </summary>
    private async Task<TimeSpan> FloorAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        var scores = await RawRows.ReadAsync(connection, "CustomerSegments", "1 = 1", "\"CustomerId\"", cancellationToken);
        var since = DateTime.UtcNow.AddDays(-options.Value.SegmentationWindowDays);

        var time = Stopwatch.StartNew();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT "CustomerId", MAX("CreatedAt"), COUNT(*), SUM("NetTotal") FROM "SalesOrders"
                WHERE "CreatedAt" >= @since AND "Status" IN ('Confirmed', 'Shipped', 'Invoiced') GROUP BY "CustomerId"
                """;
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@since";
            parameter.Value = since;
            command.Parameters.Add(parameter);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
            }
        }
        await db.CustomerSegments.ExecuteDeleteAsync(cancellationToken);
        foreach (var chunk in scores.Rows.Chunk(options.Value.SegmentationChunkSize))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await scores.InsertAsync(connection, transaction, chunk, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        return time.Elapsed;
    }
}
