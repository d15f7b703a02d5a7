namespace FrontBackOffice.Web.Features.Orders;

/// <summary>The order pages' words (<c>OrdersText.*.resx</c>).</summary>
public sealed class OrdersText;
