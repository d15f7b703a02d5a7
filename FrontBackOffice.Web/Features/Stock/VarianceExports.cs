using CsvHelper;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Security;
using Microsoft.Extensions.Localization;

namespace FrontBackOffice.Web.Features.Stock;

/// <summary>A count line of the variance report as the exports write it.</summary>
[CsvRecord]
public sealed partial record VarianceExportRow(
    string Sku, string Product, int SystemQuantity, int? Counted, int? Expected, int? Variance, decimal? UnitCost, decimal? Value, bool NeedsApproval, string? ApprovedBy)
{
    public static VarianceExportRow Of(CountLineRow l) =>
        new(l.Sku, l.ProductName, l.SystemQuantity, l.Counted, l.Expected, l.Variance, l.UnitCost, l.Value, l.NeedsApproval, l.ApprovedBy);
}

/// <summary>The variance report of a count as CSV or XLSX.</summary>
public static class VarianceExports
{
    public static IEndpointRouteBuilder MapVarianceExports(this IEndpointRouteBuilder endpoints)
    {
        var count = endpoints.MapGroup("/back/stock/counts/{countId:int}").RequireAuthorization(Policies.ManageStock).AnswerRefusalsWithStatusCodes();
        count.MapGet("/variances.csv", (int countId, CountService counts, HttpContext http, CancellationToken cancellationToken) =>
            Downloads.CsvAsync(http, $"count-{countId}-variances.csv", counts.AllLinesAsync(countId, cancellationToken), VarianceExportRow.Of, cancellationToken));
        count.MapGet("/variances.xlsx", (int countId, CountService counts, IStringLocalizer<StockText> text, CancellationToken cancellationToken) =>
            Downloads.XlsxAsync($"count-{countId}-variances.xlsx", text["Variances"], counts.AllLinesAsync(countId, cancellationToken), VarianceExportRow.Of,
                column => text[$"Column.{column}"], cancellationToken));
        return endpoints;
    }
}
