using System.Net;
using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Audit;
using FrontBackOffice.Domain.Staff;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Tests.Localization;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Features.Admin;
using FrontBackOffice.Web.Localization;
using FrontBackOffice.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontBackOffice.Tests.Features.Admin;

[Collection(AppCollection.Name)]
public class StaffAdminServiceTests : IAsyncLifetime
{
    private readonly AdminCompany company = new();

    public Task InitializeAsync() => company.InitializeAsync();

    public Task DisposeAsync() => company.DisposeAsync().AsTask();

    private async Task<AuditKind[]> AuditKindsAboutAsync(string subject)
    {
        await using var db = company.CreateDbContext();
        return await db.AuditLog.Where(e => e.Subject == subject).OrderBy(e => e.Id).Select(e => e.Kind).ToArrayAsync();
    }

    [Fact]
    public async Task NewAccount_GetsATemporaryPassword_ThatMustBeChangedBeforeAnythingElse()
    {
        var temporary = await company.Staff(AdminCompany.Root).RunAsync(s => s.CreateAsync(new NewStaff("Nina New", "nina@test.local", StaffRoles.Support)));
        var client = company.AnonymousClient();

        var signIn = await client.PostLoginAsync("nina@test.local", temporary.Password);
        var front = await client.GetAsync("/front");

        Assert.EndsWith("/Account/ChangePassword", signIn.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, front.StatusCode);
        Assert.Equal("/Account/ChangePassword", front.Headers.Location!.OriginalString);
        var list = await company.Staff(AdminCompany.Root).RunAsync(s => s.ListAsync(new PageRequest(Search: "nina")));
        var nina = list.Items.Single();
        Assert.Equal(["Support"], nina.Roles);
        Assert.Equal((Office.Front, AccountState.Active, true), (nina.Office, nina.State, nina.MustChangePassword));
        Assert.Contains(AuditKind.AccountCreated, await AuditKindsAboutAsync("nina@test.local"));
    }

    [Fact]
    public async Task NewAccount_RefusesATakenEmail_AndBadInput()
    {
        var taken = await Assert.ThrowsAsync<InvalidInputException>(() => company.Staff(AdminCompany.Root).RunAsync(s => s.CreateAsync(new NewStaff("Root 2", AdminCompany.Root, StaffRoles.HR))));
        var bad = await Assert.ThrowsAsync<InvalidInputException>(() => company.Staff(AdminCompany.Root).RunAsync(s => s.CreateAsync(new NewStaff("", "not-an-email", "Janitor"))));

        Assert.Contains("already an account", taken.Errors.For("Email"));
        Assert.Equal(["Email", "Name", "Role"], bad.Errors.ByField.Keys.Order());
    }

    [Fact]
    public async Task RolesOfBothOffices_AreRefused_WithAClearMessage()
    {
        var id = await company.StaffAsync("sam@test.local", StaffRoles.Sales);

        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => company.Staff(AdminCompany.Root).RunAsync(s => s.SetRolesAsync(id, [StaffRoles.Sales, StaffRoles.HR])));
        await company.Staff(AdminCompany.Root).RunAsync(s => s.SetRolesAsync(id, [StaffRoles.Support, StaffRoles.Sales]));

