using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FrontBackOffice.Tests.Infrastructure;

/// <summary>Signs in through the real login form, as a browser without JavaScript would.</summary>
public static partial class SignIn
{
    public static HttpClient AnonymousClient(this AppFactory app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<HttpClient> SignedInClientAsync(this AppFactory app, string email, string password = "Demo#2026")
    {
        var client = app.AnonymousClient();
        var response = await client.PostLoginAsync(email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static async Task<HttpResponseMessage> PostLoginAsync(this HttpClient client, string email, string password) =>
        await client.PostAsync("/Account/Login", LoginForm(await client.GetStringAsync("/Account/Login"), email, password));

    /// <summary>The sign-in form as a browser posts it, with the antiforgery token of the login page it was read from.</summary>
    public static FormUrlEncodedContent LoginForm(string loginPage, string email, string password) => new(new Dictionary<string, string>
    {
        ["__RequestVerificationToken"] = WebUtility.HtmlDecode(AntiforgeryToken().Match(loginPage).Groups[1].Value),
        ["_handler"] = "login",
        ["Input.Email"] = email,
        ["Input.Password"] = password,
    });

    /// <summary>Sends the change-password form of a client signed in with a temporary password.</summary>
    public static async Task<HttpResponseMessage> PostChangePasswordAsync(this HttpClient client, string current, string password)
    {
        var form = await client.GetStringAsync("/Account/ChangePassword");
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        return await client.PostAsync("/Account/ChangePassword", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["_handler"] = "change-password",
            ["Input.Current"] = current,
            ["Input.New"] = password,
            ["Input.Confirm"] = password,
        }));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
