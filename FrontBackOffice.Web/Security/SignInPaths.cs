namespace FrontBackOffice.Web.Security;

/// <summary>Where the app sends a person to sign in again, and why.</summary>
public static class SignInPaths
{
    /// <summary>The <c>reason</c> of a session ended because an administrator changed the account.</summary>
    public const string AccountChanged = "account-changed";

    public static string AfterAccountChange(string? returnUrl = null) =>
        $"Account/Login?reason={AccountChanged}" + (returnUrl is null ? "" : $"&returnUrl={returnUrl}");
}
