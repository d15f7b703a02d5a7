using System.Data.Common;
using Microsoft.Data.SqlClient;
using Npgsql;

namespace FrontBackOffice.Web.Data;

/// <summary>
/// Lets the nodes that start at the same moment prepare the database one at a time: the first migrates it and seeds
/// it, the others wait and then find that done. A lock of the database server where there is one (a PostgreSQL advisory
/// lock, a SQL Server application lock, each held by a connection of its own), a locked file beside the SQLite database
/// otherwise (whose nodes share a machine).
/// </summary>
public static class StartupLock
{
    private const string Name = "FrontBackOffice.DatabaseStartup";
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(250);

    /// <summary>Waits for the lock; disposing the result lets the next node in.</summary>
    public static async Task<IAsyncDisposable> TakeAsync(DatabaseSettings settings, CancellationToken cancellationToken) => settings.Provider switch
    {
        DatabaseProvider.PostgreSql => await ServerLockAsync(new NpgsqlConnection(settings.AppConnectionString),
            // Polled rather than waited on: the app's connections give up on a lock after lock_timeout.
            $"SELECT pg_try_advisory_lock(hashtext('{Name}'))", $"SELECT pg_advisory_unlock(hashtext('{Name}'))", cancellationToken),
        DatabaseProvider.SqlServer => await ServerLockAsync(new SqlConnection(settings.AppConnectionString),
            $"DECLARE @r int; EXEC @r = sp_getapplock @Resource = '{Name}', @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = 0; SELECT CASE WHEN @r >= 0 THEN 1 ELSE 0 END",
            $"EXEC sp_releaseapplock @Resource = '{Name}', @LockOwner = 'Session'", cancellationToken),
        _ => await FileLockAsync(DatabaseSettings.SqliteFilePath(settings.AppConnectionString) + ".startup-lock", cancellationToken),
    };

    private static async Task<IAsyncDisposable> ServerLockAsync(DbConnection connection, string take, string release, CancellationToken cancellationToken)
    {
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = take;
        while (!Convert.ToBoolean(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture))
        {
            await Task.Delay(Retry, cancellationToken);
        }
        return new Held(async () =>
        {
            await using var unlock = connection.CreateCommand();
            unlock.CommandText = release;
            await unlock.ExecuteNonQueryAsync(CancellationToken.None);
            await connection.DisposeAsync();
        });
    }

    private static async Task<IAsyncDisposable> FileLockAsync(string path, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return new Held(() => file.DisposeAsync());
            }
            catch (IOException)
            {
                await Task.Delay(Retry, cancellationToken);
            }
        }
    }

    private sealed class Held(Func<ValueTask> release) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => release();
    }
}
