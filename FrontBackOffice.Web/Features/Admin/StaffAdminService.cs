using System.Security.Cryptography;
using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Audit;
using FrontBackOffice.Domain.Staff;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Security;
using FrontBackOffice.Web.Shared.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Features.Admin;

public sealed record StaffRow(
    string Id, string Name, string Email, IReadOnlyList<string> Roles, Office? Office, AccountState State, DateTime? LastSignInAt, bool MustChangePassword);

public sealed record NewStaff(string Name, string Email, string Role)
{
    public ValidationErrors Validate() => new ValidationErrors()
        .Require(!string.IsNullOrWhiteSpace(Name), nameof(Name), "Enter the person's name.")
        .CheckText(nameof(Name), Name, StaffUser.DisplayNameMaxLength)
        .Require(!string.IsNullOrWhiteSpace(Email) && System.Net.Mail.MailAddress.TryCreate(Email.Trim(), out _), nameof(Email), "Enter a valid e-mail address.")
        .CheckText(nameof(Email), Email, StaffUser.EmailMaxLength)
        .Require(StaffRoles.All.Contains(Role), nameof(Role), "Choose a role.");
}

/// <summary>A password made up for a person, shown once to the Admin; it must be changed at the first sign-in.</summary>
public sealed record TemporaryPassword(string Email, string Password);

public enum StaffFilter
{
    All,
    Disabled,
    MustChangePassword,
}

/// <summary>
/// The Admin's staff accounts: create, change roles, lock, unlock, disable, enable, reset the password. Every
/// change that takes access away also changes the security stamp, so the person's open pages end within the
/// revalidation interval and their next service call is refused at once. The last active Admin is kept.
/// </summary>
public sealed class StaffAdminService(IServiceScopeFactory scopes, IDbContextFactory<AppDbContext> dbFactory, AccessGuard guard, AuditTrail audit, TimeProvider clock)
{
    private static readonly SortMap<StaffUser> Sorts = new SortMap<StaffUser>(nameof(StaffRow.Name), false).ThenBy(u => u.Id)
        .Add(nameof(StaffRow.Name), u => u.DisplayName)
        .Add(nameof(StaffRow.Email), u => u.Email)
        .Add(nameof(StaffRow.LastSignInAt), u => u.LastSignInAt);

