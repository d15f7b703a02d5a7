using System.Globalization;
using FrontBackOffice.Web.Localization;
using Microsoft.Extensions.Options;

namespace FrontBackOffice.Web.Company;

/// <summary>Money in the company's currency and times in its time zone, written in the user's culture.</summary>
public sealed class Formats(IOptions<CompanyOptions> company, BusinessCalendar calendar)
{
    public string Currency => company.Value.Currency;

    public string Money(decimal amount) => $"{amount.ToString("N2", CultureInfo.CurrentCulture)} {company.Value.Currency}";

    public string When(DateTime utc) => calendar.LocalTime(utc).ToString("g", CultureInfo.CurrentCulture);

    public string When(DateTime? utc) => utc is { } value ? When(value) : "";

    public string Day(DateOnly day) => day.ToString("d", CultureInfo.CurrentCulture);

    public string Day(DateOnly? day) => day is { } value ? Day(value) : "";

    /// <summary>A month as people write it: "November 2026".</summary>
    public static string Month(int year, int month) => new DateOnly(year, month, 1).ToString("Y", CultureInfo.CurrentCulture);

    public string Percent(decimal fraction) => (fraction * 100m).ToString("0.##", CultureInfo.CurrentCulture) + " %";

    /// <summary>The time left until a due time as people say it: "due in 5 h", "overdue by 2 d 3 h".</summary>
    public static string Due(TimeSpan left) => left >= TimeSpan.Zero ? T["due in {0}", Span(left)] : T["overdue by {0}", Span(-left)];

    private static readonly ResourceText T = new(typeof(AppText));

    private static string Span(TimeSpan span) => span switch
    {
        { TotalDays: >= 1 } => span.Hours == 0 ? T["{0} d", (int)span.TotalDays] : T["{0} d {1} h", (int)span.TotalDays, span.Hours],
        { TotalHours: >= 1 } => T["{0} h", (int)span.TotalHours],
        _ => T["{0} min", Math.Max(1, (int)Math.Ceiling(span.TotalMinutes))],
    };
}
