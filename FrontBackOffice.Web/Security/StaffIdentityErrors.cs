using FrontBackOffice.Web.Localization;
using Microsoft.AspNetCore.Identity;

namespace FrontBackOffice.Web.Security;

/// <summary>What Identity refuses (a weak password, an e-mail in use), said in the user's language.</summary>
public sealed class StaffIdentityErrors : IdentityErrorDescriber
{
    private static readonly ResourceText T = new(typeof(AppText));

    public override IdentityError DefaultError() => Error(nameof(DefaultError), T["The account could not be changed."]);
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), T["The password is wrong."]);
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), T["A password has at least {0} characters.", length]);
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), T["A password has at least {0} different characters.", uniqueChars]);
    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), T["A password has at least one character that is not a letter or digit."]);
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), T["A password has at least one digit (0-9)."]);
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), T["A password has at least one lowercase letter (a-z)."]);
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), T["A password has at least one uppercase letter (A-Z)."]);
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), T["{0} is not a valid e-mail address.", email ?? ""]);
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), T["{0} is not a valid e-mail address.", userName ?? ""]);
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), T["{0} already has an account.", email]);
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), T["{0} already has an account.", userName]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
