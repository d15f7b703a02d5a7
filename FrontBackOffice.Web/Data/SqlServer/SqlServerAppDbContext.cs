using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace FrontBackOffice.Web.Data.SqlServer;

/// <summary>
/// The app's database on SQL Server. Money is <c>decimal(19,4)</c>; a row's version is a <c>rowversion</c> column,
/// which SQL Server moves on every update of the row. Text compares under the database's default collation, which is
/// case-insensitive, so searches and unique names need no lower-casing.
/// </summary>
public sealed class SqlServerAppDbContext(DbContextOptions<SqlServerAppDbContext> options) : AppDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        foreach (var version in builder.RowVersionProperties())
        {
            version.IsRowVersion().HasConversion<byte[]>();
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<decimal>().HavePrecision(19, 4);
    }
}

/// <summary>Lets <c>dotnet ef</c> build the SQL Server model and its migrations without a server.</summary>
public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerAppDbContext>
{
    public SqlServerAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerAppDbContext>().UseSqlServer("Server=localhost;Database=FrontBackOffice;TrustServerCertificate=True").Options);
}
