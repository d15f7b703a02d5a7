using System.Net;
using System.Security.Claims;
using FrontBackOffice.Domain.Staff;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Demo;
using FrontBackOffice.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FrontBackOffice.Tests.Security;

[Collection(AppCollection.Name)]
public class SignInTests(DemoApp app)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/front")]
    [InlineData("/back")]
    [InlineData("/hangfire")]
    public async Task AnonymousVisitor_IsSentToTheLoginPage(string path)
    {
        var response = await app.AnonymousClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoginPage_IsOpenToAnonymousVisitors()
    {
        var response = await app.AnonymousClient().GetAsync("/Account/Login");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Sign in with your staff account", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("sales@demo.local", "/front")]
    [InlineData("support@demo.local", "/front")]
    [InlineData("marketing@demo.local", "/front")]
    [InlineData("hr@demo.local", "/back")]
    [InlineData("accounting@demo.local", "/back")]
    [InlineData("warehouse@demo.local", "/back")]
    [InlineData("admin@demo.local", "/back")]
    public async Task EachDemoUser_SignsIn_AndIsSentToTheirOfficeHome(string email, string home)
    {
        var client = await app.SignedInClientAsync(email);

        var root = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal(home, root.Headers.Location!.OriginalString.TrimEnd('/').Replace("http://localhost", "", StringComparison.Ordinal));

        var page = await client.GetAsync(home);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(DemoStaff.Users.Single(u => u.Email == email).Name, await page.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("sales@demo.local", "/front", HttpStatusCode.OK)]
    [InlineData("warehouse@demo.local", "/front", HttpStatusCode.Forbidden)]
    [InlineData("hr@demo.local", "/back", HttpStatusCode.OK)]
    [InlineData("support@demo.local", "/back", HttpStatusCode.Forbidden)]
    [InlineData("hr@demo.local", "/hangfire", HttpStatusCode.Forbidden)]
    [InlineData("admin@demo.local", "/hangfire", HttpStatusCode.OK)]
    [InlineData("marketing@demo.local", "/front/marketing/leads", HttpStatusCode.OK)]
    [InlineData("marketing@demo.local", "/front/pipeline", HttpStatusCode.OK)]
    [InlineData("sales@demo.local", "/front/pipeline", HttpStatusCode.OK)]
    [InlineData("marketing@demo.local", "/front/orders", HttpStatusCode.Forbidden)]
    [InlineData("support@demo.local", "/front/pipeline", HttpStatusCode.Forbidden)]
    [InlineData("support@demo.local", "/front/marketing/leads", HttpStatusCode.Forbidden)]
    [InlineData("accounting@demo.local", "/front/marketing/leads", HttpStatusCode.Forbidden)]
    public async Task Route_AnswersByTheUsersPolicy(string email, string path, HttpStatusCode expected)
    {
        var client = await app.SignedInClientAsync(email);

        var response = await client.GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Forbidden)
        {
            var page = await response.Content.ReadAsStringAsync();
            Assert.Contains("data-testid=\"not-allowed\"", page);
            Assert.DoesNotContain("Not found", page);
        }
    }

    [Theory]
    [InlineData("warehouse@demo.local", "/back/payroll/1/payslips.csv")]
    [InlineData("sales@demo.local", "/back/stock/counts/1/variances.xlsx")]
    [InlineData("sales@demo.local", "/back/admin/users")]
    public async Task ForbiddenAddress_ShowsTheNotAllowedPage_WhateverServesIt(string email, string path)
    {
        var client = await app.SignedInClientAsync(email);

        var response = await client.GetAsync(path);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("data-testid=\"not-allowed\"", page);
        Assert.DoesNotContain("Not found", page);
    }

    [Fact]
    public async Task LoginPage_AfterAnAdministratorChangedTheAccount_SaysWhyTheSessionEnded()
    {
        var page = await app.AnonymousClient().GetStringAsync("/Account/Login?reason=account-changed");

        Assert.Contains("Your account was changed by an administrator", page);
    }

    [Fact]
    public async Task WrongPassword_IsRefused_WithAClearMessage()
    {
        var client = app.AnonymousClient();

        var response = await client.PostLoginAsync("sales@demo.local", "not-the-password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The e-mail or password is wrong.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount()
    {
        var email = await CreateUserAsync(StaffRoles.Support);
        var client = app.AnonymousClient();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var refused = await client.PostLoginAsync(email, "wrong-password");
            Assert.Contains("The e-mail or password is wrong.", await refused.Content.ReadAsStringAsync());
        }
        var fifth = await client.PostLoginAsync(email, "wrong-password");
        var afterwards = await client.PostLoginAsync(email, "Correct#2026");

        // Until the password is right, a locked account answers as any wrong sign-in does.
        Assert.Contains("The e-mail or password is wrong.", await fifth.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
        Assert.Contains("locked", await afterwards.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DisabledAccount_CannotSignIn()
    {
        var email = await CreateUserAsync(StaffRoles.Sales);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            user.DisabledAt = DateTime.UtcNow;
            await users.UpdateAsync(user);
        }

        var response = await app.AnonymousClient().PostLoginAsync(email, "Correct#2026");

        Assert.Contains("disabled", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SignIn_PutsTheOfficeOnThePrincipal()
    {
        await using var scope = await app.ScopeForAsync("warehouse@demo.local");
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var factory = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<StaffUser>>();

        var principal = await factory.CreateAsync((await users.FindByEmailAsync("sales@demo.local"))!);

        Assert.Equal(OfficeClaim.Front, principal.FindFirstValue(OfficeClaim.Type));
        Assert.True(principal.IsInRole(StaffRoles.Sales));
    }

    [Fact]
    public async Task AssigningRolesOfBothOffices_IsRefused_WithAClearMessage()
    {
        var email = await CreateUserAsync(StaffRoles.Sales);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = (await users.FindByEmailAsync(email))!;

        var result = await users.AddToRoleAsync(user, StaffRoles.Accounting);

        Assert.False(result.Succeeded);
        Assert.Contains("exactly one office", result.Errors.Single().Description);
        Assert.Equal([StaffRoles.Sales], await users.GetRolesAsync(user));
    }

    [Fact]
    public async Task Logout_EndsTheSession()
    {
        var client = await app.SignedInClientAsync("hr@demo.local");
        var home = await client.GetStringAsync("/back");
        var token = System.Text.RegularExpressions.Regex.Match(home, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;

        var logout = await client.PostAsync("/Account/Logout",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token) }));
        var after = await client.GetAsync("/back");

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/Account/Login", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logout_WithoutAntiforgeryToken_IsRefused()
    {
        var client = await app.SignedInClientAsync("hr@demo.local");

        var logout = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string>()));

        Assert.Equal(HttpStatusCode.BadRequest, logout.StatusCode);
    }

    private async Task<string> CreateUserAsync(string role)
    {
        var email = $"{Guid.NewGuid():N}@test.local";
        await app.StaffAsync(email, [role], "Test Person");
        return email;
    }
}
