using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace FrontBackOffice.Tests.Infrastructure;

/// <summary>
/// The built app (or the proxy of <c>deploy/</c>) as a Kestrel process of its own on a free port: a second node, or a
/// node a test kills with SIGKILL. Disposing it kills it if it still runs.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private AppProcess(Process process, Uri address)
    {
        Process = process;
        Address = address;
    }

    public Process Process { get; }

    /// <summary>Where it listens: <c>http://127.0.0.1:port/</c>.</summary>
    public Uri Address { get; }

    /// <summary>
    /// The app on the database of a test's data folder, as <see cref="AppFactory"/> configures it (no demo data, the tests'
    /// sign-in limits, a job poll of 200 ms), with or without a job server, and the given settings on top (environment
    /// variable names: <c>Payroll__ChunkSize</c>).
    /// </summary>
    public static AppProcess StartNode(string dataFolder, bool runJobServer, params (string Name, string Value)[] settings)
    {
        var (appDatabase, jobsDatabase) = TestDatabase.ConnectionStrings(dataFolder);
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [BuiltApp.Dll, "--urls", $"http://127.0.0.1:{port}"])
        {
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["Database__Provider"] = TestDatabase.Provider,
                ["ConnectionStrings__Default"] = appDatabase,
                ["ConnectionStrings__Jobs"] = jobsDatabase,
                ["Seed__Demo"] = "false",
                ["Jobs__RunServer"] = runJobServer ? "true" : "false",
                ["Jobs__PollInterval"] = "00:00:00.200",
                ["Jobs__FeedPollInterval"] = "00:00:00.200",
                ["Security__SignInAttemptsPerAddress"] = "100000",
                ["Security__SignInAttemptsPerAccount"] = "100000",
                ["Logging__LogLevel__Default"] = "Warning",
            },
        };
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }
        return Start(start, port);
    }

    /// <summary>Any program that takes its address from <c>Urls</c> (the proxy), on a free port.</summary>
    public static AppProcess Start(ProcessStartInfo start)
    {
        var port = FreePort();
        start.Environment["Urls"] = $"http://127.0.0.1:{port}";
        return Start(start, port);
    }

    private static AppProcess Start(ProcessStartInfo start, int port)
    {
        start.UseShellExecute = false;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start.");
        // Read (and drop) what it writes, so that a full pipe never blocks it.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new AppProcess(process, new Uri($"http://127.0.0.1:{port}/"));
    }

    /// <summary>A client of this process that keeps its cookies and does not follow redirects, as a test reads them.</summary>
    public HttpClient Client() => new(new HttpClientHandler { UseCookies = true, AllowAutoRedirect = false }) { BaseAddress = Address };

    /// <summary>Waits until it answers its health check (a node migrates its database first).</summary>
    public async Task WaitUntilUpAsync()
    {
        using var client = new HttpClient { BaseAddress = Address };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            Assert.False(Process.HasExited, $"{Address} stopped while starting.");
            try
            {
                if ((await client.GetAsync("/health")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            Assert.True(DateTime.UtcNow < deadline, $"{Address} did not answer its health check within two minutes.");
            await Task.Delay(100);
        }
    }

    /// <summary>Kills it at once (SIGKILL), as a crash or a pulled plug would, and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
        }
        await Process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        Process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
