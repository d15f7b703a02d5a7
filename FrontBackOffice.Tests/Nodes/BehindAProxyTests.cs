using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using FrontBackOffice.Domain.Audit;
using FrontBackOffice.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Tests.Nodes;

/// <summary>The built app on Kestrel, reached as a reverse proxy on this machine reaches it.</summary>
[Collection(AppCollection.Name)]
public sealed partial class BehindAProxyTests
{
    [Fact]
    public async Task TheClientAddressAProxyForwards_IsTheOneTheAuditLogKeeps()
    {
        var folder = Directory.CreateTempSubdirectory("fbo-test-").FullName;
        var port = FreePort();
        var (appDatabase, jobsDatabase) = TestDatabase.ConnectionStrings(folder);
        using var node = Process.Start(new ProcessStartInfo("dotnet", [BuiltApp.Dll, "--urls", $"http://127.0.0.1:{port}"])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["Database__Provider"] = TestDatabase.Provider,
                ["ConnectionStrings__Default"] = appDatabase,
                ["ConnectionStrings__Jobs"] = jobsDatabase,
                ["Seed__Demo"] = "false",
                ["Jobs__RunServer"] = "false",
                ["Logging__LogLevel__Default"] = "Warning",
            },
        })!;
        node.OutputDataReceived += (_, _) => { };
        node.ErrorDataReceived += (_, _) => { };
        node.BeginOutputReadLine();
        node.BeginErrorReadLine();
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
