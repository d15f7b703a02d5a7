using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace FrontBackOffice.Web.Localization;

/// <summary>A language the app speaks, as its own speakers name it in the switch.</summary>
public sealed record Language(string Culture, string Name);

/// <summary>
/// The languages of the app's text, and how a request picks one: the person's choice (a cookie, written when they choose
/// and when they sign in, from their account), else their browser's <c>Accept-Language</c>, else English.
/// Money and dates follow the same culture; the company's currency stays what <c>Company:Currency</c> says.
/// </summary>
public static class Languages
{
    public const string English = "en-US";
    public const string BrazilianPortuguese = "pt-BR";

    public static IReadOnlyList<Language> All { get; } =
    [
        new(English, "English"),
        new(BrazilianPortuguese, "Português (Brasil)"),
    ];

    /// <summary>Cultures whose numbers and dates a browser may ask for; their text is English unless listed in <see cref="All"/>.</summary>
    private static readonly string[] FormatCultures = [English, BrazilianPortuguese, "en-GB", "nl-NL", "de-DE", "fr-FR", "es-ES", "it-IT", "pl-PL"];

    public static string CookieName => CookieRequestCultureProvider.DefaultCookieName;

    /// <summary>The supported culture a stored or asked-for name stands for, or null when the app does not speak it.</summary>
    public static string? Supported(string? culture) =>
        All.FirstOrDefault(l => string.Equals(l.Culture, culture, StringComparison.OrdinalIgnoreCase))?.Culture;

    /// <summary>The language of the current request or circuit.</summary>
    public static Language Current =>
        All.FirstOrDefault(l => l.Culture == CultureInfo.CurrentUICulture.Name)
        ?? All.FirstOrDefault(l => CultureInfo.CurrentUICulture.Name.StartsWith(l.Culture[..2], StringComparison.Ordinal))
        ?? All[0];

    public static void Configure(RequestLocalizationOptions options)
    {
        options.AddSupportedCultures(FormatCultures).AddSupportedUICultures(FormatCultures).SetDefaultCulture(English);
        options.FallBackToParentCultures = true;
        options.FallBackToParentUICultures = true;
    }

    /// <summary>Keeps a choice in the browser for a year, for the pages before sign-in and the circuits after it.</summary>
    public static void Remember(HttpResponse response, string culture) =>
        response.Cookies.Append(CookieName, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true, Secure = response.HttpContext.Request.IsHttps });
}
