using LinqToDB.Data;
using LinqToDB.EntityFrameworkCore;

namespace FrontBackOffice.Web.Data;

/// <summary>
/// Rows a batch job creates and never changes afterwards (journal entries, payslips, stock movements) go to the
/// database in bulk, past EF's change tracker: PostgreSQL's binary COPY, SQL Server's bulk copy, multi-row inserts
/// on SQLite, mapped by the EF model (its columns, conversions and fixed-point decimals). They join the context's
/// current transaction; the store's numbers are not read back. The database's rules hold for them as for any insert:
/// SQL Server's bulk copy is told to check the constraints and fire the triggers (the ledger's closed days), which it
/// skips by default; COPY and SQLite's inserts always do both.
/// </summary>
public static class BulkInserts
{
    private static readonly BulkCopyOptions Options = new() { BulkCopyType = BulkCopyType.ProviderSpecific, CheckConstraints = true, FireTriggers = true };

    public static Task InsertNewAsync<T>(this AppDbContext db, IEnumerable<T> rows, CancellationToken cancellationToken) where T : class =>
        db.BulkCopyAsync(Options, rows, cancellationToken);
}
