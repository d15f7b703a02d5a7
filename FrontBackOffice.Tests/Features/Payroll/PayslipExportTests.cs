using System.Net;
using System.Text;
using FrontBackOffice.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using PdfSharp.Pdf.IO;

namespace FrontBackOffice.Tests.Features.Payroll;

[Collection(AppCollection.Name)]
public class PayslipExportTests(DemoApp app)
{
    private async Task<(int RunId, long PayslipId, int Count)> PostedRunAsync()
    {
        await using var db = app.CreateDbContext();
        var run = await db.PayrollRuns.Where(r => r.Employees > 0).OrderBy(r => r.Id).FirstAsync();
        var slip = await db.Payslips.Where(p => p.RunId == run.Id).OrderBy(p => p.Id).FirstAsync();
        return (run.Id, slip.Id, await db.Payslips.CountAsync(p => p.RunId == run.Id));
    }

    [Fact]
    public async Task Csv_HasAHeaderAndARowPerPayslip_WithEveryComponent()
    {
        var (runId, _, count) = await PostedRunAsync();
        var client = await app.SignedInClientAsync("hr@demo.local");

        var response = await client.GetAsync($"/back/payroll/{runId}/payslips.csv");
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Employee,TaxNumber,Department,PayType,Period,DaysEmployed,DaysInPeriod,MonthlySalary,HourlyRate,SalaryPay,RegularHours,OvertimeHours,RegularPay,OvertimePay,Gross,IncomeTax,EmployeeSocial,EmployerSocial,Net", lines[0]);
        Assert.Equal(count + 1, lines.Length);
    }

    [Fact]
    public async Task Csv_WritesEveryAmountWithTwoDecimals_InTheInvariantCulture()
    {
        var (runId, _, _) = await PostedRunAsync();
        var client = await app.SignedInClientAsync("hr@demo.local");

        var lines = (await client.GetStringAsync($"/back/payroll/{runId}/payslips.csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        var header = lines[0].Split(',');
        var amounts = new[] { "SalaryPay", "RegularPay", "OvertimePay", "Gross", "IncomeTax", "EmployeeSocial", "EmployerSocial", "Net" }.Select(c => Array.IndexOf(header, c)).ToList();
        foreach (var line in lines.Skip(1))
        {
            var fields = line.Split(',');
            Assert.All(amounts, column => Assert.Matches(@"^-?\d+\.\d{2}$", fields[column]));
        }
    }

    [Fact]
    public async Task Xlsx_IsASpreadsheet()
    {
        var (runId, _, _) = await PostedRunAsync();
        var client = await app.SignedInClientAsync("accounting@demo.local");

        var response = await client.GetAsync($"/back/payroll/{runId}/payslips.xlsx");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("PK", Encoding.ASCII.GetString(bytes, 0, 2));
        Assert.Contains("spreadsheetml", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Xlsx_ForAPortugueseReader_IsHeadedInPortuguese()
    {
        var (runId, _, _) = await PostedRunAsync();
        var client = await app.SignedInClientAsync("accounting@demo.local");
        await client.GetAsync("/language/pt-BR?returnUrl=%2F");

        using var sheet = new MemoryStream(await client.GetByteArrayAsync($"/back/payroll/{runId}/payslips.xlsx"));
        var header = ((IDictionary<string, object?>)MiniExcelLibs.MiniExcel.Query(sheet).First()).Values.Select(v => v?.ToString()).ToList();

        Assert.Equal("Funcionário", header[0]);
        Assert.Contains("Salário mensal", header);
        Assert.Equal("Líquido", header[^1]);
    }

    [Fact]
    public async Task Pdf_IsAPayslipDocument()
    {
        var (runId, payslipId, _) = await PostedRunAsync();
        var client = await app.SignedInClientAsync("hr@demo.local");

        var response = await client.GetAsync($"/back/payroll/{runId}/payslips/{payslipId}.pdf");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("%PDF", Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.True(bytes.Length > 1000);
    }

    [Fact]
    public async Task Pdf_ForAPortugueseSpeaker_IsAHolerite()
    {
        var (runId, payslipId, _) = await PostedRunAsync();
        var client = await app.SignedInClientAsync("hr@demo.local");
        await client.GetAsync("/language/pt-BR");

        var bytes = await client.GetByteArrayAsync($"/back/payroll/{runId}/payslips/{payslipId}.pdf");
        using var pdf = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);

        Assert.StartsWith("Holerite ", pdf.Info.Title, StringComparison.Ordinal);
        using var read = UglyToad.PdfPig.PdfDocument.Open(bytes);
        var body = string.Join(" ", read.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.All(["Holerite", "Proventos", "Salário", "bruto", "IRRF", "líquido"], word => Assert.Contains(word, body));
        Assert.All(["Payslip", "Earnings", "Gross", "Net", "withheld"], word => Assert.DoesNotContain(word, body));
        Assert.Matches(@"\d,\d\d", body);
    }

    [Theory]
    [InlineData("hr@demo.local", "/back/payroll/99999/payslips.csv")]
    [InlineData("hr@demo.local", "/back/payroll/99999/payslips.xlsx")]
    [InlineData("warehouse@demo.local", "/back/stock/counts/99999/variances.csv")]
    [InlineData("warehouse@demo.local", "/back/stock/counts/99999/variances.xlsx")]
    public async Task AnExportOfARunOrCountThatDoesNotExist_IsNotFound_NotAnEmptyFile(string email, string path)
    {
        var client = await app.SignedInClientAsync(email);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
    }

    [Theory]
    [InlineData("warehouse@demo.local")]
    [InlineData("sales@demo.local")]
    public async Task OtherRoles_GetNoPayslips(string email)
    {
        var (runId, payslipId, _) = await PostedRunAsync();
        var client = await app.SignedInClientAsync(email);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/back/payroll/{runId}/payslips.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/back/payroll/{runId}/payslips/{payslipId}.pdf")).StatusCode);
    }
}
