namespace FrontBackOffice.Web.Features.Jobs;

/// <summary>The words of the jobs pages (<c>JobsText.*.resx</c>).</summary>
public sealed class JobsText;
