using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Design;

namespace FrontBackOffice.Web.Data.Sqlite;

/// <summary>
/// The app's database on SQLite, the embedded default. SQLite has no decimal type, no length limit on text and no row
/// version of its own, so this context stores money as fixed-point integers, checks every text length, and counts row
/// versions itself.
/// </summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        EnforceTextLengths(builder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<decimal>().HaveConversion<FixedPointDecimalConverter>();
        configurationBuilder.Properties<decimal?>().HaveConversion<FixedPointDecimalConverter>();
    }

    protected override void NextRowVersion(EntityEntry entry)
    {
        var version = entry.Property(RowVersions.Name);
        version.CurrentValue = (long)version.OriginalValue! + 1;
    }

    /// <summary>
    /// SQLite keeps text of any length whatever the column says: every text column with a length gets a CHECK, so the
    /// database refuses an overlong value as a server database would.
    /// </summary>
    private static void EnforceTextLengths(ModelBuilder builder)
    {
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && !e.IsOwned()))
        {
            foreach (var property in entity.GetProperties().Where(p => p.ClrType == typeof(string) && p.GetMaxLength() is not null))
            {
                var column = property.GetColumnName();
                entity.AddCheckConstraint($"CK_{entity.GetTableName()}_{column}_Length", $"length(\"{column}\") <= {property.GetMaxLength()}");
            }
        }
    }
}

/// <summary>Lets <c>dotnet ef</c> build the SQLite model and its migrations without starting the app.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
