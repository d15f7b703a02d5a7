using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Audit;
using FrontBackOffice.Web.Shared.Audit;
using Microsoft.AspNetCore.Identity;

namespace FrontBackOffice.Web.Security;

/// <summary>
/// <c>dotnet FrontBackOffice.Web.dll create-admin --email a@b.c [--name "Ada Admin"]</c>: creates the first Admin of a
/// production database. The password is read from the environment variable <c>FBO_ADMIN_PASSWORD</c> or, without
/// it, from the first line of standard input; it is never taken from a file of the repository.
/// </summary>
public static class CreateAdminCommand
{
    public const string Name = "create-admin";
    public const string PasswordVariable = "FBO_ADMIN_PASSWORD";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output)
    {
        var email = Option(args, "--email");
        var name = Option(args, "--name") ?? "Administrator";
        if (string.IsNullOrWhiteSpace(email))
        {
            await output.WriteLineAsync($"Usage: {Name} --email admin@example.com [--name \"Full Name\"], with the password in {PasswordVariable} or on standard input.");
            return 2;
        }
        var password = Environment.GetEnvironmentVariable(PasswordVariable);
        if (string.IsNullOrEmpty(password))
        {
            await output.WriteLineAsync($"Password for {email} (or set {PasswordVariable}):");
            password = (await input.ReadLineAsync())?.Trim();
        }

        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        if (await users.FindByEmailAsync(email) is not null)
        {
            await output.WriteLineAsync($"There is already an account for {email}; nothing was changed.");
            return 1;
        }
        var admin = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
        var created = await users.CreateAsync(admin, password ?? "");
        if (!created.Succeeded)
        {
            await output.WriteLineAsync("The Admin was not created: " + string.Join(" ", created.Errors.Select(e => e.Description)));
            return 1;
        }
        await users.AddToRoleAsync(admin, Policies.FirstAdministratorRole);
        await scope.ServiceProvider.GetRequiredService<AuditTrail>()
            .RecordAsync(AuditKind.AccountCreated, Name, null, UserMessage.Of($"Created the first Admin, {name}."), email);
        await output.WriteLineAsync($"Admin {email} created. Sign in at /Account/Login.");
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
