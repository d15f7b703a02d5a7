namespace FrontBackOffice.Web.Features.Employees;

/// <summary>The words of the employees pages (<c>EmployeesText.*.resx</c>).</summary>
public sealed class EmployeesText;
