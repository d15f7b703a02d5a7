using Microsoft.Extensions.Localization;

namespace FrontBackOffice.Web.Components.Fields;

public static class FieldAttributes
{
    /// <summary>
    /// The attributes a field passes on to its MudBlazor input, with translated texts (a label given as a <see cref="LocalizedString"/>)
    /// as the strings the input's parameters are.
    /// </summary>
    public static Dictionary<string, object>? AsText(this Dictionary<string, object>? attributes) =>
        attributes?.ToDictionary(a => a.Key, a => a.Value is LocalizedString text ? text.Value : a.Value);
}
