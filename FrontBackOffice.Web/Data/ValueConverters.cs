using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FrontBackOffice.Web.Data;

/// <summary>
/// SQLite has no decimal type: EF Core would store decimals as text that SQL can neither sum nor sort.
/// On SQLite every decimal is therefore stored as a fixed-point integer of ten-thousandths, which SQLite
/// adds, compares and orders exactly. Amounts are rounded to cents and rates to four places by the domain,
/// so nothing is lost.
/// </summary>
public sealed class FixedPointDecimalConverter() : ValueConverter<decimal, long>(
    value => (long)decimal.Round(value * Scale, MidpointRounding.AwayFromZero),
    stored => stored / Scale)
{
    public const decimal Scale = 10_000m;
}

/// <summary>Every timestamp is stored in UTC and read back as UTC.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    stored => DateTime.SpecifyKind(stored, DateTimeKind.Utc));
