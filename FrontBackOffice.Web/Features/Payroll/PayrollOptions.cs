using FrontBackOffice.Domain.Payroll;
using FrontBackOffice.Web.Shared;

namespace FrontBackOffice.Web.Features.Payroll;

/// <summary>The <c>Payroll</c> settings: the pay rules every compute uses.</summary>
public sealed class PayrollOptions : ISettings
{
    public static string Section => "Payroll";

    public decimal WeeklyHours { get; set; } = 40m;

    public decimal OvertimeFactor { get; set; } = 1.5m;

    /// <summary>Monthly income tax brackets at marginal rates, the last one without an upper limit.</summary>
    public List<TaxBracketSetting> IncomeTaxBrackets { get; set; } = [];

    public decimal EmployeeSocialRate { get; set; } = 0.08m;

    public decimal EmployerSocialRate { get; set; } = 0.13m;

    /// <summary>How many employees are computed per transaction.</summary>
    public int ChunkSize { get; set; } = 2000;

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

    public IEnumerable<string> Problems()
    {
        foreach (var problem in Rules.Problems())
        {
            yield return problem;
        }
        if (ChunkSize is <= 0 or > 10_000)
        {
            yield return "Payroll:ChunkSize must be between 1 and 10000.";
        }
    }
}
