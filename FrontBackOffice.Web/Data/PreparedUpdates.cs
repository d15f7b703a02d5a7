using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace FrontBackOffice.Web.Data;

/// <summary>
/// A batch job's changes to many rows of one table, written past EF's save pipeline: one <c>UPDATE … WHERE key = @key</c>
/// of the given properties, prepared once and executed per row in the context's current transaction (if any), its parameters
/// mapped by the EF model (its columns and conversions, such as SQLite's fixed-point amounts). EF would send a
/// statement of its own per row, which SQLite parses afresh every time.
/// <para>
/// A row with a row version (a stock level, a product) is checked and moved as a save would: the update also says
/// <c>AND version = @read</c>, the version moves (the server databases move theirs, SQLite's counter is incremented),
/// and a row that changed since it was read is refused with <see cref="DbUpdateConcurrencyException"/>. Such rows must
/// be tracked (their version is the one read) and leave the tracker once written, so a later save does not write them
/// twice; a tracked change to a property not listed is refused rather than lost.
/// </para>
/// </summary>
public static class PreparedUpdates
{
    public static async Task UpdateEachAsync<T>(this AppDbContext db, IReadOnlyCollection<T> rows, IReadOnlyList<string> properties, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var version = entity.FindProperty(RowVersions.Name) is { IsConcurrencyToken: true } versioned ? versioned : null;
        if (entity.GetProperties().Any(p => p.IsConcurrencyToken && p != version))
        {
            throw new InvalidOperationException($"{typeof(T).Name} has a concurrency token that a prepared update does not check.");
        }
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var key = entity.FindPrimaryKey()!.Properties.Single();
        var written = properties.Select(name => entity.FindProperty(name) ?? throw new InvalidOperationException($"{typeof(T).Name} has no property {name}.")).ToList();
        var entries = version is null ? null : TrackedEntries(db, rows, written);

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await ExecuteAsync(db, rows, written, key, version, entries, table, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        foreach (var entry in entries ?? [])
        {
            entry.State = EntityState.Detached;
        }
    }

    private static async Task ExecuteAsync<T>(AppDbContext db, IReadOnlyCollection<T> rows, List<IProperty> written, IProperty key, IProperty? version,
        List<EntityEntry>? entries, StoreObjectIdentifier table, CancellationToken cancellationToken) where T : class
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        string Column(IProperty property) => sql.DelimitIdentifier(property.GetColumnName(table)!);
        await using var update = db.Database.GetDbConnection().CreateCommand();
        update.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var set = written.Select((p, i) => $"{Column(p)} = @p{i}").ToList();
        var filter = new List<IProperty> { key };
        if (version is not null)
        {
            if (version.ValueGenerated == ValueGenerated.Never)
            {
                set.Add($"{Column(version)} = {Column(version)} + 1");
            }
            filter.Add(version);
        }
        update.CommandText = $"UPDATE {sql.DelimitIdentifier(table.Name, table.Schema)} SET {string.Join(", ", set)} WHERE "
            + string.Join(" AND ", filter.Select((p, i) => $"{Column(p)} = @p{written.Count + i}"));
        var columns = written.Concat(filter).ToList();
        var mappings = columns.Select(p => (RelationalTypeMapping)p.GetTypeMapping()).ToList();
        var parameters = columns.Select((p, i) =>
        {
            var parameter = mappings[i].CreateParameter(update, $"@p{i}", null, p.IsNullable);
            update.Parameters.Add(parameter);
            return parameter;
        }).ToList();
        var prepared = false;
        var index = 0;
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                var value = columns[i] == version ? entries![index].Property(version.Name).OriginalValue : columns[i].GetGetter().GetClrValue(row);
                parameters[i].Value = (mappings[i].Converter is { } converter && value is not null ? converter.ConvertToProvider(value) : value) ?? DBNull.Value;
            }
            if (!prepared)
            {
                await update.PrepareAsync(cancellationToken);
                prepared = true;
            }
            if (await update.ExecuteNonQueryAsync(cancellationToken) != 1)
            {
                throw new DbUpdateConcurrencyException($"{typeof(T).Name} {key.GetGetter().GetClrValue(row)} was changed or deleted after it was read.");
            }
            index++;
        }
    }

    /// <summary>The rows' entries, each read by this context (so the version read is known) and changed only where the update writes.</summary>
    private static List<EntityEntry> TrackedEntries<T>(AppDbContext db, IReadOnlyCollection<T> rows, List<IProperty> written) where T : class
    {
        db.ChangeTracker.DetectChanges();
        var entries = rows.Select(row => (EntityEntry)db.Entry(row)).ToList();
        if (entries.FirstOrDefault(e => e.State is not (EntityState.Unchanged or EntityState.Modified)) is { } untracked)
        {
            throw new InvalidOperationException($"{typeof(T).Name} has a row version: its rows must be read tracked, and this one is {untracked.State}.");
        }
        var unwritten = entries.SelectMany(e => e.Properties).Where(p => p.IsModified && !written.Contains(p.Metadata)).Select(p => p.Metadata.Name).Distinct().ToList();
        if (unwritten.Count > 0)
        {
            throw new InvalidOperationException($"{typeof(T).Name} changed {string.Join(", ", unwritten)}, which the update does not write.");
        }
        return entries;
    }
}
