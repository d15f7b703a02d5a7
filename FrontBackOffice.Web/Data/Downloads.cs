using MiniExcelLibs;

namespace FrontBackOffice.Web.Data;

/// <summary>Writes a stream of records as a CSV or XLSX download.</summary>
public static class Downloads
{
    /// <summary>
    /// CSV (<see cref="CsvFiles"/>) written row by row as the database streams the records: an export of any size never
    /// sits in memory. The first record is read before anything is written, so a refusal still answers with its status code.
    /// </summary>
    public static async Task CsvAsync<T, TRow>(HttpContext http, string fileName, IAsyncEnumerable<T> records, Func<T, TRow> toRow, CancellationToken cancellationToken)
    {
        await using var rows = records.Select(toRow).GetAsyncEnumerator(cancellationToken);
        var any = await rows.MoveNextAsync();
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        if (any)
        {
            await CsvFiles.WriteAsync(http.Response.Body, rows.Current, rows, cancellationToken);
        }
    }

    /// <summary>
    /// An XLSX workbook of one sheet (built in memory: a spreadsheet is written whole), for people to read: its columns
    /// are headed by <paramref name="header"/>'s words for the row's properties, in the reader's language.
    /// </summary>
    public static async Task<IResult> XlsxAsync<T, TRow>(string fileName, string sheet, IAsyncEnumerable<T> records, Func<T, TRow> toRow,
        Func<string, string> header, CancellationToken cancellationToken)
    {
        var columns = typeof(TRow).GetProperties().Select(p => (Property: p, Header: header(p.Name))).ToList();
        var rows = new List<Dictionary<string, object?>>();
        await foreach (var record in records.WithCancellation(cancellationToken))
        {
            var row = toRow(record);
            rows.Add(columns.ToDictionary(c => c.Header, c => c.Property.GetValue(row)));
        }
        using var file = new MemoryStream();
        await file.SaveAsAsync(rows, sheetName: sheet, cancellationToken: cancellationToken);
        return TypedResults.File(file.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName);
    }
}
