namespace FrontBackOffice.Web.Company;

/// <summary>The <c>Company</c> settings: who the company is, its money and its clock.</summary>
public sealed class CompanyOptions
{
    public const string Section = "Company";

    public string Name { get; set; } = "Demo Company Ltd";

    /// <summary>ISO 4217 code of the currency every amount is in.</summary>
    public string Currency { get; set; } = "EUR";

    /// <summary>The standard VAT rate as a fraction (0.21 is 21 %).</summary>
    public decimal VatRate { get; set; } = 0.21m;

    /// <summary>The IANA time zone whose calendar days are the company's business days.</summary>
    public string TimeZone { get; set; } = "Europe/Amsterdam";

    public static IServiceCollection AddTo(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CompanyOptions>()
            .Bind(configuration.GetSection(Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.Name), "Company:Name must not be empty.")
            .Validate(o => o.Currency is { Length: 3 } c && c.All(char.IsAsciiLetterUpper),
                "Company:Currency must be a three-letter ISO 4217 code such as EUR.")
            .Validate(o => o.VatRate is >= 0m and < 1m, "Company:VatRate must be a fraction between 0 and 1, e.g. 0.21.")
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _),
                "Company:TimeZone must be a time zone id known to this machine, e.g. Europe/Amsterdam.")
            .ValidateOnStart();
        services.AddSingleton<BusinessCalendar>();
        services.AddSingleton<Formats>();
        return services;
    }
}
