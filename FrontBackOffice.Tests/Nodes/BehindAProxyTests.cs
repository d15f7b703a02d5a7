using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using FrontBackOffice.Domain.Audit;
using FrontBackOffice.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Tests.Nodes;

/// <summary>The built app as separate Kestrel processes: reached as a reverse proxy reaches it, and behind the proxy of <c>deploy/</c>.</summary>
[Collection(AppCollection.Name)]
public sealed partial class BehindAProxyTests
{
    [Fact]
    public async Task TheClientAddressAProxyForwards_IsTheOneTheAuditLogKeeps()
    {
        var folder = Directory.CreateTempSubdirectory("fbo-test-").FullName;
        var port = FreePort();
        using var node = StartNode(folder, port);
        try
        {
            using var client = new HttpClient(new HttpClientHandler { UseCookies = true, AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await WaitUntilUpAsync(client, node);

            var form = await client.GetStringAsync("/Account/Login");
            using var signIn = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = WebUtility.HtmlDecode(AntiforgeryToken().Match(form).Groups[1].Value),
                    ["_handler"] = "login",
                    ["Input.Email"] = "nobody@proxy.test",
                    ["Input.Password"] = "Wrong#2026",
                }),
            };
            signIn.Headers.Add("X-Forwarded-For", "203.0.113.7");
            await client.SendAsync(signIn);

            await using var app = new AppFactory(folder) { Demo = false, RunJobServer = false };
            await using var db = app.CreateDbContext();
            var failed = await db.AuditLog.SingleAsync(e => e.Kind == AuditKind.SignInFailed && e.Subject == "nobody@proxy.test");
            Assert.Equal("203.0.113.7", failed.RemoteAddress);
        }
        finally
        {
            node.Kill(entireProcessTree: true);
            await node.WaitForExitAsync();
            await TestDatabase.DropAsync(folder);
        }
    }

    [Fact]
    public async Task ThroughTheProxy_AUserSignsInOnOneNode_AndWhenThatNodeDies_GoesOnSignedInOnTheOther()
    {
        var folder = Directory.CreateTempSubdirectory("fbo-test-").FullName;
        var (first, second, proxyPort) = (FreePort(), FreePort(), FreePort());
        var nodes = new Dictionary<int, Process>();
        using var proxy = Start(new ProcessStartInfo("dotnet", [Path.Combine(BuiltApp.RepositoryRoot, "deploy", "Proxy", "bin", BuiltApp.Configuration, "net10.0", "Proxy.dll")])
        {
            WorkingDirectory = Path.Combine(BuiltApp.RepositoryRoot, "deploy", "Proxy"),
            Environment =
            {
                ["Urls"] = $"http://127.0.0.1:{proxyPort}",
                ["ReverseProxy__Clusters__nodes__Destinations__node1__Address"] = $"http://127.0.0.1:{first}/",
                ["ReverseProxy__Clusters__nodes__Destinations__node2__Address"] = $"http://127.0.0.1:{second}/",
                ["ReverseProxy__Clusters__nodes__HealthCheck__Active__Interval"] = "00:00:01",
                // The first browser goes to the first node and sticks to it.
                ["ReverseProxy__Clusters__nodes__LoadBalancingPolicy"] = "FirstAlphabetical",
            },
        });
        try
        {
            using var browser = new HttpClient(new HttpClientHandler { UseCookies = true, AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{proxyPort}") };
            // One after the other: starting together is TwoNodesTests' subject, failing over is this test's.
            foreach (var port in new[] { first, second })
            {
                nodes[port] = StartNode(folder, port);
                using var direct = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
                await WaitUntilUpAsync(direct, nodes[port]);
            }
            await WaitUntilUpAsync(browser, proxy);
            await using (var app = new AppFactory(folder) { Demo = false, RunJobServer = false })
            {
                await app.StaffAsync("hr@proxy.test", [FrontBackOffice.Domain.Staff.StaffRoles.HR]);
            }

            var form = await browser.GetStringAsync("/Account/Login");
            var signIn = await browser.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(AntiforgeryToken().Match(form).Groups[1].Value),
                ["_handler"] = "login",
                ["Input.Email"] = "hr@proxy.test",
                ["Input.Password"] = TestData.Password,
            }));
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/back/payroll")).StatusCode);

            // The node this browser sticks to dies; the proxy takes it out and the next request lands on the other node.
            nodes[first].Kill(entireProcessTree: true);
            var deadline = DateTime.UtcNow.AddMinutes(1);
            HttpStatusCode answer;
            while ((answer = (await browser.GetAsync("/back/payroll")).StatusCode) != HttpStatusCode.OK && DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
            Assert.Equal(HttpStatusCode.OK, answer);
        }
        finally
        {
            foreach (var process in nodes.Values.Append(proxy))
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync();
                }
            }
            await TestDatabase.DropAsync(folder);
        }
    }

    private static Process StartNode(string folder, int port)
    {
        var (appDatabase, jobsDatabase) = TestDatabase.ConnectionStrings(folder);
        return Start(new ProcessStartInfo("dotnet", [BuiltApp.Dll, "--urls", $"http://127.0.0.1:{port}"])
        {
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["Database__Provider"] = TestDatabase.Provider,
                ["ConnectionStrings__Default"] = appDatabase,
                ["ConnectionStrings__Jobs"] = jobsDatabase,
                ["Seed__Demo"] = "false",
                ["Jobs__RunServer"] = "false",
                ["Security__SignInAttemptsPerAddress"] = "100000",
                ["Logging__LogLevel__Default"] = "Warning",
            },
        });
    }

    private static Process Start(ProcessStartInfo start)
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
        return process;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits until the node answers its health check (it migrates its database first).</summary>
    private static async Task WaitUntilUpAsync(HttpClient client, Process node)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            Assert.False(node.HasExited, "The app stopped while starting.");
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
            Assert.True(DateTime.UtcNow < deadline, "The app did not answer its health check within two minutes.");
            await Task.Delay(100);
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
