using System.Diagnostics;
using System.Net;
using FrontBackOffice.Domain.Audit;
using FrontBackOffice.Domain.Staff;
using FrontBackOffice.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Tests.Nodes;

/// <summary>The built app as separate Kestrel processes: reached as a reverse proxy reaches it, and behind the proxy of <c>deploy/</c>.</summary>
[Collection(AppCollection.Name)]
public sealed class BehindAProxyTests
{
    [Fact]
    public async Task TheClientAddressAProxyForwards_IsTheOneTheAuditLogKeeps()
    {
        await using var folder = new TestDataFolder();
        await using (var node = AppProcess.StartNode(folder.Path, runJobServer: false))
        {
            await node.WaitUntilUpAsync();
            using var client = node.Client();
            using var signIn = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
            {
                Content = SignIn.LoginForm(await client.GetStringAsync("/Account/Login"), "nobody@proxy.test", "Wrong#2026"),
            };
            signIn.Headers.Add("X-Forwarded-For", "203.0.113.7");
            await client.SendAsync(signIn);
        }

        await using var app = new AppFactory(folder.Path) { Demo = false, RunJobServer = false };
        await using var db = app.CreateDbContext();
        var failed = await db.AuditLog.SingleAsync(e => e.Kind == AuditKind.SignInFailed && e.Subject == "nobody@proxy.test");
        Assert.Equal("203.0.113.7", failed.RemoteAddress);
    }

    [Fact]
    public async Task ThroughTheProxy_AUserSignsInOnOneNode_AndWhenThatNodeDies_GoesOnSignedInOnTheOther()
    {
        await using var folder = new TestDataFolder();
        // One after the other: starting together is TwoNodesTests' subject, failing over is this test's.
        await using var first = AppProcess.StartNode(folder.Path, runJobServer: false);
        await first.WaitUntilUpAsync();
        await using var second = AppProcess.StartNode(folder.Path, runJobServer: false);
        await second.WaitUntilUpAsync();
        await using var proxy = AppProcess.Start(new ProcessStartInfo("dotnet", [Path.Combine(BuiltApp.RepositoryRoot, "deploy", "Proxy", "bin", BuiltApp.Configuration, "net10.0", "Proxy.dll")])
        {
            WorkingDirectory = Path.Combine(BuiltApp.RepositoryRoot, "deploy", "Proxy"),
            Environment =
            {
                ["ReverseProxy__Clusters__nodes__Destinations__node1__Address"] = first.Address.ToString(),
                ["ReverseProxy__Clusters__nodes__Destinations__node2__Address"] = second.Address.ToString(),
                ["ReverseProxy__Clusters__nodes__HealthCheck__Active__Interval"] = "00:00:01",
                // The first browser goes to the first node and sticks to it.
                ["ReverseProxy__Clusters__nodes__LoadBalancingPolicy"] = "FirstAlphabetical",
            },
        });
        await proxy.WaitUntilUpAsync();
        await using (var app = new AppFactory(folder.Path) { Demo = false, RunJobServer = false })
        {
            await app.StaffAsync("hr@proxy.test", [StaffRoles.HR]);
        }

        using var browser = proxy.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostLoginAsync("hr@proxy.test", TestData.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/back/payroll")).StatusCode);

        // The node this browser sticks to dies; the proxy takes it out and the next request lands on the other node.
        await first.KillAsync();
        var deadline = DateTime.UtcNow.AddMinutes(1);
        HttpStatusCode answer;
        while ((answer = (await browser.GetAsync("/back/payroll")).StatusCode) != HttpStatusCode.OK && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }
        Assert.Equal(HttpStatusCode.OK, answer);
    }
}
