using FrontBackOffice.Web.Shared;

namespace FrontBackOffice.Web.Demo;

public sealed class SeedOptions : ISettings
{
    public static string Section => "Seed";

    /// <summary>Creates the demo users and the demo company on first start (true in Development).</summary>
    public bool Demo { get; set; }

    public IEnumerable<string> Problems() => [];
}
