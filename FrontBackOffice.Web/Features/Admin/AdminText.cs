namespace FrontBackOffice.Web.Features.Admin;

/// <summary>The words of the admin pages (<c>AdminText.*.resx</c>).</summary>
public sealed class AdminText;
