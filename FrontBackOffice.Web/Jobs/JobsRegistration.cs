using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Security;
using FrontBackOffice.Web.Shared;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.SqlServer;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace FrontBackOffice.Web.Jobs;

public static class JobsRegistration
{
    /// <summary>Hangfire on durable storage (<c>ConnectionStrings:Jobs</c>), so queued jobs survive a restart.</summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<JobsOptions>(configuration);

        services.AddHangfire((sp, config) => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseStorage(CreateStorage(sp)));

        if (configuration.GetValue(JobsOptions.Section + ":" + nameof(JobsOptions.RunServer), true))
        {
            services.AddHangfireServer((sp, server) =>
            {
                var options = sp.GetRequiredService<IOptions<JobsOptions>>().Value;
                server.WorkerCount = options.WorkerCount;
                server.SchedulePollingInterval = options.PollInterval;
            });
            services.AddHostedService<InterruptedRuns>();
        }

        services.AddHealthChecks().AddCheck<JobStorageHealthCheck>("jobs");
        services.AddSingleton<JobRunFeed>();
        services.AddHostedService<JobRunWatch>();
        services.AddScoped<JobLauncher>();
        services.AddScoped<JobRunner>();
        services.AddScoped<ScheduledJobs>();
        services.AddScoped<JobSchedules>();
        return services;
    }

    public static IEndpointConventionBuilder MapJobsDashboard(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [],
            AsyncAuthorization = [new HangfireDashboardAuthorization()],
            DisplayStorageConnectionString = false,
            AppPath = "/back",
            DashboardTitle = "FrontBackOffice · Hangfire",
        }).RequireAuthorization(Policies.UseHangfireDashboard);

    /// <summary>Registers the recurring jobs of <c>Jobs:*:Cron</c>; a wrong cron stops the start naming its setting.</summary>
    public static void RegisterSchedules(this IServiceProvider services)
    {
        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<JobSchedules>().Register();
    }

    private static JobStorage CreateStorage(IServiceProvider sp)
    {
        var database = sp.GetRequiredService<DatabaseSettings>();
        var options = sp.GetRequiredService<IOptions<JobsOptions>>().Value;
        return database.Provider switch
        {
            DatabaseProvider.Sqlite => new SQLiteStorage(
                DatabaseSettings.SqliteFilePath(database.JobsConnectionString),
                new SQLiteStorageOptions { QueuePollInterval = options.PollInterval, InvisibilityTimeout = options.InvisibilityTimeout }),
            DatabaseProvider.PostgreSql => PostgreSqlStorage(database.JobsConnectionString, options),
            _ => new SqlServerStorage(database.JobsConnectionString, new SqlServerStorageOptions
            {
                // The schema Hangfire creates and upgrades by itself in the jobs database ("HangFire" by default).
                SchemaName = SqlServerJobsSchema,
                PrepareSchemaIfNecessary = true,
                QueuePollInterval = options.PollInterval,
                SlidingInvisibilityTimeout = options.InvisibilityTimeout,
            }),
        };
    }

    /// <summary>Hangfire's tables live in this schema of the jobs database, so the app's database may be the same one.</summary>
    public const string PostgreSqlJobsSchema = "hangfire";

    public const string SqlServerJobsSchema = "HangFire";

    private static PostgreSqlStorage PostgreSqlStorage(string connectionString, JobsOptions options)
    {
        var storage = new PostgreSqlStorageOptions
        {
            SchemaName = PostgreSqlJobsSchema,
            PrepareSchemaIfNecessary = true,
            QueuePollInterval = options.PollInterval,
            InvisibilityTimeout = options.InvisibilityTimeout,
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, storage), storage);
    }

    private sealed class JobStorageHealthCheck(JobStorage storage) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                var servers = storage.GetMonitoringApi().Servers().Count;
                return Task.FromResult(HealthCheckResult.Healthy($"{servers} job server(s) connected."));
            }
#pragma warning disable CA1031 // a health check reports any failure of the storage as unhealthy
            catch (Exception)
#pragma warning restore CA1031
            {
                return Task.FromResult(HealthCheckResult.Unhealthy("The job storage cannot be reached."));
            }
        }
    }
}
