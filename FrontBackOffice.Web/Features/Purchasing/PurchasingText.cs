namespace FrontBackOffice.Web.Features.Purchasing;

/// <summary>The buying pages' words: suppliers, purchase orders, receipts and bills (<c>PurchasingText.*.resx</c>).</summary>
public sealed class PurchasingText;
