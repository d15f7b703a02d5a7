using CsvHelper;
using FrontBackOffice.Domain.Payroll;
using FrontBackOffice.Web.Company;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Security;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace FrontBackOffice.Web.Features.Payroll;

/// <summary>A payslip as the exports write it: every component in its own column.</summary>
[CsvRecord]
public sealed partial record PayslipExportRow(
    string Employee, string TaxNumber, string Department, string PayType, string Period, int DaysEmployed, int DaysInPeriod,
    decimal? MonthlySalary, decimal? HourlyRate, decimal SalaryPay, decimal RegularHours, decimal OvertimeHours, decimal RegularPay,
    decimal OvertimePay, decimal Gross, decimal IncomeTax, decimal EmployeeSocial, decimal EmployerSocial, decimal Net)
{
    public static PayslipExportRow Of(Payslip p) => new(p.EmployeeName, p.TaxNumber, p.Department, p.PayType.ToString(), p.Period.ToString(),
        p.DaysEmployed, p.DaysInPeriod, p.MonthlySalary, p.HourlyRate, p.SalaryPay, p.RegularHours, p.OvertimeHours, p.RegularPay,
        p.OvertimePay, p.Gross, p.IncomeTax, p.EmployeeSocial, p.EmployerSocial, p.Net);
}

/// <summary>The downloads of a payroll run: all payslips as CSV or XLSX, and one payslip as PDF.</summary>
public static class PayslipExports
{
    public static IEndpointRouteBuilder MapPayslipExports(this IEndpointRouteBuilder endpoints)
    {
        var run = endpoints.MapGroup("/back/payroll/{runId:int}").RequireAuthorization(Policies.ReadPayroll).AnswerRefusalsWithStatusCodes();

        // Written row by row as the database streams them: a run of any size never sits in memory.
        run.MapGet("/payslips.csv", (int runId, PayrollService payroll, HttpContext http, CancellationToken cancellationToken) =>
            Downloads.CsvAsync(http, $"payslips-run-{runId}.csv", payroll.AllPayslipsAsync(runId, cancellationToken), PayslipExportRow.Of, cancellationToken));

        run.MapGet("/payslips.xlsx", (int runId, PayrollService payroll, IStringLocalizer<PayrollText> text, CancellationToken cancellationToken) =>
            Downloads.XlsxAsync($"payslips-run-{runId}.xlsx", text["Payslips"], payroll.AllPayslipsAsync(runId, cancellationToken), PayslipExportRow.Of,
                column => text[$"Column.{column}"], cancellationToken));

        run.MapGet("/payslips/{payslipId:long}.pdf", async (int runId, long payslipId, PayrollService payroll, IOptions<CompanyOptions> company,
            CancellationToken cancellationToken) =>
        {
            var slip = await payroll.PayslipAsync(runId, payslipId, cancellationToken);
            var name = string.Concat(slip.EmployeeName.Where(char.IsLetterOrDigit));
            return TypedResults.File(PayslipPdf.Render(slip, company.Value), "application/pdf", $"payslip-{slip.Period}-{name}.pdf");
        });
        return endpoints;
    }
}