        Assert.Contains("exactly one office", refused.Errors.For("Roles"));
        var row = (await company.Staff(AdminCompany.Root).RunAsync(s => s.ListAsync(new PageRequest(Search: "sam@")))).Items.Single();
        Assert.Equal(["Sales", "Support"], row.Roles);
        Assert.Contains(AuditKind.RolesChanged, await AuditKindsAboutAsync("sam@test.local"));
    }

    [Fact]
    public async Task TheRolesThatARefusalOrAnAuditLineNames_AreSaidInTheReadersLanguage()
    {
        var id = await company.StaffAsync("sam@test.local", StaffRoles.Sales);
        await company.Staff(AdminCompany.Root).RunAsync(s => s.SetRolesAsync(id, [StaffRoles.Support, StaffRoles.Sales]));
        await using var scope = await company.ScopeForAsync("sam@test.local");
        var refused = await Assert.ThrowsAsync<AccessDeniedException>(() => scope.ServiceProvider.GetRequiredService<StaffAdminService>().ListAsync(new PageRequest()));
        await using var db = company.CreateDbContext();
        var line = await db.AuditLog.SingleAsync(e => e.Subject == "sam@test.local" && e.Kind == AuditKind.RolesChanged);

        using var _ = new CultureScope("pt-BR");
        Assert.Equal("Você não tem permissão para isto: é preciso o perfil Administração.", MessageWordingTests.Said.Say(refused.Said));
        Assert.EndsWith(": Vendas → Vendas, Suporte.", MessageWordingTests.Said.Say(UserMessage.Read(line.TextFormat, line.TextValues)!));
    }

    public static TheoryData<string> AccessTakingActions => new() { "roles", "lock", "disable", "reset" };

    [Theory]
    [MemberData(nameof(AccessTakingActions))]
    public async Task ChangeThatTakesAccessAway_EndsTheSessionAtOnce(string action)
    {
        var id = await company.StaffAsync($"{action}@test.local", StaffRoles.Sales);
        await using var session = await company.ScopeForAsync($"{action}@test.local");
        var guard = session.ServiceProvider.GetRequiredService<AccessGuard>();
        await guard.DemandAsync(Policies.UseFrontOffice);

        await company.Staff(AdminCompany.Root).RunAsync(s => action switch
        {
            "roles" => s.SetRolesAsync(id, [StaffRoles.Support]),
            "lock" => s.LockAsync(id),
            "disable" => s.DisableAsync(id),
            _ => s.ResetPasswordAsync(id),
        });

        await Assert.ThrowsAsync<SessionEndedException>(() => guard.DemandAsync(Policies.UseFrontOffice));
    }

    [Fact]
    public async Task LockedAndDisabledAccounts_CannotSignIn_UntilUnlockedOrEnabled()
    {
        var lockedId = await company.StaffAsync("lena@test.local", StaffRoles.HR);
        var disabledId = await company.StaffAsync("dirk@test.local", StaffRoles.HR);
        await company.Staff(AdminCompany.Root).RunAsync(s => s.LockAsync(lockedId));
        await company.Staff(AdminCompany.Root).RunAsync(s => s.DisableAsync(disabledId));

        Assert.Contains("locked", await (await company.AnonymousClient().PostLoginAsync("lena@test.local", "Own#Pass2026")).Content.ReadAsStringAsync());
        Assert.Contains("disabled", await (await company.AnonymousClient().PostLoginAsync("dirk@test.local", "Own#Pass2026")).Content.ReadAsStringAsync());

        await company.Staff(AdminCompany.Root).RunAsync(s => s.UnlockAsync(lockedId));
        await company.Staff(AdminCompany.Root).RunAsync(s => s.EnableAsync(disabledId));

        Assert.Equal(HttpStatusCode.Redirect, (await company.AnonymousClient().PostLoginAsync("lena@test.local", "Own#Pass2026")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await company.AnonymousClient().PostLoginAsync("dirk@test.local", "Own#Pass2026")).StatusCode);
        Assert.Equal([AuditKind.AccountCreated, AuditKind.AccountLocked, AuditKind.Lockout, AuditKind.AccountUnlocked, AuditKind.SignIn], await AuditKindsAboutAsync("lena@test.local"));
        Assert.Equal([AuditKind.AccountCreated, AuditKind.AccountDisabled, AuditKind.SignInFailed, AuditKind.AccountEnabled, AuditKind.SignIn], await AuditKindsAboutAsync("dirk@test.local"));
    }

    [Fact]
    public async Task ResetPassword_ReplacesThePassword_WithATemporaryOne()
    {
        var id = await company.StaffAsync("rita@test.local", StaffRoles.Warehouse);

        var temporary = await company.Staff(AdminCompany.Root).RunAsync(s => s.ResetPasswordAsync(id));

        var old = await company.AnonymousClient().PostLoginAsync("rita@test.local", "Own#Pass2026");
        var fresh = await company.AnonymousClient().PostLoginAsync("rita@test.local", temporary.Password);
        Assert.Contains("wrong", await old.Content.ReadAsStringAsync());
        Assert.EndsWith("/Account/ChangePassword", fresh.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains(AuditKind.PasswordReset, await AuditKindsAboutAsync("rita@test.local"));
    }

    [Fact]
    public async Task TheLastActiveAdmin_CannotBeDisabledLockedOrDemoted()
    {
        var root = await company.IdOfAsync(AdminCompany.Root);

        var disable = await Assert.ThrowsAsync<DomainException>(() => company.Staff(AdminCompany.Root).RunAsync(s => s.DisableAsync(root)));
        await Assert.ThrowsAsync<DomainException>(() => company.Staff(AdminCompany.Root).RunAsync(s => s.LockAsync(root)));
        await Assert.ThrowsAsync<DomainException>(() => company.Staff(AdminCompany.Root).RunAsync(s => s.SetRolesAsync(root, [StaffRoles.HR])));
        Assert.Contains("last active Admin", disable.Message);

        await company.StaffAsync("second@test.local", StaffRoles.Admin);
        await company.Staff(AdminCompany.Root).RunAsync(s => s.SetRolesAsync(root, [StaffRoles.HR]));

        Assert.Equal(["HR"], (await company.Staff("second@test.local").RunAsync(s => s.ListAsync(new PageRequest(Search: "root")))).Items.Single().Roles);
    }

    [Fact]
    public async Task NonAdmins_AreRefusedByTheService()
    {
        var hr = await company.StaffAsync("hank@test.local", StaffRoles.HR);
        await using var scope = await company.ScopeForAsync("hank@test.local");
        var staff = scope.ServiceProvider.GetRequiredService<StaffAdminService>();

        await Assert.ThrowsAsync<AccessDeniedException>(() => staff.ListAsync(new PageRequest()));
        await Assert.ThrowsAsync<AccessDeniedException>(() => staff.CreateAsync(new NewStaff("X", "x@test.local", StaffRoles.Admin)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => staff.SetRolesAsync(hr, [StaffRoles.Admin]));
        await Assert.ThrowsAsync<AccessDeniedException>(() => staff.DisableAsync(hr));
        await Assert.ThrowsAsync<AccessDeniedException>(() => staff.ResetPasswordAsync(hr));
        await Assert.ThrowsAsync<AccessDeniedException>(() => scope.ServiceProvider.GetRequiredService<AuditLogService>().ListAsync(new PageRequest(), new AuditFilter()));
    }

    [Fact]
    public async Task ChangingTheTemporaryPassword_LetsThePersonIn_AndIsAudited()
    {
        var temporary = await company.Staff(AdminCompany.Root).RunAsync(s => s.CreateAsync(new NewStaff("Carl Change", "carl@test.local", StaffRoles.Sales)));
        var client = company.AnonymousClient();
        await client.PostLoginAsync("carl@test.local", temporary.Password);

        var changed = await client.PostChangePasswordAsync(temporary.Password, "Carl#Own2026");

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/front")).StatusCode);
        Assert.Contains(AuditKind.PasswordChanged, await AuditKindsAboutAsync("carl@test.local"));
    }

    [Fact]
    public async Task ChangingPassword_RefusesTheTemporaryPasswordAsTheNewOne()
    {
        var temporary = await company.Staff(AdminCompany.Root).RunAsync(s => s.CreateAsync(new NewStaff("Tess Temp", "tess@test.local", StaffRoles.Sales)));
        var client = company.AnonymousClient();
        await client.PostLoginAsync("tess@test.local", temporary.Password);

        var refused = await client.PostChangePasswordAsync(temporary.Password, temporary.Password);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("not the temporary one", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/front")).StatusCode);
    }

    [Fact]
    public async Task WrongCurrentPasswords_WhenChangingIt_CountTowardTheLockout()
    {
        var temporary = await company.Staff(AdminCompany.Root).RunAsync(s => s.CreateAsync(new NewStaff("Walt Wrong", "walt@test.local", StaffRoles.Sales)));
        var client = company.AnonymousClient();
        await client.PostLoginAsync("walt@test.local", temporary.Password);

        for (var attempt = 0; attempt < 5; attempt++)
        {
            Assert.Contains("The temporary password is wrong.", await (await client.PostChangePasswordAsync("Guess#" + attempt, "Walt#Own2026")).Content.ReadAsStringAsync());
        }
        var sixth = await client.PostChangePasswordAsync(temporary.Password, "Walt#Own2026");

        Assert.Equal(HttpStatusCode.OK, sixth.StatusCode);
        Assert.Contains("locked", await sixth.Content.ReadAsStringAsync());
        Assert.Contains(AuditKind.Lockout, await AuditKindsAboutAsync("walt@test.local"));
    }

    [Fact]
    public async Task AuditLog_IsAppendOnly_EvenWhenCodeIsBypassed()
    {
        await company.StaffAsync("ann@test.local", StaffRoles.Sales);
        await using var db = company.CreateDbContext();

        var change = await Record.ExceptionAsync(() => db.AuditLog.ExecuteUpdateAsync(set => set.SetProperty(e => e.Text, "nothing happened")));
        var delete = await Record.ExceptionAsync(() => db.AuditLog.ExecuteDeleteAsync());

        Assert.Contains("append-only", change!.ToString());
        Assert.Contains("append-only", delete!.ToString());
    }

    [Fact]
    public async Task AuditLog_FiltersByUserKindAndDate_InTheDatabase()
    {
        await company.StaffAsync("fred@test.local", StaffRoles.Sales);
        await company.AnonymousClient().PostLoginAsync("fred@test.local", "wrong-password");
        await using var scope = await company.ScopeForAsync(AdminCompany.Root);
        var audit = scope.ServiceProvider.GetRequiredService<AuditLogService>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var failures = await audit.ListAsync(new PageRequest(), new AuditFilter(User: "fred", Kind: AuditKind.SignInFailed));
        var none = await audit.ListAsync(new PageRequest(), new AuditFilter(User: "fred", From: today.AddDays(2)));
        var all = await audit.ListAsync(new PageRequest(), new AuditFilter(User: "fred", From: today.AddDays(-1), To: today.AddDays(1)));

        Assert.Equal("fred@test.local", Assert.Single(failures.Items).Subject);
        Assert.Empty(none.Items);
        Assert.True(all.Total >= 2);
    }
}
