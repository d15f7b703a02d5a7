using FrontBackOffice.Domain.Payroll;
using FrontBackOffice.Web.Company;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Security;
using Microsoft.Extensions.Options;
using MiniExcelLibs;

namespace FrontBackOffice.Web.Features.Payroll;

/// <summary>A payslip as the exports write it: every component in its own column.</summary>
public sealed record PayslipExportRow(
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
        var run = endpoints.MapGroup("/back/payroll/{runId:int}")
            .RequireAuthorization(Policies.PayrollRead)
            .AddEndpointFilter(async (context, next) =>
            {
                try
                {
                    return await next(context);
                }
                catch (AccessDeniedException)
                {
                    return TypedResults.StatusCode(StatusCodes.Status403Forbidden);
                }
                catch (Domain.NotFoundException)
                {
                    return TypedResults.NotFound();
                }
            });

        // Written row by row as the database streams them: a run of any size never sits in memory.
        run.MapGet("/payslips.csv", async (int runId, PayrollService payroll, HttpContext http, CancellationToken cancellationToken) =>
        {
            var slips = payroll.AllPayslipsAsync(runId, cancellationToken).GetAsyncEnumerator(cancellationToken);
            var any = await slips.MoveNextAsync();
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"payslips-run-{runId}.csv\"";
            await using var writer = new StreamWriter(http.Response.Body, Csv.Utf8);
            await writer.WriteAsync(Csv.Header<PayslipExportRow>());
            while (any)
            {
                await writer.WriteAsync(Csv.Row(PayslipExportRow.Of(slips.Current)));
                any = await slips.MoveNextAsync();
            }
            await slips.DisposeAsync();
        });

        run.MapGet("/payslips.xlsx", async (int runId, PayrollService payroll, CancellationToken cancellationToken) =>
        {
            var rows = new List<PayslipExportRow>();
            await foreach (var slip in payroll.AllPayslipsAsync(runId, cancellationToken))
            {
                rows.Add(PayslipExportRow.Of(slip));
            }
            var file = new MemoryStream();
            await file.SaveAsAsync(rows, sheetName: "Payslips", cancellationToken: cancellationToken);
            return TypedResults.File(file.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"payslips-run-{runId}.xlsx");
        });

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
