using NetArchTest.Rules;

namespace FrontBackOffice.Tests.Architecture;

/// <summary>
/// Which parts of the app may use which, as a build rule (the way ardalis/CleanArchitecture pins its layers): a feature
/// uses the shared services, the backbone and the Domain, and another feature only where this table says so, so the
/// next feature cannot reach into another's internals.
/// </summary>
public class FeatureBoundariesTests
{
    private const string Web = "FrontBackOffice.Web";
    private const string Features = Web + ".Features";

    /// <summary>The features one feature may use: pickers of customers in order and complaint forms.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Orders"] = ["Customers"],
        ["Complaints"] = ["Customers"],
    };

    private static readonly string[] AllFeatures = typeof(Program).Assembly.GetTypes()
        .Select(t => t.Namespace ?? "")
        .Where(n => n.StartsWith(Features + ".", StringComparison.Ordinal))
        .Select(n => n[(Features.Length + 1)..].Split('.')[0])
        .Distinct()
        .Order()
        .ToArray();

    public static TheoryData<string> EachFeature => new(AllFeatures);

    [Fact]
    public void TheCensus_FindsTheFeatures() => Assert.Contains("Payroll", AllFeatures);

    [Theory]
    [MemberData(nameof(EachFeature))]
    public void Feature_UsesNoOtherFeature_ButThoseTheTableAllows(string feature)
    {
        var forbidden = AllFeatures.Where(f => f != feature && !Allowed.GetValueOrDefault(feature, []).Contains(f)).Select(f => $"{Features}.{f}").ToArray();

        var result = Types.InAssembly(typeof(Program).Assembly).That().ResideInNamespace($"{Features}.{feature}")
            .ShouldNot().HaveDependencyOnAny(forbidden).GetResult();

        Assert.True(result.IsSuccessful, $"{feature} reaches into another feature: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Theory]
    [InlineData(Web + ".Shared")]
    [InlineData(Web + ".Jobs")]
    [InlineData(Web + ".Security")]
    [InlineData(Web + ".Components")]
    [InlineData(Web + ".Company")]
    [InlineData(Web + ".Layout")]
    [InlineData(Web + ".Localization")]
    public void SharedParts_UseNoFeature(string part)
    {
        var result = Types.InAssembly(typeof(Program).Assembly).That().ResideInNamespace(part)
            .ShouldNot().HaveDependencyOn(Features).GetResult();

        Assert.True(result.IsSuccessful, $"{part} depends on a feature: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Domain_UsesNoFramework()
    {
        var result = Types.InAssembly(typeof(FrontBackOffice.Domain.DomainException).Assembly)
            .ShouldNot().HaveDependencyOnAny("Microsoft", "FrontBackOffice.Web", "Hangfire", "MudBlazor").GetResult();

        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }
}
