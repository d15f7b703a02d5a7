using System.Diagnostics;
using System.Globalization;
using FrontBackOffice.Domain.Ledger;
using FrontBackOffice.Web.Company;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Features.Ledger;
using FrontBackOffice.Web.Jobs;
using FrontBackOffice.Web.Shared.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontBackOffice.Web.Benchmarks;

/// <summary>
/// The nightly close of a generated company (every order a shipment and an invoice to book) on the real job path, twice
/// over the same number of orders: the first close in the process (cold) books the earlier half of the days, with the
/// clock set back to the night after them, and the second (warm) books the later half. Its baselines, in the same run:
/// the <b>naive</b> close of its last documents, one EF <c>SaveChanges</c> per entry after a check that it is not yet
/// booked; and the <b>floor</b>, the warm close's entries and lines written once more by prepared commands in the job's
/// chunks, a transaction each. Both write copies for today, the days they belong to being closed.
/// </summary>
public sealed class CloseBenchmark(
    IDbContextFactory<AppDbContext> dbFactory, BenchJobs jobs, BenchClock clock, BusinessCalendar calendar, GeneratedCompany generator,
    IOptions<NightlyAccountingOptions> options)
{
    private const int NaiveDocuments = 2_000;

    public async Task<string> RunAsync(int orders, int days, TextWriter progress, CancellationToken cancellationToken)
    {
        var sales = new GeneratedCompany.Sales(2 * orders, Customers: Math.Max(100, orders / 10), Skus: Math.Clamp(orders / 100, 50, 10_000), 2 * days);
        await progress.WriteLineAsync($"Generating {sales.Orders:N0} orders of {sales.Customers:N0} customers over {sales.Days} days…");
        var generation = Stopwatch.StartNew();
        await generator.GenerateSalesAsync(sales, seed: 2026, cancellationToken);
        await progress.WriteLineAsync($"Data ready in {generation.Elapsed.TotalSeconds:0.0} s; closing the first {days} days (cold), then the next {days} (warm)…");

        clock.Offset = TimeSpan.FromDays(-days);
        var (cold, coldRun) = await jobs.RunAsync(JobKinds.NightlyAccounting, ScheduledJobs.Subject, null, cancellationToken);
        clock.Offset = TimeSpan.Zero;
        var coldLast = await LastEntryIdAsync(cancellationToken);
        var (warm, run) = await jobs.RunAsync(JobKinds.NightlyAccounting, ScheduledJobs.Subject, null, cancellationToken);
        var warmEntries = (After: coldLast, Last: await LastEntryIdAsync(cancellationToken));
        await progress.WriteLineAsync("Naive, then floor…");
        var (naiveDocuments, naive) = await NaiveAsync(warmEntries, cancellationToken);
        var (documents, floor) = await FloorAsync(warmEntries, cancellationToken);

        return new JobFigures("docs", documents, cold, warm, floor, naiveDocuments, naive).Table(
            $"`close` — {orders:N0} generated orders over {days} days per close, chunks of {options.Value.ChunkSize}. Cold: {coldRun.Summary} Warm: {run.Summary}",
            ("orders", orders), ("documents", documents));
    }

    private async Task<long> LastEntryIdAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.JournalEntries.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
    }

    /// <summary>
    /// The warm close's entries and lines, written again chunk by chunk as they are stored, but dated today and for
    /// documents of negative numbers (the ledger takes nothing into a closed day, nor a document twice). The copies take
    /// the numbers after the last entry and line, past PostgreSQL's identity sequence: nothing may write entries after it.
    /// </summary>
    private async Task<(int Documents, TimeSpan Elapsed)> FloorAsync((long After, long Last) warm, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        var entries = await RawRows.ReadAsync(connection, "JournalEntries", $"\"Id\" > {warm.After} AND \"Id\" <= {warm.Last}", "\"Id\"", cancellationToken);
        var lines = await RawRows.ReadAsync(connection, "JournalLines", $"\"EntryId\" > {warm.After} AND \"EntryId\" <= {warm.Last}", "\"EntryId\", \"Id\"", cancellationToken);
        var (lastEntry, lastLine) = (await db.JournalEntries.MaxAsync(e => e.Id, cancellationToken), await db.JournalLines.MaxAsync(l => l.Id, cancellationToken));
        var (id, date, sourceId, lineId, entryId) = (entries.Column("Id"), entries.Column("Date"), entries.Column("SourceId"), lines.Column("Id"), lines.Column("EntryId"));
        var today = calendar.Today;
        var copyOf = new Dictionary<long, long>();
        foreach (var entry in entries.Rows)
        {
            var copy = lastEntry + copyOf.Count + 1;
            copyOf[Convert.ToInt64(entry[id], CultureInfo.InvariantCulture)] = copy;
            (entry[id], entry[date], entry[sourceId]) = (copy, today, -Convert.ToInt64(entry[sourceId], CultureInfo.InvariantCulture));
        }
        foreach (var line in lines.Rows)
        {
            (line[lineId], line[entryId]) = (++lastLine, copyOf[Convert.ToInt64(line[entryId], CultureInfo.InvariantCulture)]);
        }
        var linesOf = lines.Rows.ToLookup(l => (long)l[entryId]!);

        var time = Stopwatch.StartNew();
        foreach (var chunk in entries.Rows.Chunk(options.Value.ChunkSize))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await entries.InsertAsync(connection, transaction, chunk, cancellationToken);
            await lines.InsertAsync(connection, transaction, chunk.SelectMany(e => linesOf[(long)e[id]!]), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        return (entries.Rows.Count, time.Elapsed);
    }

    /// <summary>The warm close's last documents booked again the naive way (as copies for today): for each, one query whether it is booked, one entry added, one save.</summary>
    private async Task<(int Documents, TimeSpan Elapsed)> NaiveAsync((long After, long Last) warm, CancellationToken cancellationToken)
    {
        List<JournalEntry> booked;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            booked = await db.JournalEntries.AsNoTracking().Include(e => e.Lines).Where(e => e.Id > warm.After && e.Id <= warm.Last)
                .OrderByDescending(e => e.Id).Take(NaiveDocuments).ToListAsync(cancellationToken);
        }
        var time = Stopwatch.StartNew();
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var lockDate = await db.LockDateAsync(cancellationToken);
            foreach (var entry in booked.OrderBy(e => e.Id))
            {
                var source = new PostingSource(entry.SourceType, -1_000_000_000 - entry.SourceId);
                if (await db.IsPostedAsync(source, cancellationToken))
                {
                    continue;
                }
                db.JournalEntries.Add(JournalEntry.Post(calendar.Today, entry.Said, source,
                    entry.Lines.Select(l => new JournalLine(l.AccountCode, l.Debit, l.Credit)), lockDate, entry.PostedBy, entry.PostedAt));
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        return (booked.Count, time.Elapsed);
    }
}
