using System.Diagnostics;
using System.Globalization;
using FrontBackOffice.Web.Data;
using Npgsql;

namespace FrontBackOffice.Web.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project FrontBackOffice.Web -- bench plan [--products 100000 | --demo] | close [--orders 100000] [--days 30]
/// | payroll [--employees 100000] | reconcile [--skus 100000] | grids [--orders 100000] [--customers 100000] | segment [--orders 100000] [--customers 100000] [--postgres "Host=…;Username=…"] [--out docs/benchmarks.md]</c>: runs a benchmark scenario on a fresh database of its own (a temporary SQLite file, or a new PostgreSQL database on
/// the given server, dropped afterwards), prints its figures and the ratio to its baseline, and appends them with the
/// date, the machine, the provider and the commit to <c>docs/benchmarks.md</c>.
/// </summary>
public static class BenchCommand
{
    public const string Name = "bench";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    /// <summary>The settings of the run's own database, added before the app's services are built.</summary>
    public static Dictionary<string, string?> Settings(string[] args)
    {
        var database = $"fbo_bench_{DateTime.UtcNow:yyyyMMdd_HHmmss}_{Environment.ProcessId}";
        var settings = new Dictionary<string, string?>
        {
            ["Jobs:RunServer"] = "false",
            ["Seed:Demo"] = Has(args, "--demo") ? "true" : "false",
        };
        if (Option(args, "--postgres") is { } server)
        {
            var connection = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
            settings["Database:Provider"] = nameof(DatabaseProvider.PostgreSql);
            settings["ConnectionStrings:Default"] = connection;
            settings["ConnectionStrings:Jobs"] = connection;
        }
        else
        {
            var folder = Path.Combine(Path.GetTempPath(), database);
            settings["Database:Provider"] = nameof(DatabaseProvider.Sqlite);
            settings["ConnectionStrings:Default"] = $"Data Source={Path.Combine(folder, "app.db")}";
            settings["ConnectionStrings:Jobs"] = $"Data Source={Path.Combine(folder, "jobs.db")}";
        }
        return settings;
    }

    /// <summary>The generator, the job driver and a clock a scenario can set back.</summary>
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<GeneratedCompany>();
        services.AddScoped<BenchJobs>();
        services.AddSingleton(provider => new BenchClock(TimeProvider.System));
        services.AddSingleton<TimeProvider>(provider => provider.GetRequiredService<BenchClock>());
    }

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        var scenario = args.Length > 1 ? args[1] : "";
        if (scenario is not ("plan" or "close" or "payroll" or "reconcile" or "grids" or "segment"))
        {
            await output.WriteLineAsync(
                $"Usage: {Name} plan [--products 100000 | --demo] | close [--orders 100000] [--days 30] | payroll [--employees 100000] | reconcile [--skus 100000] | grids [--orders 100000] [--customers 100000] | segment [--orders 100000] [--customers 100000] [--postgres \"Host=...;Username=...\"] [--out docs/benchmarks.md]");
            return 2;
        }
        var settings = services.GetRequiredService<DatabaseSettings>();
        try
        {
            await using var scope = services.CreateAsyncScope();
            var report = scenario switch
            {
                "plan" => await ActivatorUtilities.CreateInstance<PlanningBenchmark>(scope.ServiceProvider)
                    .RunAsync(Has(args, "--demo") ? null : Number(args, "--products", 100_000), output, CancellationToken.None),
                "close" => await ActivatorUtilities.CreateInstance<CloseBenchmark>(scope.ServiceProvider)
                    .RunAsync(Number(args, "--orders", 100_000), Number(args, "--days", 30), output, CancellationToken.None),
                "payroll" => await ActivatorUtilities.CreateInstance<PayrollBenchmark>(scope.ServiceProvider)
                    .RunAsync(Number(args, "--employees", 100_000), output, CancellationToken.None),
                "segment" => await ActivatorUtilities.CreateInstance<SegmentationBenchmark>(scope.ServiceProvider)
                    .RunAsync(Number(args, "--orders", 100_000), Number(args, "--customers", Number(args, "--orders", 100_000)), output, CancellationToken.None),
                "grids" => await ActivatorUtilities.CreateInstance<GridsBenchmark>(scope.ServiceProvider)
                    .RunAsync(Number(args, "--orders", 100_000), Number(args, "--customers", Number(args, "--orders", 100_000)), output, CancellationToken.None),
                _ => await ActivatorUtilities.CreateInstance<ReconcileBenchmark>(scope.ServiceProvider)
                    .RunAsync(Number(args, "--skus", 100_000), output, CancellationToken.None),
            };
            await output.WriteLineAsync(report);
            await output.WriteLineAsync($"Appended to {await AppendAsync(settings.Provider, report, Option(args, "--out"))}.");
            return 0;
        }
        finally
        {
            await DropDatabaseAsync(settings);
        }
    }

    /// <summary>Appends a scenario's report under a heading with the date, the provider, the machine and the commit; returns the file.</summary>
    internal static async Task<string> AppendAsync(DatabaseProvider provider, string report, string? file = null)
    {
        file ??= Path.Combine(RepositoryRoot() ?? ".", "docs", "benchmarks.md");
        await File.AppendAllTextAsync(file, $"\n## {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC · {provider} · {Machine()} · commit {Commit()}\n\n{report}\n");
        return file;
    }

    private static string Machine() =>
        $"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024):0.#} GB, .NET {Environment.Version}";

    private static string? RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "FrontBackOffice.sln")))
            {
                return folder.FullName;
            }
        }
        return null;
    }

    private static string Commit()
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", "rev-parse --short HEAD")
            {
                WorkingDirectory = RepositoryRoot() ?? ".", RedirectStandardOutput = true, RedirectStandardError = true,
            })!;
            var sha = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 && sha.Length > 0 ? sha : "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }

    private static async Task DropDatabaseAsync(DatabaseSettings settings)
    {
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(Path.GetDirectoryName(DatabaseSettings.SqliteFilePath(settings.AppConnectionString))!, recursive: true);
            return;
        }
        NpgsqlConnection.ClearAllPools();
        var target = new NpgsqlConnectionStringBuilder(settings.AppConnectionString);
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(settings.AppConnectionString) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{target.Database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static bool Has(string[] args, string flag) => args.Contains(flag);

    /// <summary>The whole number given after <paramref name="name"/> on the command line, or <paramref name="fallback"/>.</summary>
    internal static int Number(string[] args, string name, int fallback) =>
        Option(args, name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
