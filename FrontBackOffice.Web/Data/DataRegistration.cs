namespace FrontBackOffice.Web.Data;

public static class DataRegistration
{
    public static IServiceCollection AddAppData(this IServiceCollection services)
    {
        services.AddSingleton(sp => DatabaseSettings.From(
            sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        services.AddDbContextFactory<AppDbContext>((sp, options) => sp.GetRequiredService<DatabaseSettings>().Configure(options));
        services.AddHealthChecks()
            .AddDbContextCheck<AppDbContext>("database")
            .AddCheck<DatabaseWritesHealthCheck>("database-writes");
        return services;
    }
}
