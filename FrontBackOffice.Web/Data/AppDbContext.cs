using FrontBackOffice.Web.Security;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Data;

/// <summary>
/// The app's database. Add a migration with
/// <c>dotnet ef migrations add &lt;Name&gt; --project FrontBackOffice.Web --output-dir Data/Migrations</c>.
/// </summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<StaffUser>(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<StaffUser>().Property(u => u.DisplayName).HasMaxLength(200);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<decimal>().HaveConversion<FixedPointDecimalConverter>();
            configurationBuilder.Properties<decimal?>().HaveConversion<FixedPointDecimalConverter>();
        }
        else
        {
            configurationBuilder.Properties<decimal>().HavePrecision(19, 4);
        }
    }
}
