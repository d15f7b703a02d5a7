using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FrontBackOffice.Web.Data;

/// <summary>Recognises why the database refused a change, whatever the provider.</summary>
public static class DbErrors
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    private const int SqlServerUniqueIndex = 2601;
    private const int SqlServerUniqueConstraint = 2627;
    private const int SqlServerConstraint = 547;
    private const int SqlServerDeadlockVictim = 1205;
    private const int SqlServerLockTimeout = 1222;
    private const int SqlServerTriggerRefusal = 50000;

    public static bool IsUniqueViolation(this DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException { SqliteErrorCode: SqliteConstraint, SqliteExtendedErrorCode: SqliteConstraintUnique or SqliteConstraintPrimaryKey } => true,
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => true,
        SqlException { Number: SqlServerUniqueIndex or SqlServerUniqueConstraint } => true,
        _ => false,
    };

    public static bool IsUniqueViolationOf(this DbUpdateException exception, string indexColumnHint) =>
        exception.IsUniqueViolation() && exception.InnerException!.Message.Contains(indexColumnHint, StringComparison.OrdinalIgnoreCase);

    /// <summary>A unique, check or foreign-key constraint, or one of the <see cref="DatabaseRules"/>, refused the change.</summary>
    public static bool IsConstraintViolation(this DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException { SqliteErrorCode: SqliteConstraint } => true,
        PostgresException { SqlState: var state } => state.StartsWith("23", StringComparison.Ordinal),
        SqlException { Number: var number } => number is SqlServerConstraint or SqlServerUniqueIndex or SqlServerUniqueConstraint or > SqlServerTriggerRefusal,
        _ => false,
    };

    /// <summary>
    /// The database chose this transaction as the loser of a race it could not order (a deadlock, or a serialization
    /// failure): nothing was saved, and running the same change again on fresh data is safe.
    /// </summary>
    public static bool IsLostRace(this Exception exception) => exception switch
    {
        PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure } => true,
        SqlException { Number: SqlServerDeadlockVictim } => true,
        DbUpdateException { InnerException: { } inner } => inner.IsLostRace(),
        InvalidOperationException { InnerException: { } inner } => inner.IsLostRace(),
        _ => false,
    };

    /// <summary>The database could not take the change in time because another writer held it (and nothing was saved).</summary>
    public static bool IsDatabaseBusy(this Exception exception) => exception switch
    {
        SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked } => true,
        PostgresException { SqlState: PostgresErrorCodes.LockNotAvailable } => true,
        SqlException { Number: SqlServerLockTimeout } => true,
        DbUpdateException { InnerException: { } inner } => inner.IsDatabaseBusy(),
        InvalidOperationException { InnerException: { } inner } => inner.IsDatabaseBusy(),
        _ => false,
    };
}
