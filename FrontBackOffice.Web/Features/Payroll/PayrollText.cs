namespace FrontBackOffice.Web.Features.Payroll;

/// <summary>The words of the payroll pages (<c>PayrollText.*.resx</c>).</summary>
public sealed class PayrollText;
