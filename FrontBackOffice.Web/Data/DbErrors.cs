using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Data;

/// <summary>Recognises the database refusing a change because of a constraint, whatever the provider.</summary>
public static class DbErrors
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    public static bool IsUniqueViolation(this DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException { SqliteErrorCode: SqliteConstraint, SqliteExtendedErrorCode: SqliteConstraintUnique or SqliteConstraintPrimaryKey } => true,
        _ => false,
    };

    public static bool IsUniqueViolationOf(this DbUpdateException exception, string indexColumnHint) =>
        exception.IsUniqueViolation() && exception.InnerException!.Message.Contains(indexColumnHint, StringComparison.OrdinalIgnoreCase);

    public static bool IsConstraintViolation(this DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException { SqliteErrorCode: SqliteConstraint } => true,
        _ => false,
    };

    /// <summary>The database could not take the change in time because another writer held it (and nothing was saved).</summary>
    public static bool IsDatabaseBusy(this Exception exception) => exception switch
    {
        SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked } => true,
        DbUpdateException { InnerException: { } inner } => inner.IsDatabaseBusy(),
        InvalidOperationException { InnerException: { } inner } => inner.IsDatabaseBusy(),
        _ => false,
    };
}
