namespace FrontBackOffice.Web.Features.Customers;

/// <summary>The customer pages' words (<c>CustomersText.*.resx</c>).</summary>
public sealed class CustomersText;
