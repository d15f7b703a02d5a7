using FrontBackOffice.Domain.Ledger;
using FrontBackOffice.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Features.Ledger;

/// <summary>What every posting asks the books before it writes: up to which day they are closed.</summary>
public static class LedgerBook
{
    public static async Task<LockDate> LockDateAsync(this AppDbContext db, CancellationToken cancellationToken = default) =>
        new(await db.ClosedDays.MaxAsync(d => (DateOnly?)d.Date, cancellationToken));

    /// <summary>Whether the source document already has its entry.</summary>
    public static Task<bool> IsPostedAsync(this AppDbContext db, PostingSource source, CancellationToken cancellationToken = default) =>
        db.JournalEntries.AnyAsync(e => e.SourceType == source.Type && e.SourceId == source.Id, cancellationToken);
}
