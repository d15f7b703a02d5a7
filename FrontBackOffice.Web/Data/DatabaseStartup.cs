using FrontBackOffice.Domain.Staff;
using FrontBackOffice.Web.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace FrontBackOffice.Web.Data;

public static class DatabaseStartup
{
    /// <summary>
    /// Creates or migrates the database, ensures the six roles and, in demo mode, the demo company; one node at a time,
    /// so nodes starting together migrate and seed once.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<AppDbContext>();
        // The lock of a database server is taken in the app's database, which the first node to come creates.
        await CreateIfMissingAsync(db.GetService<IRelationalDatabaseCreator>(), cancellationToken);
        await using var startup = await StartupLock.TakeAsync(services.GetRequiredService<DatabaseSettings>(), cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // Readers do not block the writer and the writer does not block readers.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        var roles = provider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        if (provider.GetRequiredService<IOptions<SeedOptions>>().Value.Demo)
        {
            await DemoSeeder.SeedAsync(provider, cancellationToken);
        }
    }

    /// <summary>Creates the database when it does not exist; another node creating it at the same moment is fine.</summary>
    private static async Task CreateIfMissingAsync(IRelationalDatabaseCreator database, CancellationToken cancellationToken)
    {
        if (await database.ExistsAsync(cancellationToken))
        {
            return;
        }
        try
        {
            await database.CreateAsync(cancellationToken);
        }
        catch (Exception)
        {
            if (!await database.ExistsAsync(cancellationToken))
            {
                throw;
            }
            // Created by another node between the two questions.
        }
    }
}
