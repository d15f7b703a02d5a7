using System.Globalization;
using CsvHelper;
using FrontBackOffice.Domain;
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
    /// An uploaded CSV file, whole: its header and every line that has something in it, each with its line number. The
    /// bytes are read asynchronously (an upload's stream is never waited on by a blocking read) and refused as soon as
    /// they pass <paramref name="maxMegabytes"/>; a file of more than <paramref name="maxLines"/> lines, or that is no CSV,
    /// is refused too, each time as <paramref name="what"/> ("a count file").
    /// </summary>
    public static async Task<(IReadOnlyList<string> Header, List<(int LineNumber, IReadOnlyList<string> Fields)> Lines)> ReadUploadAsync(
        Stream file, int maxMegabytes, int maxLines, string what, CancellationToken cancellationToken)
    {
        var limit = maxMegabytes * 1024L * 1024L;
        var taken = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await file.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (taken.Length + read > limit)
            {
                throw ImportRefusedException.TooLarge(maxMegabytes, what);
            }
            taken.Write(chunk, 0, read);
        }
        taken.Position = 0;
        try
        {
            var (header, lines) = Read(new StreamReader(taken));
            var rows = new List<(int, IReadOnlyList<string>)>();
            foreach (var line in lines)
            {
                if (rows.Count == maxLines)
                {
                    throw new ImportRefusedException([UserMessage.Of($"The file has more than {maxLines:N0} lines, the most {what} may have.")], 1);
                }
                rows.Add(line);
            }
            return (header, rows);
        }
        catch (CsvFormatException bad)
        {
            throw new ImportRefusedException([UserMessage.Of($"The file is not a CSV file this import can read: {bad.Message}")], 1);
        }
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

/// <summary>An imported file refused whole: its first bad lines, and how many there are. Nothing of it was saved.</summary>
public sealed class ImportRefusedException(IReadOnlyList<UserMessage> errors, int badLines)
    : DomainException($"The file was not imported: {badLines:N0} bad line(s). Nothing was saved.")
{
    public IReadOnlyList<UserMessage> Errors { get; } = errors;

    public int BadLines { get; } = badLines;

    /// <summary>The refusal of a file larger than the limit, before any more of it is read.</summary>
    public static ImportRefusedException TooLarge(int maxMegabytes, string what) =>
        new([UserMessage.Of($"The file is larger than {maxMegabytes} MB, the most {what} may have.")], 1);
}

/// <summary>Every decimal of a CSV record: at least two decimals and at most four, as a number (never escaped as a formula).</summary>
internal sealed class CsvAmounts : ICsvConverter<decimal>
{
    public decimal Read(CsvReader reader, int index) => reader.Parse<decimal>(index);

    public void Write(CsvWriter writer, decimal value) => writer.WriteField(value, "0.00##");
}
