namespace FrontBackOffice.Web.Features.Home;

/// <summary>The office home pages' words (<c>HomeText.*.resx</c>).</summary>
public sealed class HomeText;
