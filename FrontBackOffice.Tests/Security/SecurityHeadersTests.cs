using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Security;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FrontBackOffice.Tests.Security;

[Collection(AppCollection.Name)]
public class SecurityHeadersTests(DemoApp app)
{
    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/health")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string path)
    {
        var response = await app.AnonymousClient().GetAsync(path);

        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task AnInteractivePage_CarriesOneContentSecurityPolicy()
    {
        var client = await app.SignedInClientAsync("sales@demo.local");

        var response = await client.GetAsync("/front/customers");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task LoginForm_CarriesAnAntiforgeryToken_AndAPostWithoutItIsRefused()
    {
        var client = app.AnonymousClient();
        var page = await client.GetStringAsync("/Account/Login");

        var forged = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login", ["Input.Email"] = "sales@demo.local", ["Input.Password"] = "Demo#2026",
        }));

        Assert.Contains("__RequestVerificationToken", page);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, forged.StatusCode);
    }
}

/// <summary>What the server says about itself, on Kestrel and in Production.</summary>
[Collection(AppCollection.Name)]
public class ServerHeadersTests
{
    [Fact]
    public async Task Kestrel_DoesNotNameItself()
    {
        await using var app = new AppFactory { Demo = false, RunJobServer = false };
        app.UseKestrel(0);
        app.StartServer();

        var response = await app.CreateClient().GetAsync("/Account/Login");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"));
    }

    [Theory]
    [InlineData(null, 31_536_000)]
    [InlineData("30.00:00:00", 2_592_000)]
    public async Task Production_AsksBrowsersForHttpsOnly_ForAYear_OrAsSet(string? setting, int seconds)
    {
        await using var app = new AppFactory { Demo = false, RunJobServer = false, Environment = "Production" };
        if (setting is not null)
        {
            app.Settings["Security:HstsMaxAge"] = setting;
        }
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://office.example.com"), AllowAutoRedirect = false });

        var response = await client.GetAsync("/Account/Login");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"max-age={seconds}", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }
}
