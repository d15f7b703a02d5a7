using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace FrontBackOffice.Web.Data;

/// <summary>
/// A batch job's changes to many rows of one table, written past EF's save pipeline: one <c>UPDATE … WHERE key = @key</c>
/// of the given properties per row, in the context's current transaction (if any), its parameters mapped by the EF
/// model (its columns and conversions, such as SQLite's fixed-point amounts). On SQLite the statement is prepared once
/// and executed per row, where EF would send one SQLite parses afresh every time; a server database gets the rows in
/// batches, one round trip each.
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
    /// <summary>Rows per round trip to a server database.</summary>
    private const int RowsPerBatch = 500;

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
            await ExecuteAsync(db, rows, written, key, version, table, cancellationToken);
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
        StoreObjectIdentifier table, CancellationToken cancellationToken) where T : class
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        string Column(IProperty property) => sql.DelimitIdentifier(property.GetColumnName(table)!);
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
        var text = $"UPDATE {sql.DelimitIdentifier(table.Name, table.Schema)} SET {string.Join(", ", set)} WHERE "
            + string.Join(" AND ", filter.Select((p, i) => $"{Column(p)} = @p{written.Count + i}"));
        var columns = written.Concat(filter).ToList();
        var mappings = columns.Select(p => (RelationalTypeMapping)p.GetTypeMapping()).ToList();
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        // SQLite's statement, prepared once; on a server database only the maker of the parameters the model maps.
        await using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = text;

        // The values of one row's parameters, in the order of the columns.
        object[] Values(T row) => columns.Select((column, i) =>
        {
            var value = column == version ? db.RowVersionOf(row) : column.GetGetter().GetClrValue(row);
            return (mappings[i].Converter is { } converter && value is not null ? converter.ConvertToProvider(value) : value) ?? DBNull.Value;
        }).ToArray();
        DbParameter Parameter(int i, object value)
        {
            var parameter = mappings[i].CreateParameter(update, $"@p{i}", null, columns[i].IsNullable);
            parameter.Value = value;
            return parameter;
        }
        DbUpdateConcurrencyException Moved(T row) => new($"{typeof(T).Name} {key.GetGetter().GetClrValue(row)} was changed or deleted after it was read.");

        if (connection.CanCreateBatch)
        {
            // A server database: the rows go in batches, one round trip each, every statement's count checked.
            foreach (var part in rows.Chunk(RowsPerBatch))
            {
                await using var batch = connection.CreateBatch();
                batch.Transaction = transaction;
                foreach (var row in part)
                {
                    var command = batch.CreateBatchCommand();
                    command.CommandText = text;
                    command.Parameters.AddRange(Values(row).Select((value, i) => Parameter(i, value)).ToArray());
                    batch.BatchCommands.Add(command);
                }
                await batch.ExecuteNonQueryAsync(cancellationToken);
                for (var n = 0; n < part.Length; n++)
                {
                    if (batch.BatchCommands[n].RecordsAffected != 1)
                    {
                        throw Moved(part[n]);
                    }
                }
            }
            return;
        }
        // SQLite, in the process: one statement prepared once and executed per row costs no round trip.
        var parameters = columns.Select((_, i) => Parameter(i, DBNull.Value)).ToList();
        update.Parameters.AddRange(parameters.ToArray());
        await update.PrepareAsync(cancellationToken);
        foreach (var row in rows)
        {
            var values = Values(row);
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i];
            }
            if (await update.ExecuteNonQueryAsync(cancellationToken) != 1)
            {
                throw Moved(row);
            }
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
