using System.Text.RegularExpressions;

namespace FrontBackOffice.Tests.Architecture;

/// <summary>Rules that live once: who may do what is decided by the policy table alone.</summary>
public partial class OneRuleOnePlaceTests
{
    /// <summary>Where a role may be named: the policy table, and the demo staff and data that give each role a person.</summary>
    private static readonly string[] MayNameRoles = ["Security/Policies.cs", "Demo/DemoStaff.cs", "DemoData.cs"];

    [Fact]
    public void RoleNames_DecideNothingOutsideThePolicyTable()
    {
        var web = Path.Combine(RepositoryRoot(), "FrontBackOffice.Web");
        var offenders = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => !MayNameRoles.Any(allowed => f.Replace('\\', '/').EndsWith(allowed, StringComparison.Ordinal)))
            .Where(f => RoleName().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(web, f))
            .ToList();

        Assert.True(offenders.Count == 0, "Roles named outside the policy table: " + string.Join(", ", offenders));
    }

    [GeneratedRegex(@"StaffRoles\.(Sales|Support|HR|Accounting|Warehouse|Admin)\b|IsInRole\(|RequireRole\(|\bRoles\s*=\s*""")]
    private static partial Regex RoleName();

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "FrontBackOffice.sln")))
        {
            folder = folder.Parent;
        }
        return folder?.FullName ?? throw new InvalidOperationException("The repository root (FrontBackOffice.sln) was not found.");
    }
}
