namespace FrontBackOffice.Web.Features.Pipeline;

/// <summary>The words of the pipeline pages (<c>PipelineText.*.resx</c>).</summary>
public sealed class PipelineText;
