using FrontBackOffice.Web.Shared;

namespace FrontBackOffice.Web.Company;

/// <summary>The <c>Company</c> settings: who the company is, its money and its clock.</summary>
public sealed class CompanyOptions : ISettings
{
    public static string Section => "Company";

    public string Name { get; set; } = "Demo Company Ltd";

    /// <summary>ISO 4217 code of the currency every amount is in.</summary>
    public string Currency { get; set; } = "EUR";

    /// <summary>The standard VAT rate as a fraction (0.21 is 21 %).</summary>
    public decimal VatRate { get; set; } = 0.21m;

    /// <summary>The IANA time zone whose calendar days are the company's business days.</summary>
    public string TimeZone { get; set; } = "Europe/Amsterdam";

    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            yield return "Company:Name must not be empty.";
        }
        if (Currency is not { Length: 3 } || !Currency.All(char.IsAsciiLetterUpper))
        {
            yield return "Company:Currency must be a three-letter ISO 4217 code such as EUR.";
        }
        if (VatRate is < 0m or >= 1m)
        {
            yield return "Company:VatRate must be a fraction between 0 and 1, e.g. 0.21.";
        }
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return "Company:TimeZone must be a time zone id known to this machine, e.g. Europe/Amsterdam.";
        }
    }

    public static IServiceCollection AddTo(IServiceCollection services, IConfiguration configuration) => services
        .AddSettings<CompanyOptions>(configuration)
        .AddSingleton<BusinessCalendar>()
        .AddSingleton<Formats>();
}
