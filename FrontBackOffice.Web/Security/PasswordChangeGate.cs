namespace FrontBackOffice.Web.Security;

/// <summary>A user signed in with a temporary password gets nothing but the page to change it.</summary>
public static class PasswordChangeGate
{
    public const string Path = "/Account/ChangePassword";

    private static readonly string[] Open = ["/Account", "/_framework", "/_content", "/_blazor", "/health"];

    public static IApplicationBuilder UsePasswordChangeGate(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var path = context.Request.Path;
        var gated = context.User.HasClaim(c => c.Type == StaffClaimsPrincipalFactory.MustChangePasswordClaim)
            && !Open.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase))
            && !(path.Value ?? "").Contains('.', StringComparison.Ordinal);
        if (gated)
        {
            context.Response.Redirect(Path);
            return Task.CompletedTask;
        }
        return next(context);
    });
}
