using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Audit;
using FrontBackOffice.Domain.Ledger;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Shared.Audit;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Shared.Ledger;

/// <summary>
/// The one way anything books the ledger: the nightly close, payroll, stock counts and reversals. Entries are built
/// against the books as they stand (no posting into a closed day), a document already booked is skipped (the
/// database refuses a second entry for it too), and the entries join the caller's unit of work, so they are
/// saved with the change that causes them or not at all.
/// </summary>
public sealed class LedgerPosting(AuditTrail audit)
{
    /// <summary>
    /// Books one document and writes the audit line, about <paramref name="subject"/> (what the audit log files it under:
    /// the payroll run, the count…); null when it books nothing or was booked before.
    /// </summary>
    public async Task<JournalEntry?> PostAsync(
        AppDbContext db, Func<LockDate, JournalEntry?> build, string postedBy, string? postedById, string subject, CancellationToken cancellationToken)
    {
        var entry = build(await db.LockDateAsync(cancellationToken));
        if (entry is null || await db.IsPostedAsync(entry.Source, cancellationToken))
        {
            return null;
        }
        db.JournalEntries.Add(entry);
        audit.Add(db, AuditKind.EntryPosted, postedBy, postedById, UserMessage.Of($"Posted journal entry: {entry.Said}."), subject);
        return entry;
    }

    /// <summary>
    /// Books a chunk of documents that the caller's query found not yet booked, all or nothing in one transaction that
    /// starts with its first write; documents worth nothing book nothing. The entries are new and never change, so they
    /// bypass the change tracker: written in bulk (<see cref="BulkInserts"/>), their numbers read back by their documents
    /// through the unique index, then their lines written in bulk.
    /// Returns how many entries were added.
    /// </summary>
    public async Task<int> PostInBulkAsync<T>(AppDbContext db, IEnumerable<T> documents, Func<T, LockDate, JournalEntry?> build, CancellationToken cancellationToken)
    {
        var lockDate = await db.LockDateAsync(cancellationToken);
        var entries = documents.Select(d => build(d, lockDate)).OfType<JournalEntry>().ToList();
        if (entries.Count == 0)
        {
            return 0;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.InsertNewAsync(entries, cancellationToken);
        foreach (var kind in entries.GroupBy(e => e.SourceType))
        {
            var (first, last) = (kind.Min(e => e.SourceId), kind.Max(e => e.SourceId));
            var stored = await db.JournalEntries.Where(e => e.SourceType == kind.Key && e.SourceId >= first && e.SourceId <= last)
                .Select(e => new { e.SourceId, e.Id })
                .ToDictionaryAsync(e => e.SourceId, e => e.Id, cancellationToken);
            foreach (var entry in kind)
            {
                entry.StoredAs(stored[entry.SourceId]);
            }
        }
        await db.InsertNewAsync(entries.SelectMany(e => e.Lines), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return entries.Count;
    }
}

/// <summary>What every posting asks the books before it writes.</summary>
public static class LedgerBook
{
    /// <summary>Up to which day the books are closed.</summary>
    public static async Task<LockDate> LockDateAsync(this AppDbContext db, CancellationToken cancellationToken = default) =>
        new(await db.ClosedDays.MaxAsync(d => (DateOnly?)d.Date, cancellationToken));

    /// <summary>Whether the source document already has its entry.</summary>
    public static Task<bool> IsPostedAsync(this AppDbContext db, PostingSource source, CancellationToken cancellationToken = default) =>
        db.JournalEntries.AnyAsync(e => e.SourceType == source.Type && e.SourceId == source.Id, cancellationToken);
}
