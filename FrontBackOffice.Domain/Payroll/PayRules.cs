namespace FrontBackOffice.Domain.Payroll;

/// <summary>One band of the monthly income tax table: income up to <see cref="UpTo"/> (no limit when null) at <see cref="Rate"/>.</summary>
public sealed record TaxBracket(decimal? UpTo, decimal Rate);

/// <summary>The company's pay rules (the <c>Payroll</c> settings).</summary>
public sealed record PayRules(
    decimal WeeklyHours, decimal OvertimeFactor, IReadOnlyList<TaxBracket> IncomeTaxBrackets, decimal EmployeeSocialRate, decimal EmployerSocialRate)
{
    /// <summary>Problems with the rules, named by their setting.</summary>
    public IEnumerable<string> Problems()
    {
        if (WeeklyHours is <= 0 or > 168)
        {
            yield return "Payroll:WeeklyHours must be between 0 and 168.";
        }
        if (OvertimeFactor < 1)
        {
            yield return "Payroll:OvertimeFactor must be at least 1.";
        }
        if (EmployeeSocialRate is < 0 or >= 1)
        {
            yield return "Payroll:EmployeeSocialRate must be a fraction from 0 to below 1.";
        }
        if (EmployerSocialRate is < 0 or >= 1)
        {
            yield return "Payroll:EmployerSocialRate must be a fraction from 0 to below 1.";
        }
        if (IncomeTaxBrackets.Count == 0 || IncomeTaxBrackets[^1].UpTo is not null)
        {
            yield return "Payroll:IncomeTaxBrackets must end with a bracket without UpTo (the top rate).";
        }
        if (IncomeTaxBrackets.Any(b => b.Rate is < 0 or > 1))
        {
            yield return "Payroll:IncomeTaxBrackets rates must be fractions from 0 to 1.";
        }
        var limits = IncomeTaxBrackets.Where(b => b.UpTo is not null).Select(b => b.UpTo!.Value).ToList();
        if (limits.Any(l => l <= 0) || limits.Zip(limits.Skip(1)).Any(p => p.Second <= p.First))
        {
            yield return "Payroll:IncomeTaxBrackets limits (UpTo) must be positive and rising.";
        }
    }

    /// <summary>Income tax on a month's income at marginal rates: each bracket's rate applies to the part of the income inside it.</summary>
    public decimal IncomeTax(decimal income)
    {
        var tax = 0m;
        var lower = 0m;
        foreach (var bracket in IncomeTaxBrackets)
        {
            var upper = bracket.UpTo ?? decimal.MaxValue;
            if (income > lower)
            {
                tax += (Math.Min(income, upper) - lower) * bracket.Rate;
            }
            lower = upper;
        }
        return Money.Round(tax);
    }
}
