using System.Net;
using AngleSharp.Html.Parser;
using FrontBackOffice.Domain.Audit;
using FrontBackOffice.Domain.Staff;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontBackOffice.Tests.Security;

/// <summary>Until the password is right, sign-in tells nobody which e-mails have accounts, and takes what it is given only in small doses.</summary>
[Collection(AppCollection.Name)]
public sealed class SignInDisclosureTests : IAsyncLifetime
{
    private readonly CountingHasher hasher = new();
    private readonly AppFactory app;

    public SignInDisclosureTests() => app = new AppFactory { Demo = false, RunJobServer = false, TestServices = s => s.AddSingleton<IPasswordHasher<StaffUser>>(hasher) };

    public async Task InitializeAsync()
    {
        await app.StaffAsync("known@test.local", [StaffRoles.Sales]);
        await app.StaffAsync("locked@test.local", [StaffRoles.Sales]);
        await app.StaffAsync("disabled@test.local", [StaffRoles.Sales]);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var locked = (await users.FindByEmailAsync("locked@test.local"))!;
        await users.SetLockoutEndDateAsync(locked, DateTimeOffset.UtcNow.AddHours(1));
        var disabled = (await users.FindByEmailAsync("disabled@test.local"))!;
        disabled.DisabledAt = DateTime.UtcNow;
        await users.UpdateAsync(disabled);
    }

    public Task DisposeAsync() => app.DisposeAsync().AsTask();

    [Theory]
    [InlineData("nobody@test.local")]
    [InlineData("known@test.local")]
    [InlineData("locked@test.local")]
    [InlineData("disabled@test.local")]
    public async Task WrongPassword_GetsTheSameAnswer_AfterTheSamePasswordCheck_WhetherOrNotTheAccountExists(string email)
    {
        await app.AnonymousClient().PostLoginAsync("first-stranger@test.local", "Wrong#Guess1"); // the app's first unknown e-mail
        var (checks, hashes) = (hasher.Checks, hasher.Hashes);

        var page = await (await app.AnonymousClient().PostLoginAsync(email, "Wrong#Guess1")).Content.ReadAsStringAsync();

        Assert.Equal((1, 0), (hasher.Checks - checks, hasher.Hashes - hashes));
        Assert.Equal("The e-mail or password is wrong.", LoginError(page));
    }

    [Theory]
    [InlineData("locked@test.local", "locked")]
    [InlineData("disabled@test.local", "disabled")]
    public async Task RightPassword_OfALockedOrDisabledAccount_SaysWhy(string email, string why) =>
        Assert.Contains(why, LoginError(await (await app.AnonymousClient().PostLoginAsync(email, TestData.Password)).Content.ReadAsStringAsync()));

    [Fact]
    public async Task HugeEmail_IsRefusedBeforeAnyCheck_AndNeverReachesTheAuditLog()
    {
        var flood = new string('a', 3_000_000) + "@test.local";

        var response = await app.AnonymousClient().PostLoginAsync(flood, "Wrong#Guess1");

        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.CreateDbContext();
        Assert.True(await db.AuditLog.AllAsync(e => e.Subject == null || e.Subject.Length <= AuditEntry.SubjectMaxLength));
        Assert.False(await db.AuditLog.AnyAsync(e => e.Subject != null && e.Subject.StartsWith("aaaa")));
    }

    private static string? LoginError(string page) =>
        new HtmlParser().ParseDocument(page).QuerySelector("[data-testid=login-error]")?.TextContent.Trim();

    /// <summary>The app's password hasher, counting the checks and the hashes it makes.</summary>
    private sealed class CountingHasher : IPasswordHasher<StaffUser>
    {
        private readonly PasswordHasher<StaffUser> hasher = new();
        private int checks;
        private int hashes;

        public int Checks => checks;

        public int Hashes => hashes;

        public string HashPassword(StaffUser user, string password)
        {
            Interlocked.Increment(ref hashes);
            return hasher.HashPassword(user, password);
        }

        public PasswordVerificationResult VerifyHashedPassword(StaffUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref checks);
            return hasher.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}

/// <summary>Sign-in takes a few attempts a minute, from one address and for one e-mail.</summary>
[Collection(AppCollection.Name)]
public sealed class SignInLimitTests
{
    [Fact]
    public async Task ManyAttemptsForOneEmail_AreRefusedForAMinute_WithoutTryingThePassword()
    {
        await using var app = new AppFactory { Demo = false, RunJobServer = false };
        app.Settings["Security:SignInAttemptsPerAccount"] = "3";
        await app.StaffAsync("target@test.local", [StaffRoles.Sales]);

        for (var attempt = 0; attempt < 3; attempt++)
        {
            Assert.Contains("The e-mail or password is wrong.", await (await app.AnonymousClient().PostLoginAsync("target@test.local", "Wrong#Guess1")).Content.ReadAsStringAsync());
        }
        var fourth = await (await app.AnonymousClient().PostLoginAsync("target@test.local", TestData.Password)).Content.ReadAsStringAsync();

        Assert.Contains("Too many sign-in attempts for this e-mail", fourth);
        Assert.Contains("The e-mail or password is wrong.", await (await app.AnonymousClient().PostLoginAsync("other@test.local", "Wrong#Guess1")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ManyAttemptsFromOneAddress_AreRefusedWith429()
    {
        await using var app = new AppFactory { Demo = false, RunJobServer = false };
        app.Settings["Security:SignInAttemptsPerAddress"] = "4";
        var client = app.AnonymousClient();

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 6; attempt++)
        {
            statuses.Add((await client.PostLoginAsync($"someone{attempt}@test.local", "Wrong#Guess1")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }
}
