using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FrontBackOffice.Web.Data;

/// <summary>
/// Writes <c>/health</c> as JSON: overall status, the database provider in use and each check's status, never
/// exception details or connection strings.
/// </summary>
public static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            provider = context.RequestServices.GetRequiredService<DatabaseSettings>().Provider.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
        }));
    }
}
