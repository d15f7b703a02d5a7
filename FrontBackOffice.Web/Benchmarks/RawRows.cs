using System.Data.Common;

namespace FrontBackOffice.Web.Benchmarks;

/// <summary>
/// Rows of a table exactly as the database stores them (whatever the provider's representation of dates and amounts),
/// read and written back by plain prepared commands: what a baseline needs to write the job's own rows again without
/// any mapping of its own.
/// </summary>
public sealed record RawRows(string Table, IReadOnlyList<string> Columns, List<object?[]> Rows)
{
    public static async Task<RawRows> ReadAsync(DbConnection connection, string table, string where, string orderBy, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"""SELECT * FROM "{table}" WHERE {where} ORDER BY {orderBy}""";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var values = new object?[columns.Count];
            reader.GetValues(values!);
            rows.Add(values);
        }
        return new RawRows(table, columns, rows);
    }

    /// <summary>One command prepared for the table, executed once per row of <paramref name="rows"/> in the caller's transaction.</summary>
    public async Task InsertAsync(DbConnection connection, DbTransaction transaction, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"""INSERT INTO "{Table}" ({string.Join(", ", Columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", Columns.Select((_, i) => $"@p{i}"))})""";
        var parameters = Columns.Select((_, i) =>
        {
            var parameter = insert.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            insert.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        var prepared = false;
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                parameters[i].Value = row[i] ?? DBNull.Value;
            }
            if (!prepared)
            {
                await insert.PrepareAsync(cancellationToken);
                prepared = true;
            }
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>One command prepared to set <paramref name="columns"/> of a row by its <c>Id</c>, executed once per row in the caller's transaction.</summary>
    public async Task UpdateAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<string> columns, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        await using var update = connection.CreateCommand();
        update.Transaction = transaction;
        var set = string.Join(", ", columns.Select((column, i) => "\"" + column + "\" = @p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        update.CommandText = $"""UPDATE "{Table}" SET {set} WHERE "Id" = @id""";
        var indexes = columns.Select(Column).Append(Column("Id")).ToArray();
        var parameters = columns.Select((_, i) => $"@p{i}").Append("@id").Select(name =>
        {
            var parameter = update.CreateParameter();
            parameter.ParameterName = name;
            update.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        var prepared = false;
        foreach (var row in rows)
        {
            for (var i = 0; i < indexes.Length; i++)
            {
                parameters[i].Value = row[indexes[i]] ?? DBNull.Value;
            }
            if (!prepared)
            {
                await update.PrepareAsync(cancellationToken);
                prepared = true;
            }
            await update.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public int Column(string name) => Columns.ToList().IndexOf(name);
}
