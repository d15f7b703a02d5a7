using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontBackOffice.Web.Data;

/// <summary>
/// The row version of what two people may change at once (a customer, an order, a stock level...): read with the row,
/// sent back with a change, and the change is refused when the row moved on meanwhile. It is the database's own where it
/// has one (<c>rowversion</c> on SQL Server, <c>xmin</c> on PostgreSQL) and a counter on SQLite; the domain does not
/// see it, the app carries it as a <see cref="long"/>.
/// </summary>
public static class RowVersions
{
    public const string Name = "Version";

    public static void HasRowVersion<TEntity>(this EntityTypeBuilder<TEntity> entity) where TEntity : class =>
        entity.Property<long>(Name).IsConcurrencyToken();

    /// <summary>The row version of every entity that has one, for a provider to map.</summary>
    public static IEnumerable<PropertyBuilder> RowVersionProperties(this ModelBuilder builder) =>
        builder.Model.GetEntityTypes().Where(e => e.FindProperty(Name) is { IsConcurrencyToken: true }).Select(e => e.Name).ToList()
            .Select(name => builder.Entity(name).Property(Name));

    /// <summary>The row version as it was read.</summary>
    public static long RowVersionOf(this DbContext db, object entity) => (long)db.Entry(entity).Property(Name).OriginalValue!;

    /// <summary>Saves the entity only if its row still has the version the user saw.</summary>
    public static void ExpectRowVersion(this DbContext db, object entity, long version) =>
        db.Entry(entity).Property(Name).OriginalValue = version;

    /// <summary>
    /// The versioned rows that this save updates, each made sure to be written so that its version is checked and
    /// moves: those changed themselves; those whose lines (a dependent reached through the aggregate's own navigation,
    /// like an order's lines) are added, changed or removed; and those given an expected version but no other change.
    /// Without this, a server database whose version is a system column would see nothing to write and check nothing.
    /// </summary>
    internal static IEnumerable<EntityEntry> UpdatedWithTheirLines(ChangeTracker tracker)
    {
        var entries = tracker.Entries().ToList();
        var versioned = entries.Where(e => e.Metadata.FindProperty(Name)?.IsConcurrencyToken == true).ToList();
        if (versioned.Count == 0)
        {
            return [];
        }
        var byKey = versioned.Where(e => e.State is EntityState.Unchanged or EntityState.Modified)
            .ToDictionary(e => (e.Metadata.Name, Key(e)));
        foreach (var line in entries.Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            foreach (var owner in line.Metadata.GetForeignKeys().Where(fk => fk.PrincipalToDependent is not null && fk.Properties.Count == 1))
            {
                var property = line.Property(owner.Properties[0].Name);
                var key = line.State == EntityState.Deleted ? property.OriginalValue : property.CurrentValue;
                if (key is not null && byKey.TryGetValue((owner.PrincipalEntityType.Name, key), out var aggregate))
                {
                    Write(aggregate);
                }
            }
        }
        foreach (var entry in versioned.Where(e => e.State == EntityState.Modified && !e.Properties.Any(IsWrittenChange)))
        {
            Write(entry);
        }
        return versioned.Where(e => e.State == EntityState.Modified);
    }

    private static bool IsWrittenChange(PropertyEntry property) =>
        property.IsModified && property.Metadata.Name != Name && property.Metadata.GetAfterSaveBehavior() == PropertySaveBehavior.Save;

    /// <summary>Marks the row's columns changed (with the values they have), so the save writes the row.</summary>
    private static void Write(EntityEntry entry)
    {
        foreach (var property in entry.Properties.Where(p => !p.Metadata.IsPrimaryKey() && p.Metadata.Name != Name
            && p.Metadata.GetAfterSaveBehavior() == PropertySaveBehavior.Save))
        {
            property.IsModified = true;
        }
    }

    private static object Key(EntityEntry entry) => entry.Property(entry.Metadata.FindPrimaryKey()!.Properties[0].Name).CurrentValue!;
}
