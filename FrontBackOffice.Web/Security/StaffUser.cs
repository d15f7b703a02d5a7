using Microsoft.AspNetCore.Identity;

namespace FrontBackOffice.Web.Security;

/// <summary>A member of staff who signs in to the app.</summary>
public sealed class StaffUser : IdentityUser
{
    public const int DisplayNameMaxLength = 200;
    public const int EmailMaxLength = 256;
    public const int PasswordMaxLength = 128;
    public const int LanguageMaxLength = 10;

    public required string DisplayName { get; set; }

    /// <summary>Set when an administrator disables the account; a disabled user cannot sign in.</summary>
    public DateTime? DisabledAt { get; set; }

    /// <summary>The account has a temporary password that must be changed at the next sign-in.</summary>
    public bool MustChangePassword { get; set; }

    public DateTime? LastSignInAt { get; set; }

    /// <summary>The theme the person chose: dark, light, or (null) what their browser prefers.</summary>
    public bool? DarkMode { get; set; }

    /// <summary>The language the person chose (<c>pt-BR</c>); null until they choose, when their browser's language holds.</summary>
    public string? Language { get; set; }
}
