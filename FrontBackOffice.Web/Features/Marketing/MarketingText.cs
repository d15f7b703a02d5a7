namespace FrontBackOffice.Web.Features.Marketing;

/// <summary>The words of the marketing pages (<c>MarketingText.*.resx</c>).</summary>
public sealed class MarketingText;
