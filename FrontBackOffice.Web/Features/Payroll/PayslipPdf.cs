using System.Globalization;
using FrontBackOffice.Domain.Payroll;
using FrontBackOffice.Web.Company;
using FrontBackOffice.Web.Components;
using FrontBackOffice.Web.Localization;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;
using PdfSharp.WPFonts;

namespace FrontBackOffice.Web.Features.Payroll;

/// <summary>
/// One employee's payslip as a one-page PDF (PDFsharp, with the fonts it ships, so any machine renders it), in the
/// language and number format of the person who downloads it.
/// </summary>
public static class PayslipPdf
{
    private static readonly ResourceText L = new(typeof(PayrollText));

    private const string Font = "Segoe WP";
    private static readonly Lock FontSetup = new();

    public static byte[] Render(Payslip slip, CompanyOptions company)
    {
        EnsureFonts();
        using var document = new PdfDocument();
        document.Info.Title = L["Payslip {0} {1}", slip.Period, slip.EmployeeName];
        document.Info.Author = company.Name;
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        using var gfx = XGraphics.FromPdfPage(page);
        var title = new XFont(Font, 18, XFontStyleEx.Bold);
        var heading = new XFont(Font, 11, XFontStyleEx.Bold);
        var text = new XFont(Font, 10, XFontStyleEx.Regular);
        var money = CultureInfo.CurrentCulture;
        string Amount(decimal value) => $"{value.ToString("N2", money)} {company.Currency}";

        var y = 50.0;
        gfx.DrawString(company.Name, heading, XBrushes.Gray, 50, y);
        y += 28;
        gfx.DrawString(L["Payslip {0}", slip.Period], title, XBrushes.Black, 50, y);
        y += 30;
        foreach (var (label, value) in new[]
                 {
                     (L["Employee"], slip.EmployeeName), (L["Tax number"], slip.TaxNumber), (L["Department"], slip.Department),
                     (L["Pay type"], Labels.Of(slip.PayType)), (L["Days employed"], L["{0} of {1}", slip.DaysEmployed, slip.DaysInPeriod]),
                 })
        {
            gfx.DrawString(label, text, XBrushes.Gray, 50, y);
            gfx.DrawString(value, text, XBrushes.Black, 180, y);
            y += 16;
        }

        y += 16;
        gfx.DrawString(L["Earnings"], heading, XBrushes.Black, 50, y);
        y += 18;
        var lines = new List<(string Label, string Value, bool Bold)>();
        if (slip.PayType == PayType.Salaried)
        {
            lines.Add((L["Salary {0} × {1}/{2} days", Amount(slip.MonthlySalary ?? 0), slip.DaysEmployed, slip.DaysInPeriod], Amount(slip.SalaryPay), false));
        }
        else
        {
            lines.Add((L["Regular hours {0:0.##} × {1}", slip.RegularHours, Amount(slip.HourlyRate ?? 0)], Amount(slip.RegularPay), false));
            lines.Add((L["Overtime hours {0:0.##}", slip.OvertimeHours], Amount(slip.OvertimePay), false));
        }
        lines.Add((L["Gross pay"], Amount(slip.Gross), true));
        lines.Add((L["Income tax withheld"], "− " + Amount(slip.IncomeTax), false));
        lines.Add((L["Employee social contribution"], "− " + Amount(slip.EmployeeSocial), false));
        lines.Add((L["Net pay"], Amount(slip.Net), true));
        foreach (var (label, value, bold) in lines)
        {
            var font = bold ? heading : text;
            gfx.DrawString(label, font, XBrushes.Black, 50, y);
            gfx.DrawString(value, font, XBrushes.Black, new XRect(300, y - 10, 245, 14), XStringFormats.TopRight);
            y += bold ? 20 : 16;
        }
        y += 12;
        gfx.DrawString(L["Employer social contribution (paid by {0}): {1}", company.Name, Amount(slip.EmployerSocial)], text, XBrushes.Gray, 50, y);

        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    private static void EnsureFonts()
    {
        lock (FontSetup)
        {
            GlobalFontSettings.FontResolver ??= new BundledFonts();
        }
    }

    /// <summary>The Segoe WP faces bundled with PDFsharp, for every family name asked.</summary>
    private sealed class BundledFonts : IFontResolver
    {
        public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
            new(bold ? "SegoeWP-Bold" : "SegoeWP", false, italic);

        public byte[] GetFont(string faceName) => faceName == "SegoeWP-Bold" ? FontDataHelper.SegoeWPBold : FontDataHelper.SegoeWP;
    }
}
