using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FrontBackOffice.Web.Data;

/// <summary>
/// Whether the database takes a write now: a database that answers reads but is held by another writer (or is read-only)
/// is reported degraded, so a monitor sees it before staff do.
/// </summary>
public sealed class DatabaseWritesHealthCheck(DatabaseSettings database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (database.Provider != DatabaseProvider.Sqlite)
        {
            return HealthCheckResult.Healthy();
        }
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
        catch (SqliteException e) when (e.IsDatabaseBusy() || e.SqliteErrorCode == 8)
        {
            return HealthCheckResult.Degraded("The database cannot take writes now: another writer holds it, or it is read-only.");
        }
    }
}
