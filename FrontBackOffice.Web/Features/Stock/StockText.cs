namespace FrontBackOffice.Web.Features.Stock;

/// <summary>The stock and count pages' words (<c>StockText.*.resx</c>).</summary>
public sealed class StockText;
