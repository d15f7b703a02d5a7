namespace FrontBackOffice.Tests.Infrastructure;

/// <summary>Where the repository and the app built beside the tests are, in the tests' own configuration (Debug or Release).</summary>
public static class BuiltApp
{
    private static readonly DirectoryInfo Tests = new(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));

    /// <summary>The build configuration the tests run in.</summary>
    public static string Configuration => Tests.Parent!.Name;

    /// <summary>The folder holding FrontBackOffice.sln.</summary>
    public static string RepositoryRoot
    {
        get
        {
            var root = Tests;
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "FrontBackOffice.sln")))
            {
                root = root.Parent;
            }
            return root?.FullName ?? throw new InvalidOperationException("FrontBackOffice.sln not found above the tests.");
        }
    }

    /// <summary>The app's assembly, built for the tests' configuration and framework.</summary>
    public static string Dll
    {
        get
        {
            var dll = Path.Combine(RepositoryRoot, "FrontBackOffice.Web", "bin", Configuration, Tests.Name, "FrontBackOffice.Web.dll");
            return File.Exists(dll) ? dll : throw new InvalidOperationException($"Build the app first: {dll} is missing.");
        }
    }
}
