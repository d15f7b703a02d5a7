using System.Globalization;
using CsvHelper;
using FrontBackOffice.Web.Data;

[assembly: CsvConverter(typeof(CsvAmounts))]

namespace FrontBackOffice.Web.Data;

/// <summary>
/// The app's CSV, read and written with CsvHelper (RFC 4180). Exports use the invariant culture: amounts always carry
/// two decimals with a point and no grouping (a rate or a quantity keeps up to four decimals), days are
/// <c>yyyy-MM-dd</c>, and a text that a spreadsheet would run as a formula (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>) is
/// written with a leading <c>'</c>. Imports are comma separated, with a header line; fields are trimmed.
/// </summary>
public static class CsvFiles
{
    public static CsvWriterOptions WriterOptions { get; } = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    public static CsvReaderOptions ReaderOptions { get; } = CsvReaderOptions.Default with
    {
        Separator = ',',
        TrackLineNumbers = true,
        TrimWhitespace = true,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        FormatProvider = CultureInfo.InvariantCulture,
        MaxRecordSize = MaxLineBytes,
    };

    /// <summary>The longest line an import takes: an unclosed quote cannot swallow the rest of a large file.</summary>
    public const int MaxLineBytes = 64 * 1024;

    /// <summary>Writes records of a <see cref="CsvRecordAttribute"/> type: the header, then a line per record as they come.</summary>
    public static async Task WriteAsync<TRow>(Stream output, TRow first, IAsyncEnumerator<TRow> rest, CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(output, WriterOptions, leaveOpen: true);
        csv.WriteHeader<TRow>();
        await csv.WriteRecordAsync(first, cancellationToken);
        while (await rest.MoveNextAsync())
        {
            await csv.WriteRecordAsync(rest.Current, cancellationToken);
        }
    }

    /// <summary>
    /// An upload's bytes, read asynchronously (so an upload's stream is never waited on by a blocking read) and refused
    /// with <paramref name="tooLarge"/> as soon as they pass <paramref name="maxBytes"/>.
    /// </summary>
    public static async Task<MemoryStream> TakeAsync(Stream file, long maxBytes, Func<Exception> tooLarge, CancellationToken cancellationToken)
    {
        var taken = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await file.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (taken.Length + read > maxBytes)
            {
                throw tooLarge();
            }
            taken.Write(chunk, 0, read);
        }
        taken.Position = 0;
        return taken;
    }

    /// <summary>The header's fields and every line that has something in it, each with its line number in the file.</summary>
    public static (IReadOnlyList<string> Header, IEnumerable<(int LineNumber, IReadOnlyList<string> Fields)> Lines) Read(TextReader text)
    {
        var reader = CsvReader.Create(text, ReaderOptions, leaveOpen: false);
        return (reader.Headers.ToList(), Lines(reader));
    }

    private static IEnumerable<(int, IReadOnlyList<string>)> Lines(CsvReader reader)
    {
        using (reader)
        {
            while (reader.Read())
            {
                yield return ((int)reader.LineNumber, Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToList());
            }
        }
    }
}

/// <summary>Every decimal of a CSV record: at least two decimals and at most four, as a number (never escaped as a formula).</summary>
internal sealed class CsvAmounts : ICsvConverter<decimal>
{
    public decimal Read(CsvReader reader, int index) => reader.Parse<decimal>(index);

    public void Write(CsvWriter writer, decimal value) => writer.WriteField(value, "0.00##");
}
