using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace FrontBackOffice.Tests.Infrastructure;

/// <summary>
/// The database the integration tests run on: SQLite files by default, or a real PostgreSQL server when
/// <c>FBO_TEST_POSTGRES</c> holds a connection string to it (the test script starts a throwaway one for its second
/// pass). Each app under test gets a database of its own there, dropped when the app is disposed.
/// </summary>
public static class TestDatabase
{
    private static readonly string? PostgreSqlServer = System.Environment.GetEnvironmentVariable("FBO_TEST_POSTGRES") is { Length: > 0 } server
        ? server
        : null;

    public static bool IsPostgreSql => PostgreSqlServer is not null;

    /// <summary>The value of <c>Database:Provider</c> the apps under test run with.</summary>
    public static string Provider => IsPostgreSql ? "PostgreSql" : "Sqlite";

    /// <summary>The connection strings of an app whose SQLite files (or PostgreSQL database) belong to this data folder.</summary>
    public static (string App, string Jobs) ConnectionStrings(string dataFolder)
    {
        if (!IsPostgreSql)
        {
            return ($"Data Source={Path.Combine(dataFolder, "app.db")}", $"Data Source={Path.Combine(dataFolder, "jobs.db")}");
        }
        // The app and Hangfire share one database: Hangfire keeps its tables in a schema of its own.
        var database = new NpgsqlConnectionStringBuilder(PostgreSqlServer) { Database = DatabaseName(dataFolder) }.ToString();
        return (database, database);
    }

    public static async Task DropAsync(string dataFolder)
    {
        if (!IsPostgreSql)
        {
            SqliteConnection.ClearAllPools();
            return;
        }
        NpgsqlConnection.ClearAllPools();
        await using var server = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgreSqlServer) { Database = "postgres" }.ToString());
        await server.OpenAsync();
        await using var drop = server.CreateCommand();
        drop.CommandText = $"DROP DATABASE IF EXISTS \"{DatabaseName(dataFolder)}\" WITH (FORCE)";
        await drop.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Another writer holding what a change needs until disposed: the whole file on SQLite, the tables named on
    /// PostgreSQL (where writers only wait for the rows and tables they touch).
    /// </summary>
    public static async Task<IAsyncDisposable> HoldWritesAsync(string dataFolder, params string[] tables)
    {
        DbConnection connection = IsPostgreSql ? new NpgsqlConnection(ConnectionStrings(dataFolder).App) : new SqliteConnection(ConnectionStrings(dataFolder).App);
        await connection.OpenAsync();
        await using var hold = connection.CreateCommand();
        hold.CommandText = IsPostgreSql
            ? $"BEGIN; LOCK TABLE {string.Join(", ", tables.Select(t => $"\"{t}\""))} IN EXCLUSIVE MODE;"
            : "BEGIN EXCLUSIVE;";
        await hold.ExecuteNonQueryAsync();
        return new Holder(connection);
    }

    /// <summary>
    /// PostgreSQL: waits until an app connection of the given application name is open on the database of this data
    /// folder, then ends every such connection from the server side (as a failover or an idle-connection killer would)
    /// and returns how many it ended.
    /// </summary>
    public static async Task<int> TerminateConnectionsAsync(string dataFolder, string applicationName)
    {
        await using var server = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgreSqlServer) { Database = "postgres" }.ToString());
        await server.OpenAsync();
        await using var terminate = server.CreateCommand();
        terminate.CommandText = """
            SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity
            WHERE datname = @database AND application_name = @name
            """;
        terminate.Parameters.AddWithValue("database", DatabaseName(dataFolder));
        terminate.Parameters.AddWithValue("name", applicationName);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var ended = Convert.ToInt32(await terminate.ExecuteScalarAsync());
            if (ended > 0 || DateTime.UtcNow > deadline)
            {
                return ended;
            }
            await Task.Delay(50);
        }
    }

    private static string DatabaseName(string dataFolder) => "fbo_" + Path.GetFileName(dataFolder).Replace('-', '_').ToLowerInvariant();

    private sealed class Holder(DbConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await connection.DisposeAsync();
            if (connection is SqliteConnection)
            {
                SqliteConnection.ClearAllPools();
            }
        }
    }
}
