using FrontBackOffice.Tests.Infrastructure;

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
