using System.Diagnostics;
using System.Text.RegularExpressions;
using FrontBackOffice.Tests.Infrastructure;

namespace FrontBackOffice.Tests.Migrations;

/// <summary>
/// Each provider's migrations, checked with <c>dotnet ef</c> as a developer runs it. SQLite and PostgreSQL migrations
/// also run for real in every integration test; no SQL Server can run here, so its script is produced and read.
/// </summary>
public partial class ProviderMigrationsTests
{
    private const int VersionedTables = 21;

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    [InlineData("SqlServer")]
    public async Task EveryProvidersMigrations_MatchTheModel(string provider)
    {
        var (exitCode, output) = await DotnetEfAsync("migrations", "has-pending-model-changes", "--context", $"{provider}AppDbContext");

        Assert.True(exitCode == 0, output);
        Assert.Contains("No changes have been made to the model since the last migration.", output);
    }

    [Fact]
    public async Task SqlServerIdempotentScript_CarriesTheRules_TheFilteredIndexes_AndRowVersions()
    {
        var script = await ScriptAsync("SqlServerAppDbContext");

        foreach (var trigger in new[]
        {
            "JournalEntries_Immutable_Update", "JournalEntries_Immutable_Delete", "JournalLines_Immutable_Update",
            "JournalLines_Immutable_Delete", "AuditLog_Immutable_Update", "AuditLog_Immutable_Delete", "JournalEntries_NotInClosedDay",
        })
        {
            // CREATE TRIGGER must start a batch: under the script's IF it only runs through EXEC.
            Assert.Contains($"EXEC(N'CREATE TRIGGER [{trigger}]", script);
        }
        Assert.Contains("""CREATE UNIQUE INDEX [IX_JobRuns_OneActivePerSubject] ON [JobRuns] ([JobType], [Subject]) WHERE "State" IN (''Queued'', ''Running'')""", script);
        Assert.Contains("""CREATE UNIQUE INDEX [IX_PayrollRuns_OnePerMonth] ON [PayrollRuns] ([Year], [Month]) WHERE "State" <> ''Cancelled''""", script);
        Assert.Contains("CREATE UNIQUE INDEX [IX_JournalEntries_SourceType_SourceId] ON [JournalEntries] ([SourceType], [SourceId]);", script);
        Assert.Equal(VersionedTables, RowVersionColumn().Matches(script).Count);
        Assert.Contains("[GrossTotal] decimal(19,4) NOT NULL", script);
        Assert.Contains("[Date] date NOT NULL", script);
        Assert.Contains("CONSTRAINT [CK_JournalLines_OneSide] CHECK", script);
    }

    [Fact]
    public async Task PostgreSqlScript_UsesXmin_AndCarriesTheRules()
    {
        var script = await ScriptAsync("PostgreSqlAppDbContext");

        // Row versions are the system column xmin, never a column of their own (a bill of materials' "Version" is its number).
        Assert.DoesNotContain("xmin", script);
        Assert.DoesNotContain("\"Version\" bigint", script);
        Assert.Contains("CREATE TRIGGER \"JournalEntries_NotInClosedDay\" BEFORE INSERT ON \"JournalEntries\"", script);
        Assert.Contains("CREATE TRIGGER \"AuditLog_Immutable_Truncate\" BEFORE TRUNCATE ON \"AuditLog\"", script);
        Assert.Contains("\"GrossTotal\" numeric(19,4) NOT NULL", script);
    }

    private static async Task<string> ScriptAsync(string context)
    {
        var file = Path.Combine(Path.GetTempPath(), $"fbo-{context}-{Guid.NewGuid():N}.sql");
        try
        {
            var (exitCode, output) = await DotnetEfAsync("migrations", "script", "--idempotent", "--context", context, "--output", file);
            Assert.True(exitCode == 0, output);
            return await File.ReadAllTextAsync(file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Runs <c>dotnet ef</c> on the app as built beside the tests (the test script restores the tool).</summary>
    private static async Task<(int ExitCode, string Output)> DotnetEfAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", ["ef", .. arguments, "--project", "FrontBackOffice.Web", "--no-build", "--configuration", BuiltApp.Configuration])
        {
            WorkingDirectory = BuiltApp.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet ef did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }

    [GeneratedRegex(@"\[Version\] rowversion NOT NULL")]
    private static partial Regex RowVersionColumn();
}
