using System.Globalization;
using Microsoft.Extensions.Localization;

namespace FrontBackOffice.Web.Localization;

/// <summary>
/// Lets a text make a word agree with a number it shows: <c>{0} {0:day|days}</c> says "1 day" and "3 days", and the
/// Portuguese <c>{0} {0:dia|dias}</c> says "0 dia", "1 dia" and "2 dias" (Brazilian Portuguese takes the singular for
/// zero and one, as CLDR's plural rules say). The forms may be several words ("{0:line waits|lines wait}"). Any other
/// format of the number (<c>{0:N0}</c>) writes it as before.
/// </summary>
public static class Plurals
{
    /// <summary>The values of a text, each number able to choose the form of its word.</summary>
    public static object?[] Countable(object?[] values) => [.. values.Select(v => v switch
    {
        int n => new Count(n, n),
        long n => new Count(n, n),
        decimal n => new Count(n, n),
        _ => v,
    })];

    /// <summary>Whether <paramref name="number"/> takes the singular in <paramref name="culture"/>'s language.</summary>
    public static bool IsOne(decimal number, CultureInfo culture) => culture.TwoLetterISOLanguageName switch
    {
        "pt" when culture.Name != "pt-PT" => decimal.Truncate(Math.Abs(number)) <= 1,
        _ => Math.Abs(number) == 1 && number.Scale == 0,
    };

    private sealed record Count(IFormattable Number, decimal Value) : IFormattable
    {
        public string ToString(string? format, IFormatProvider? culture) => format?.Split('|') switch
        {
            [var one, var other] => IsOne(Value, culture as CultureInfo ?? CultureInfo.CurrentCulture) ? one : other,
            _ => Number.ToString(format, culture),
        };

        public override string ToString() => ToString(null, CultureInfo.CurrentCulture);
    }
}

/// <summary>The app's localizers: those ASP.NET Core reads from the <c>.resx</c>, their numbers able to choose their word (<see cref="Plurals"/>).</summary>
public sealed class PluralLocalizerFactory(ResourceManagerStringLocalizerFactory resources) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) => new Localizer(resources.Create(resourceSource));

    public IStringLocalizer Create(string baseName, string location) => new Localizer(resources.Create(baseName, location));

    private sealed class Localizer(IStringLocalizer text) : IStringLocalizer
    {
        public LocalizedString this[string name] => text[name];

        public LocalizedString this[string name, params object[] arguments] => text[name, Plurals.Countable(arguments)!];

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => text.GetAllStrings(includeParentCultures);
    }
}
