using FrontBackOffice.Web.Localization;
using FrontBackOffice.Web.Shared;

namespace FrontBackOffice.Web.Demo;

public sealed class SeedOptions : ISettings
{
    public static string Section => "Seed";

    /// <summary>Creates the demo users and the demo company on first start (true in Development).</summary>
    public bool Demo { get; set; }

    /// <summary>
    /// The language the demo company writes its own texts in (products, complaints, campaigns, notes): <c>en-US</c> or
    /// <c>pt-BR</c>. Each person still reads the app in the language they choose.
    /// </summary>
    public string Language { get; set; } = Languages.English;

    public IEnumerable<string> Problems()
    {
        if (Languages.Supported(Language) is null)
        {
            yield return $"Seed:Language must be one of {string.Join(", ", Languages.All.Select(l => l.Culture))}, not \"{Language}\".";
        }
    }
}
