using FrontBackOffice.Domain.Payroll;
using Microsoft.Extensions.Options;

namespace FrontBackOffice.Web.Features.Payroll;

/// <summary>The <c>Payroll</c> settings: the pay rules every compute uses.</summary>
public sealed class PayrollOptions
{
    public const string Section = "Payroll";

    public decimal WeeklyHours { get; set; } = 40m;

    public decimal OvertimeFactor { get; set; } = 1.5m;

    /// <summary>Monthly income tax brackets at marginal rates, the last one without an upper limit.</summary>
    public List<TaxBracketSetting> IncomeTaxBrackets { get; set; } = [];

    public decimal EmployeeSocialRate { get; set; } = 0.08m;

    public decimal EmployerSocialRate { get; set; } = 0.13m;

    /// <summary>How many employees are computed per transaction.</summary>
    public int ChunkSize { get; set; } = 500;

    public PayRules Rules => new(WeeklyHours, OvertimeFactor,
        (IncomeTaxBrackets.Count > 0 ? IncomeTaxBrackets : DefaultBrackets).Select(b => new TaxBracket(b.UpTo, b.Rate)).ToList(),
        EmployeeSocialRate, EmployerSocialRate);

    private static readonly List<TaxBracketSetting> DefaultBrackets =
    [
        new() { UpTo = 2000m, Rate = 0.10m },
        new() { UpTo = 5000m, Rate = 0.25m },
        new() { UpTo = null, Rate = 0.40m },
    ];

    public sealed class TaxBracketSetting
    {
        public decimal? UpTo { get; set; }
        public decimal Rate { get; set; }
    }

    public static void AddTo(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PayrollOptions>().Bind(configuration.GetSection(Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PayrollOptions>, Validator>();
    }

    /// <summary>Stops the start with a message naming each wrong <c>Payroll</c> setting.</summary>
    private sealed class Validator : IValidateOptions<PayrollOptions>
    {
        public ValidateOptionsResult Validate(string? name, PayrollOptions options)
        {
            var problems = options.Rules.Problems().ToList();
            if (options.ChunkSize is <= 0 or > 10_000)
            {
                problems.Add("Payroll:ChunkSize must be between 1 and 10000.");
            }
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
