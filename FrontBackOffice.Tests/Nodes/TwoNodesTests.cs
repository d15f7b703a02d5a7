using System.Net;
using FrontBackOffice.Domain.Jobs;
using FrontBackOffice.Domain.Staff;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Demo;
using FrontBackOffice.Web.Jobs;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontBackOffice.Tests.Nodes;

/// <summary>Two app nodes on one database (two hosts in this process, sharing the database and nothing else of the app's).</summary>
[Collection(AppCollection.Name)]
public sealed class TwoNodesTests
{
    private const string Email = "hr@nodes.test";

    private static AppFactory Node(TestDataFolder folder) => new(folder.Path) { Demo = false, RunJobServer = false };

    [Fact]
    public async Task ASignInFormFromOneNode_IsPostedToTheOther_AndItsCookieHoldsOnBoth_AndAfterEveryNodeRestarts()
    {
        await using var folder = new TestDataFolder();
        string cookie;
        await using (var a = Node(folder))
        await using (var b = Node(folder))
        {
            await a.StaffAsync(Email, [StaffRoles.HR]);
            var toA = Client(a);
            var toB = Client(b);

            // The form and its antiforgery cookie come from node A; the sign-in is posted to node B.
            var form = await toA.GetAsync("/Account/Login");
            var signIn = await toB.SendAsync(WithCookies(new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
            {
                Content = SignIn.LoginForm(await form.Content.ReadAsStringAsync(), Email, TestData.Password),
            }, CookiesOf(form)));
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            cookie = CookiesOf(signIn);

            Assert.Equal(HttpStatusCode.OK, (await toA.SendAsync(WithCookies(new HttpRequestMessage(HttpMethod.Get, "/back/payroll"), cookie))).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await toB.SendAsync(WithCookies(new HttpRequestMessage(HttpMethod.Get, "/back/payroll"), cookie))).StatusCode);
            await using var db = a.CreateDbContext();
            Assert.True(await db.DataProtectionKeys.AnyAsync(), "the key ring is kept in the database the nodes share");
        }

        await using var restarted = Node(folder);
        var again = await Client(restarted).SendAsync(WithCookies(new HttpRequestMessage(HttpMethod.Get, "/back/payroll"), cookie));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task TwoNodesStartingTogether_OnAnEmptyDatabase_MigrateAndSeedItOnce()
    {
        await using var folder = new TestDataFolder();
        await using var a = new AppFactory(folder.Path) { RunJobServer = false };
        await using var b = new AppFactory(folder.Path) { RunJobServer = false };

        await Task.WhenAll(Task.Run(() => a.Server), Task.Run(() => b.Server));

        await using var db = b.CreateDbContext();
        Assert.Equal((46, 6, 50), (await db.Products.CountAsync(), await db.Suppliers.CountAsync(), await db.Customers.CountAsync()));
        Assert.Equal(1, await db.JobRuns.CountAsync(r => r.JobType == "NightlyAccounting"));
        Assert.Equal(DemoStaff.Users.Count, await db.Users.CountAsync());
    }

    [Fact]
    public async Task ARunExecutedOnOneNode_UpdatesLiveOnAPageWatchingOnTheOther()
    {
        await using var folder = new TestDataFolder();
        await using var a = Node(folder);
        await using var b = Node(folder);
        var finished = new TaskCompletionSource<JobRunView>(TaskCreationOptions.RunContinuationsAsynchronously);
        long runId = 0;
        void Watch(JobRunView run)
        {
            if (run.Id == Volatile.Read(ref runId) && !run.IsActive)
            {
                finished.TrySetResult(run);
            }
        }
        var feedOnB = b.Services.GetRequiredService<JobRunFeed>();
        feedOnB.Changed += Watch;
        try
        {
            if (TestDatabase.IsPostgreSql)
            {
                // Node B hears of runs on a connection of its own; when that connection drops, nothing is missed.
                Assert.Equal(1, await TestDatabase.TerminateConnectionsAsync(folder.Path, JobRunWatch.ListenerName));
            }
            await using (var db = a.CreateDbContext())
            {
                var run = new JobRun(JobKinds.NightlyAccounting.Type, ScheduledJobs.Subject, null, JobRun.BySchedule, null, DateTime.UtcNow);
                db.JobRuns.Add(run);
                await db.SaveChangesAsync();
                Volatile.Write(ref runId, run.Id);
            }
            await a.RunJobAsync(runId);

            var seen = await finished.Task.WaitAsync(TimeSpan.FromSeconds(60));

            await using var read = b.CreateDbContext();
            var stored = await read.JobRuns.SingleAsync(r => r.Id == runId);
            Assert.Equal((JobRunState.Succeeded, stored.Summary, stored.Done), (seen.State, seen.Summary, seen.Done));
        }
        finally
        {
            feedOnB.Changed -= Watch;
        }
    }

    private static HttpClient Client(AppFactory node) => node.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    /// <summary>The cookies a response set, as a request sends them back.</summary>
    private static string CookiesOf(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var set) ? set.Select(c => c.Split(';')[0]) : []);

    private static HttpRequestMessage WithCookies(HttpRequestMessage request, string cookies)
    {
        request.Headers.Add("Cookie", cookies);
        return request;
    }
}
