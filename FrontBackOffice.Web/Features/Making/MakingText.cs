namespace FrontBackOffice.Web.Features.Making;

/// <summary>The words of the making pages (<c>MakingText.*.resx</c>).</summary>
public sealed class MakingText;
