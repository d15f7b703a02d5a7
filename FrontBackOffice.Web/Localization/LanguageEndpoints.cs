using FrontBackOffice.Web.Security;

namespace FrontBackOffice.Web.Localization;

public static class LanguageEndpoints
{
    /// <summary>
    /// <c>/language/pt-BR?returnUrl=/front/orders</c> keeps the language in the browser and opens the page again in it.
    /// The account keeps the choice through <c>StaffPreferences</c>, called by the switch before it comes here.
    /// </summary>
    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/language/{culture}", (HttpContext context, string culture, string? returnUrl) =>
        {
            if (Languages.Supported(culture) is not { } language)
            {
                return Results.NotFound();
            }
            Languages.Remember(context.Response, language);
            return Results.LocalRedirect(LocalUrls.Safe(returnUrl));
        }).AllowAnonymous();
        return endpoints;
    }
}
