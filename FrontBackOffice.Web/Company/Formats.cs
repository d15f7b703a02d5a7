using System.Globalization;
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

    public string Percent(decimal fraction) => (fraction * 100m).ToString("0.##", CultureInfo.CurrentCulture) + " %";
}
