using FrontBackOffice.Domain.Stock;
using FrontBackOffice.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontBackOffice.Web.Shared.Locations;

/// <summary>A place where stock is kept, as the pickers of orders, receipts and counts show it.</summary>
public sealed record LocationChoice(int Id, string Code, string Name);

/// <summary>The locations the warehouse keeps and orders ship from; each caller asks its own policy first.</summary>
public static class LocationQueries
{
    public static async Task<IReadOnlyList<LocationChoice>> LocationChoicesAsync(this AppDbContext db, CancellationToken cancellationToken) =>
        await db.Locations.AsNoTracking().OrderBy(l => l.Id).Select(l => new LocationChoice(l.Id, l.Code, l.Name)).ToListAsync(cancellationToken);
}

public sealed class LocationConfiguration : IEntityTypeConfiguration<Location>
{
    public void Configure(EntityTypeBuilder<Location> location)
    {
        location.Property(l => l.Code).HasMaxLength(20);
        location.Property(l => l.Name).HasMaxLength(100);
        location.HasIndex(l => l.Code).IsUnique();
    }
}
