using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace FrontBackOffice.Web.Data;

/// <summary>
/// A batch job's changes to many rows of one table that no one else edits meanwhile (a count's lines while it is being
/// reconciled), written past EF's change tracker: one <c>UPDATE … WHERE key = @key</c> of the given properties,
/// prepared once and executed per row in the context's current transaction, its parameters mapped by the EF model (its
/// columns and conversions, such as SQLite's fixed-point amounts). EF would send a statement of its own per row,
/// which SQLite parses afresh every time. Not for rows with a row version: nothing here checks or moves it.
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
        if (entity.GetProperties().Any(p => p.IsConcurrencyToken))
        {
            throw new InvalidOperationException($"{typeof(T).Name} has a row version, which a prepared update does not check.");
        }
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var key = entity.FindPrimaryKey()!.Properties.Single();
        var columns = properties.Select(name => entity.FindProperty(name) ?? throw new InvalidOperationException($"{typeof(T).Name} has no property {name}."))
            .Append(key).ToList();
        var sql = db.GetService<ISqlGenerationHelper>();

        await using var update = db.Database.GetDbConnection().CreateCommand();
        update.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var set = string.Join(", ", columns.SkipLast(1).Select((p, i) => $"{sql.DelimitIdentifier(p.GetColumnName(table)!)} = @p{i}"));
        update.CommandText = $"UPDATE {sql.DelimitIdentifier(table.Name, table.Schema)} SET {set} WHERE {sql.DelimitIdentifier(key.GetColumnName(table)!)} = @p{columns.Count - 1}";
        var mappings = columns.Select(p => (RelationalTypeMapping)p.GetTypeMapping()).ToList();
        var parameters = columns.Select((p, i) =>
        {
            var parameter = mappings[i].CreateParameter(update, $"@p{i}", null, p.IsNullable);
            update.Parameters.Add(parameter);
            return parameter;
        }).ToList();
        var prepared = false;
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                var value = columns[i].GetGetter().GetClrValue(row);
                parameters[i].Value = (mappings[i].Converter is { } converter && value is not null ? converter.ConvertToProvider(value) : value) ?? DBNull.Value;
            }
            if (!prepared)
            {
                await update.PrepareAsync(cancellationToken);
                prepared = true;
            }
            await update.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
