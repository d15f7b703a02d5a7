using LinqToDB.Data;
using LinqToDB.EntityFrameworkCore;

namespace FrontBackOffice.Web.Data;

/// <summary>
/// Rows a batch job creates and never changes afterwards (journal entries, payslips, stock movements) go to the
/// database in bulk, past EF's change tracker: PostgreSQL's binary COPY, SQL Server's bulk copy, multi-row inserts
/// on SQLite, mapped by the EF model (its columns, conversions and fixed-point decimals). They join the context's
/// current transaction; the store's numbers are not read back.
/// </summary>
public static class BulkInserts
{
    private static readonly BulkCopyOptions Options = new() { BulkCopyType = BulkCopyType.ProviderSpecific };

    public static Task InsertNewAsync<T>(this AppDbContext db, IEnumerable<T> rows, CancellationToken cancellationToken) where T : class =>
        db.BulkCopyAsync(Options, rows, cancellationToken);
}
