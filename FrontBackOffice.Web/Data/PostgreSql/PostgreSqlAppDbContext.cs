using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace FrontBackOffice.Web.Data.PostgreSql;

/// <summary>
/// The app's database on PostgreSQL. Money is <c>numeric(19,4)</c>; a row's version is PostgreSQL's own <c>xmin</c>,
/// which every update of the row moves, so no column of the app's keeps it.
/// </summary>
public sealed class PostgreSqlAppDbContext(DbContextOptions<PostgreSqlAppDbContext> options) : AppDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        foreach (var version in builder.RowVersionProperties())
        {
            version.HasColumnName("xmin").HasColumnType("xid").HasConversion<uint>().IsRowVersion();
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<decimal>().HavePrecision(19, 4);
    }
}

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL model and its migrations without a server.</summary>
public sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlAppDbContext>
{
    public PostgreSqlAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlAppDbContext>().UseNpgsql("Host=localhost;Database=frontbackoffice").Options);
}
