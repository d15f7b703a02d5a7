namespace FrontBackOffice.Web.Features.Sessions;

/// <summary>The words of the sessions pages (<c>SessionsText.*.resx</c>).</summary>
public sealed class SessionsText;
