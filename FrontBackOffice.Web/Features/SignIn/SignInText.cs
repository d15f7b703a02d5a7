using FrontBackOffice.Web.Localization;

namespace FrontBackOffice.Web.Features.SignIn;

/// <summary>
/// The sign-in pages' words (<c>SignInText.*.resx</c>). The form checks name their messages here, as
/// <c>ErrorMessageResourceName</c>, since an attribute cannot hold a localized text itself.
/// </summary>
public sealed class SignInText
{
    private static readonly ResourceText L = new(typeof(SignInText));

    public static string EnterEmail => L["Enter your e-mail address."];
    public static string EmailTooLong => L["An e-mail address has at most 256 characters."];
    public static string EmailInvalid => L["Enter a valid e-mail address."];
    public static string EnterPassword => L["Enter your password."];
    public static string PasswordTooLong => L["A password has at most 128 characters."];
    public static string EnterTemporaryPassword => L["Enter the temporary password."];
    public static string EnterNewPassword => L["Enter a new password."];
    public static string PasswordTooShort => L["A password has at least 8 characters."];
    public static string PasswordsDiffer => L["The two new passwords differ."];
}
