using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FrontBackOffice.Web.Data;

/// <summary>
/// Whether the database takes a write now: a SQLite file that answers reads but is held by another writer (or is
/// read-only), or a server database that is read-only (a standby, a database set read-only), is reported degraded, so
/// a monitor sees it before staff do.
/// </summary>
public sealed class DatabaseWritesHealthCheck(DatabaseSettings database, IDbContextFactory<AppDbContext> contexts) : IHealthCheck
{
    private const int SqliteReadOnly = 8;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        database.Provider == DatabaseProvider.Sqlite
            ? await SqliteAsync(cancellationToken)
            : await ServerAsync(cancellationToken);

    private async Task<HealthCheckResult> SqliteAsync(CancellationToken cancellationToken)
    {
        var connectionString = new SqliteConnectionStringBuilder(database.AppConnectionString) { DefaultTimeout = 1 }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "BEGIN IMMEDIATE; ROLLBACK;";
            await command.ExecuteNonQueryAsync(cancellationToken);
            return HealthCheckResult.Healthy("The database takes writes.");
        }
        catch (SqliteException e) when (e.IsDatabaseBusy() || e.SqliteErrorCode == SqliteReadOnly)
        {
            return HealthCheckResult.Degraded("The database cannot take writes now: another writer holds it, or it is read-only.");
        }
    }

    private async Task<HealthCheckResult> ServerAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var readOnly = database.Provider == DatabaseProvider.PostgreSql
            ? "SELECT current_setting('transaction_read_only') = 'on' AS \"Value\""
            : "SELECT CAST(CASE WHEN DATABASEPROPERTYEX(DB_NAME(), 'Updateability') = 'READ_ONLY' THEN 1 ELSE 0 END AS bit) AS [Value]";
        return await db.Database.SqlQueryRaw<bool>(readOnly).SingleAsync(cancellationToken)
            ? HealthCheckResult.Degraded("The database is read-only.")
            : HealthCheckResult.Healthy("The database takes writes.");
    }
}