    public async Task<PageResult<StaffRow>> ListAsync(PageRequest request, StaffFilter filter = StaffFilter.All, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageUsers, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Users.AsNoTracking();
        query = filter switch
        {
            StaffFilter.Disabled => query.Where(u => u.DisabledAt != null),
            StaffFilter.MustChangePassword => query.Where(u => u.MustChangePassword),
            _ => query,
        };
        if (request.Term is { } term)
        {
            query = query.Where(u => u.DisplayName.ToLower().Contains(term) || u.Email!.ToLower().Contains(term));
        }
        var page = await query.ToPageAsync(request, Sorts, u => new { u.Id, u.DisplayName, u.Email, u.DisabledAt, u.LockoutEnd, u.LastSignInAt, u.MustChangePassword }, cancellationToken);
        var ids = page.Items.Select(u => u.Id).ToList();
        var roles = (await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ids.Contains(ur.UserId) select new { ur.UserId, r.Name })
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.UserId, r => r.Name!);
        var now = clock.GetUtcNow();
        return new PageResult<StaffRow>(page.Items.Select(u => new StaffRow(u.Id, u.DisplayName, u.Email ?? "", roles[u.Id].Order().ToList(),
            StaffRoles.OfficeOf(roles[u.Id]), AccountStates.Of(u.DisabledAt, u.LockoutEnd, now), u.LastSignInAt, u.MustChangePassword)).ToList(), page.Total);
    }

    public async Task<TemporaryPassword> CreateAsync(NewStaff staff, CancellationToken cancellationToken = default)
    {
        var actor = await guard.DemandAsync(Policies.ManageUsers, cancellationToken);
        staff.Validate().ThrowIfAny();
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var email = staff.Email.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            throw new InvalidInputException(new ValidationErrors().Add(nameof(NewStaff.Email), $"There is already an account for {email}."));
        }
        var password = MakePassword();
        var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = staff.Name.Trim(), MustChangePassword = true };
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Check(await users.CreateAsync(user, password), nameof(NewStaff.Email));
        Check(await users.AddToRoleAsync(user, staff.Role), nameof(NewStaff.Role));
        audit.Add(db, AuditKind.AccountCreated, actor, UserMessage.Of($"Created the account of {user.DisplayName} with the role {staff.Role}."), email);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new TemporaryPassword(email, password);
    }

    /// <summary>Replaces the person's roles; roles of both offices are refused, and so is demoting the last active Admin.</summary>
    public async Task SetRolesAsync(string userId, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
    {
        if (roles.Count == 0 || roles.Any(r => !StaffRoles.All.Contains(r)))
        {
            throw new InvalidInputException(new ValidationErrors().Add("Roles", "Choose at least one role of the company."));
        }
        try
        {
            StaffRoles.OfficeOf(roles);
        }
        catch (DomainException mixed)
        {
            throw new InvalidInputException(new ValidationErrors().Add("Roles", mixed.Said));
        }
        await ChangeAsync(userId, async (users, user, db, actor) =>
        {
            var before = (await users.GetRolesAsync(user)).Order().ToList();
            if (Policies.Allows(Policies.ManageUsers, before) && !Policies.Allows(Policies.ManageUsers, roles))
            {
                await KeepAnActiveAdminAsync(db, user.Id, "demoted", cancellationToken);
            }
            Check(await users.RemoveFromRolesAsync(user, before), "Roles");
            Check(await users.AddToRolesAsync(user, roles), "Roles");
            audit.Add(db, AuditKind.RolesChanged, actor, UserMessage.Of($"Roles of {user.DisplayName}: {StaffRoles.Named(before, ", ")} → {StaffRoles.Named(roles.Order(), ", ")}."), user.Email);
        }, cancellationToken);
    }

    public Task LockAsync(string userId, CancellationToken cancellationToken = default) =>
        ChangeAsync(userId, async (users, user, db, actor) =>
        {
            await KeepAnActiveAdminAsync(db, user.Id, "locked", cancellationToken);
            Check(await users.SetLockoutEnabledAsync(user, true), "State");
            Check(await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue), "State");
            audit.Add(db, AuditKind.AccountLocked, actor, UserMessage.Of($"Locked the account of {user.DisplayName}."), user.Email);
        }, cancellationToken);

    public Task UnlockAsync(string userId, CancellationToken cancellationToken = default) =>
        ChangeAsync(userId, async (users, user, db, actor) =>
        {
            Check(await users.SetLockoutEndDateAsync(user, null), "State");
            Check(await users.ResetAccessFailedCountAsync(user), "State");
            audit.Add(db, AuditKind.AccountUnlocked, actor, UserMessage.Of($"Unlocked the account of {user.DisplayName}."), user.Email);
        }, cancellationToken);

    public Task DisableAsync(string userId, CancellationToken cancellationToken = default) =>
        ChangeAsync(userId, async (users, user, db, actor) =>
        {
            await KeepAnActiveAdminAsync(db, user.Id, "disabled", cancellationToken);
            user.DisabledAt = clock.GetUtcNow().UtcDateTime;
            Check(await users.UpdateAsync(user), "State");
            audit.Add(db, AuditKind.AccountDisabled, actor, UserMessage.Of($"Disabled the account of {user.DisplayName}."), user.Email);
        }, cancellationToken);

    public Task EnableAsync(string userId, CancellationToken cancellationToken = default) =>
        ChangeAsync(userId, async (users, user, db, actor) =>
        {
            user.DisabledAt = null;
            Check(await users.UpdateAsync(user), "State");
            audit.Add(db, AuditKind.AccountEnabled, actor, UserMessage.Of($"Enabled the account of {user.DisplayName} again."), user.Email);
        }, cancellationToken);

    /// <summary>Gives the person a new temporary password (their open sessions end); shown once to the Admin.</summary>
    public async Task<TemporaryPassword> ResetPasswordAsync(string userId, CancellationToken cancellationToken = default)
    {
        var password = MakePassword();
        var email = "";
        await ChangeAsync(userId, async (users, user, db, actor) =>
        {
            Check(await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), password), "Password");
            user.MustChangePassword = true;
            Check(await users.UpdateAsync(user), "Password");
            email = user.Email ?? "";
            audit.Add(db, AuditKind.PasswordReset, actor, UserMessage.Of($"Reset the password of {user.DisplayName}."), user.Email);
        }, cancellationToken);
        return new TemporaryPassword(email, password);
    }

    /// <summary>Signs the person out of every browser at once (a lost phone, a shared computer).</summary>
    public Task EndSessionsAsync(string userId, CancellationToken cancellationToken = default) =>
        ChangeAsync(userId, (_, user, db, actor) =>
        {
            audit.Add(db, AuditKind.SessionsEnded, actor, UserMessage.Of($"Ended every sign-in session of {user.DisplayName}."), user.Email);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>Runs an account change in one transaction with its audit line, and ends the person's sessions.</summary>
    private async Task ChangeAsync(string userId, Func<UserManager<StaffUser>, StaffUser, AppDbContext, Actor, Task> change, CancellationToken cancellationToken)
    {
        var actor = await guard.DemandAsync(Policies.ManageUsers, cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = await users.FindByIdAsync(userId) ?? throw new NotFoundException("There is no such account.");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await change(users, user, db, actor);
        Check(await users.UpdateSecurityStampAsync(user), "State");
        await db.SignInSessions.Where(s => s.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task KeepAnActiveAdminAsync(AppDbContext db, string userId, string action, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var adminRoles = Policies.Table[Policies.ManageUsers];
        var admins = await (from ur in db.UserRoles
                            join r in db.Roles on ur.RoleId equals r.Id
                            join u in db.Users on ur.UserId equals u.Id
                            where adminRoles.Contains(r.Name)
                            select new { u.Id, u.DisabledAt, u.LockoutEnd }).ToListAsync(cancellationToken);
        var active = admins.Where(a => AccountStates.Of(a.DisabledAt, a.LockoutEnd, now) == AccountState.Active).Select(a => a.Id).Distinct().ToList();
        if (active.Contains(userId) && active.Count == 1)
        {
            throw new DomainException($"This is the last active Admin: it cannot be {action}. Make someone else Admin first.");
        }
    }

    private static void Check(IdentityResult result, string field)
    {
        if (!result.Succeeded)
        {
            throw new InvalidInputException(result.Errors.Aggregate(new ValidationErrors(), (errors, e) => errors.Add(field, e.Description)));
        }
    }

    /// <summary>Twelve random characters with every kind the password rules ask for.</summary>
    private static string MakePassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", lower = "abcdefghijkmnpqrstuvwxyz", digits = "23456789", symbols = "#$%&*+-=?@";
        var all = upper + lower + digits + symbols;
        var chars = new[] { Pick(upper), Pick(lower), Pick(digits), Pick(symbols) }.Concat(Enumerable.Range(0, 8).Select(_ => Pick(all))).ToArray();
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);

        static char Pick(string from) => from[RandomNumberGenerator.GetInt32(from.Length)];
    }
}
