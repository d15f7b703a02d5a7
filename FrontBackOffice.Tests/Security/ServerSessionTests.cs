using System.Net;
using System.Text.RegularExpressions;
using FrontBackOffice.Domain.Staff;
using FrontBackOffice.Tests.Features.Admin;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Features.Sessions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Tests.Security;

/// <summary>Sign-in sessions live on the server: a copied cookie is worth nothing once its session has ended.</summary>
[Collection(AppCollection.Name)]
public partial class ServerSessionTests
{
    private const string Payslips = "/back/payroll/1/payslips.csv";

    [Fact]
    public async Task CookieCopiedBeforeLogout_ReadsNothingAfterIt()
    {
        await using var app = new DemoApp();
        var cookie = await SignInCookieAsync(app, "hr@demo.local");
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(app, Payslips, cookie)).StatusCode);

        await LogoutAsync(app, cookie);

        var copied = await GetAsync(app, Payslips, cookie);
        Assert.Equal(HttpStatusCode.Redirect, copied.StatusCode);
        Assert.StartsWith("/Account/Login", copied.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EndingAllSessionsOfAPerson_EndsEveryBrowserAtOnce()
    {
        await using var company = new AdminCompany();
        await company.InitializeAsync();
        var id = await company.StaffAsync("hank@test.local", StaffRoles.HR, "Hank#Pass2026");
        var laptop = await SignInCookieAsync(company, "hank@test.local", "Hank#Pass2026");
        var phone = await SignInCookieAsync(company, "hank@test.local", "Hank#Pass2026");
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(company, "/back", phone)).StatusCode);

        await company.Staff(AdminCompany.Root).RunAsync(s => s.EndSessionsAsync(id));

        Assert.Equal(HttpStatusCode.Redirect, (await GetAsync(company, "/back", laptop)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await GetAsync(company, "/back", phone)).StatusCode);
        await using var db = company.CreateDbContext();
        Assert.Equal(0, await db.SignInSessions.CountAsync(s => s.UserId == id));
        Assert.Contains(await db.AuditLog.Select(e => e.Kind).ToListAsync(), k => k == FrontBackOffice.Domain.Audit.AuditKind.SessionsEnded);
    }

    [Fact]
    public async Task People_SeeTheirOwnSessions_AndSignOutOthers_ButNotSomeoneElses()
    {
        await using var company = new AdminCompany();
        await company.InitializeAsync();
        await company.StaffAsync("hank@test.local", StaffRoles.HR, "Hank#Pass2026");
        await company.StaffAsync("wendy@test.local", StaffRoles.Warehouse, "Wendy#Pass2026");
        var laptop = await SignInCookieAsync(company, "hank@test.local", "Hank#Pass2026");
        _ = await SignInCookieAsync(company, "hank@test.local", "Hank#Pass2026");
        _ = await SignInCookieAsync(company, "wendy@test.local", "Wendy#Pass2026");

        var hank = company.As<SessionsService>("hank@test.local");
        var mine = await hank.RunAsync(s => s.MineAsync());
        var wendys = await company.As<SessionsService>("wendy@test.local").RunAsync(s => s.MineAsync());

        Assert.Equal(2, mine.Count);
        await Assert.ThrowsAsync<FrontBackOffice.Domain.NotFoundException>(() => hank.RunAsync(s => s.EndAsync(wendys.Single().Id)));
        foreach (var session in mine)
        {
            await hank.RunAsync(s => s.EndAsync(session.Id));
        }
        Assert.Empty(await hank.RunAsync(s => s.MineAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await GetAsync(company, "/back", laptop)).StatusCode);
        Assert.Single(await company.As<SessionsService>("wendy@test.local").RunAsync(s => s.MineAsync()));
    }

    /// <summary>Signs in through the form, as a browser would, and returns the sign-in cookie to copy.</summary>
    private static async Task<string> SignInCookieAsync(AppFactory app, string email, string password = "Demo#2026")
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var form = await client.GetAsync("/Account/Login");
        var antiforgery = CookiesOf(form);
        var token = Token().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token), ["_handler"] = "login", ["Input.Email"] = email, ["Input.Password"] = password,
            }),
        };
        post.Headers.Add("Cookie", antiforgery);
        var signedIn = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return CookiesOf(signedIn);
    }

    private static async Task LogoutAsync(AppFactory app, string cookie)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var home = await GetAsync(app, "/back", cookie);
        var token = Token().Match(await home.Content.ReadAsStringAsync()).Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Account/Logout")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token) }),
        };
        post.Headers.Add("Cookie", cookie + "; " + CookiesOf(home));
        Assert.Equal(HttpStatusCode.Redirect, (await client.SendAsync(post)).StatusCode);
    }

    private static async Task<HttpResponseMessage> GetAsync(AppFactory app, string path, string cookie)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    private static string CookiesOf(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies.Select(c => c.Split(';')[0]) : []);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
