using System.Security.Claims;
using FrontBackOffice.Domain.Jobs;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Jobs;
using FrontBackOffice.Web.Security;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FrontBackOffice.Tests.Infrastructure;

/// <summary>
/// The real app on a real database of its own: SQLite files in a folder of its own, or a PostgreSQL database named
/// after that folder (<see cref="TestDatabase"/>). Hangfire keeps one global storage, so every test that starts the
/// app belongs to the <see cref="AppCollection"/>, which runs alone.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>
{
    private readonly TestDataFolder? ownFolder;

    /// <param name="dataFolder">A folder shared with another factory (a node, a restart); by default a new one of its own.</param>
    public AppFactory(string? dataFolder = null)
    {
        ownFolder = dataFolder is null ? new TestDataFolder() : null;
        DataFolder = dataFolder ?? ownFolder!.Path;
    }

    public string DataFolder { get; }

    public bool Demo { get; init; } = true;

    /// <summary>The hosting environment; Production adds HSTS, HTTPS redirection and the error page.</summary>
    public string Environment { get; init; } = "Development";

    public bool RunJobServer { get; init; } = true;

    /// <summary>When set, the app's clock; tests move it to make time pass.</summary>
    public FakeTimeProvider? Clock { get; init; }

    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>Services a test puts in place of the app's own (a counting stand-in, say).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        var (appDatabase, jobsDatabase) = TestDatabase.ConnectionStrings(DataFolder);
        builder.UseSetting("Database:Provider", TestDatabase.Provider);
        builder.UseSetting("ConnectionStrings:Default", appDatabase);
        builder.UseSetting("ConnectionStrings:Jobs", jobsDatabase);
        builder.UseSetting("Seed:Demo", Demo ? "true" : "false");
        builder.UseSetting("Jobs:RunServer", RunJobServer ? "true" : "false");
        builder.UseSetting("Jobs:PollInterval", "00:00:00.200");
        builder.UseSetting("Jobs:FeedPollInterval", "00:00:00.200");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureLogging(AppLogFile.AddTo);
        // Tests sign in far more often than people do; a test of the limits sets its own.
        builder.UseSetting("Security:SignInAttemptsPerAddress", "100000");
        builder.UseSetting("Security:SignInAttemptsPerAccount", "100000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        if (Clock is not null)
        {
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
        if (TestServices is not null)
        {
            builder.ConfigureServices(TestServices);
        }
    }

    /// <summary>A DI scope whose services act for the given user, as they would in that user's circuit.</summary>
    public async Task<AsyncServiceScope> ScopeForAsync(string email)
    {
        var scope = Services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var user = await provider.GetRequiredService<UserManager<StaffUser>>().FindByEmailAsync(email)
            ?? throw new InvalidOperationException($"No user {email}.");
        var principal = await provider.GetRequiredService<IUserClaimsPrincipalFactory<StaffUser>>().CreateAsync(user);
        ActAs(scope, principal);
        return scope;
    }

    /// <summary>A service of the app as the given user calls it, each call in a scope of its own (as in that user's circuit).</summary>
    public ServiceCaller<TService> As<TService>(string email) where TService : notnull => new(this, email);

    /// <summary>Runs a queued job run the way Hangfire would: through the job runner, in a scope of its own.</summary>
    public async Task RunJobAsync(long jobRunId)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<JobRunner>().RunAsync(jobRunId, CancellationToken.None);
    }

    /// <summary>Waits, polling the database, until a job run has ended, and returns it as it stands.</summary>
    public Task<JobRun> RunWhenEndedAsync(long runId, int patienceSeconds = 60) => RunWhenAsync(runId, r => !r.IsActive, patienceSeconds);

    /// <summary>Waits, polling the database, until a job run satisfies the condition, and returns it; fails after the patience.</summary>
    public async Task<JobRun> RunWhenAsync(long runId, Func<JobRun, bool> condition, int patienceSeconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(patienceSeconds);
        while (true)
        {
            await using var db = CreateDbContext();
            var run = await db.JobRuns.AsNoTracking().SingleAsync(r => r.Id == runId);
            if (condition(run))
            {
                return run;
            }
            Assert.True(DateTime.UtcNow < deadline, $"Run #{runId} stayed {run.State} at {run.Done} of {run.Total} (resumed {run.Resumes}×).");
            await Task.Delay(50);
        }
    }

    public static void ActAs(AsyncServiceScope scope, ClaimsPrincipal principal) =>
        ((IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>())
            .SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));

    public AppDbContext CreateDbContext() =>
        Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        // Hangfire logs through one static provider, the last started app's: once that app is gone, an app still
        // running (the shared demo app) must not reach for its disposed logger factory.
        Hangfire.Logging.LogProvider.SetCurrentLogProvider(null);
        if (ownFolder is not null)
        {
            await ownFolder.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AppCollection : ICollectionFixture<DemoApp>
{
    public const string Name = "App";
}

/// <summary>One demo-seeded app shared by the tests of the collection that only read, or write data of their own.</summary>
public sealed class DemoApp : AppFactory, IAsyncLifetime
{
    public Task InitializeAsync()
    {
        _ = Server;
        return Task.CompletedTask;
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}

/// <summary>Calls a service of the app as one member of staff.</summary>
public readonly struct ServiceCaller<TService>(AppFactory app, string email) where TService : notnull
{
    public async Task<T> RunAsync<T>(Func<TService, Task<T>> work)
    {
        await using var scope = await app.ScopeForAsync(email);
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public Task RunAsync(Func<TService, Task> work) => RunAsync(async service =>
    {
        await work(service);
        return true;
    });
}
