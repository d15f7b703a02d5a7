using FrontBackOffice.Web.Data.PostgreSql;
using FrontBackOffice.Web.Data.Sqlite;
using FrontBackOffice.Web.Data.SqlServer;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Data;

public static class DataRegistration
{
    /// <summary>
    /// The app's database on the provider <c>Database:Provider</c> names: the app asks for an <see cref="AppDbContext"/>
    /// (or its factory) and gets that provider's context, with that provider's migrations.
    /// </summary>
    public static IServiceCollection AddAppData(this IServiceCollection services)
    {
        services.AddSingleton(sp => DatabaseSettings.From(
            sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        services.AddDbContextFactory<SqliteAppDbContext>(Configure);
        services.AddDbContextFactory<PostgreSqlAppDbContext>(Configure);
        services.AddDbContextFactory<SqlServerAppDbContext>(Configure);
        services.AddSingleton<IDbContextFactory<AppDbContext>>(sp => sp.GetRequiredService<DatabaseSettings>().Provider switch
        {
            DatabaseProvider.PostgreSql => new ProviderContexts<PostgreSqlAppDbContext>(sp.GetRequiredService<IDbContextFactory<PostgreSqlAppDbContext>>()),
            DatabaseProvider.SqlServer => new ProviderContexts<SqlServerAppDbContext>(sp.GetRequiredService<IDbContextFactory<SqlServerAppDbContext>>()),
            _ => new ProviderContexts<SqliteAppDbContext>(sp.GetRequiredService<IDbContextFactory<SqliteAppDbContext>>()),
        });
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext());
        services.AddHealthChecks()
            .AddDbContextCheck<AppDbContext>("database")
            .AddCheck<DatabaseWritesHealthCheck>("database-writes");
        return services;
    }

    private static void Configure(IServiceProvider services, DbContextOptionsBuilder options) =>
        services.GetRequiredService<DatabaseSettings>().Configure(options);

    private sealed class ProviderContexts<TContext>(IDbContextFactory<TContext> contexts) : IDbContextFactory<AppDbContext>
        where TContext : AppDbContext
    {
        public AppDbContext CreateDbContext() => contexts.CreateDbContext();
    }
}
