namespace FrontBackOffice.Web.Features.Complaints;

/// <summary>The complaint pages' words, in both offices (<c>ComplaintsText.*.resx</c>).</summary>
public sealed class ComplaintsText;
