using Microsoft.Data.Sqlite;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FrontBackOffice.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
    PostgreSql,
}

/// <summary>A required setting is missing or wrong; the message names it.</summary>
public sealed class SettingsException(string message) : Exception(message);

/// <summary>
/// <c>Database:Provider</c> and the two connection strings: <c>ConnectionStrings:Default</c> for the app's
/// data and <c>ConnectionStrings:Jobs</c> for Hangfire's storage. A relative SQLite file is placed under
/// the app's content root, and its folder is created. On every provider a change waits at most
/// <see cref="BusyTimeout"/> for a row or database another writer holds, unless the connection string says otherwise.
/// </summary>
public sealed class DatabaseSettings
{
    private DatabaseSettings(DatabaseProvider provider, string app, string jobs)
    {
        Provider = provider;
        AppConnectionString = app;
        JobsConnectionString = jobs;
    }

    /// <summary>How long a write waits for another writer unless the connection string says otherwise.</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(5);

    public DatabaseProvider Provider { get; }
    public string AppConnectionString { get; }
    public string JobsConnectionString { get; }

    public static DatabaseSettings From(IConfiguration configuration, string contentRoot)
    {
        var providerName = configuration["Database:Provider"];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerName)
            && !(Enum.TryParse(providerName, ignoreCase: true, out provider) && Enum.IsDefined(provider) && !char.IsDigit(providerName.Trim()[0])))
        {
            throw new SettingsException(
                $"Database:Provider '{providerName}' is not known; use one of: {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.");
        }
        var app = Required(configuration, "Default");
        var jobs = Required(configuration, "Jobs");
        return provider switch
        {
            DatabaseProvider.Sqlite => new DatabaseSettings(provider, SqliteFileUnder(contentRoot, app, "Default"), SqliteFileUnder(contentRoot, jobs, "Jobs")),
            // Hangfire waits for its own locks in its own way: only the app's changes get the lock timeout.
            DatabaseProvider.PostgreSql => new DatabaseSettings(provider, PostgreSqlChecked(app, "Default", lockTimeout: true), PostgreSqlChecked(jobs, "Jobs", lockTimeout: false)),
            _ => new DatabaseSettings(provider, SqlServerChecked(app, "Default"), SqlServerChecked(jobs, "Jobs")),
        };
    }

    public void Configure(DbContextOptionsBuilder options)
    {
        switch (Provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(AppConnectionString);
                break;
            case DatabaseProvider.PostgreSql:
                options.UseNpgsql(AppConnectionString);
                break;
            case DatabaseProvider.SqlServer:
                options.UseSqlServer(AppConnectionString);
                break;
        }
    }

    /// <summary>The SQLite file behind a connection string (Hangfire's SQLite storage takes a path).</summary>
    public static string SqliteFilePath(string connectionString) => new SqliteConnectionStringBuilder(connectionString).DataSource;

    private static string Required(IConfiguration configuration, string name) =>
        configuration.GetConnectionString(name) is { Length: > 0 } value
            ? value
            : throw new SettingsException(
                $"ConnectionStrings:{name} is missing. Set it in appsettings.json or the environment variable ConnectionStrings__{name}.");

    private static string PostgreSqlChecked(string connectionString, string name, bool lockTimeout)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new SettingsException($"ConnectionStrings:{name} is not a PostgreSQL connection string (Host=...;Database=...;Username=...): {e.Message}");
        }
        if (string.IsNullOrWhiteSpace(builder.Database))
        {
            throw new SettingsException($"ConnectionStrings:{name} names no PostgreSQL database (Database=...).");
        }
        if (lockTimeout && (builder.Options is null || !builder.Options.Contains("lock_timeout", StringComparison.OrdinalIgnoreCase)))
        {
            builder.Options = $"{builder.Options} -c lock_timeout={(int)BusyTimeout.TotalMilliseconds}".Trim();
        }
        return builder.ToString();
    }

    private static string SqlServerChecked(string connectionString, string name)
    {
        try
        {
            return new SqlConnectionStringBuilder(connectionString).ToString();
        }
        catch (ArgumentException e)
        {
            throw new SettingsException($"ConnectionStrings:{name} is not a SQL Server connection string (Server=...;Database=...): {e.Message}");
        }
    }

    private static string SqliteFileUnder(string contentRoot, string connectionString, string name)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (string.IsNullOrWhiteSpace(builder.DataSource))
        {
            throw new SettingsException($"ConnectionStrings:{name} names no SQLite file (Data Source=...).");
        }
        builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
        if (!connectionString.Contains("Timeout", StringComparison.OrdinalIgnoreCase))
        {
            // A change waits this long for another writer, then says the database is busy (instead of hanging for 30 s).
            builder.DefaultTimeout = (int)BusyTimeout.TotalSeconds;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        return builder.ToString();
    }
}
