namespace FrontBackOffice.Web.Security;

public static class LocalUrls
{
    /// <summary>The path to go on to, only when it is one of the app's own: a crafted link must not lead to another site.</summary>
    public static string Safe(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Uri.IsWellFormedUriString(returnUrl, UriKind.Relative)
            && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? "/" + returnUrl.TrimStart('/')
            : "/";
}
