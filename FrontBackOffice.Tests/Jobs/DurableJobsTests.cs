using FrontBackOffice.Tests.Infrastructure;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace FrontBackOffice.Tests.Jobs;

/// <summary>A job that leaves a file behind, so a test can see that it ran.</summary>
public static class DurableProbe
{
    public static void Touch(string path) => File.WriteAllText(path, "ran");
}

[Collection(AppCollection.Name)]
public class DurableJobsTests
{
    [Fact]
    public async Task JobEnqueuedBeforeARestart_RunsWhenTheNextHostStarts()
    {
        await using var folder = new TestDataFolder();
        var marker = Path.Combine(folder.Path, "probe.txt");

        await using (var first = new AppFactory(folder.Path) { Demo = false, RunJobServer = false })
        {
            first.Services.GetRequiredService<IBackgroundJobClient>().Enqueue(() => DurableProbe.Touch(marker));
            await Task.Delay(500);
            Assert.False(File.Exists(marker), "Nothing processes jobs on the first host.");
        }

        await using var second = new AppFactory(folder.Path) { Demo = false, RunJobServer = true };
        _ = second.Server;

        Assert.True(await Eventually(() => File.Exists(marker), TimeSpan.FromSeconds(30)), "The queued job did not run on the second host.");
    }

    private static async Task<bool> Eventually(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (condition())
            {
                return true;
            }
            await Task.Delay(100);
        }
        return condition();
    }
}
