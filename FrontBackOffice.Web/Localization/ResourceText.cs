using System.Globalization;
using System.Resources;

namespace FrontBackOffice.Web.Localization;

/// <summary>
/// The text of one <c>.resx</c> in the current request's or circuit's language, for code that has no
/// <c>IStringLocalizer</c> to hand: attributes' messages and static helpers. A key missing in a language shows as written.
/// </summary>
public sealed class ResourceText(Type resource)
{
    private readonly ResourceManager resources = new(resource);

    public string this[string key] => Find(key) ?? key;

    /// <summary>The text of <paramref name="key"/>, or null where no language has it.</summary>
    public string? Find(string key) => resources.GetString(key, CultureInfo.CurrentUICulture);

    public string this[string key, params object?[] arguments] => string.Format(CultureInfo.CurrentCulture, this[key], Plurals.Countable(arguments));
}
