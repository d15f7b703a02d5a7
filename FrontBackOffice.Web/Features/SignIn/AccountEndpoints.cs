using FrontBackOffice.Web.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace FrontBackOffice.Web.Features.SignIn;

public static class AccountEndpoints
{
    /// <summary><c>POST /Account/Logout</c> (antiforgery-checked form post): signs out and returns to sign-in.</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/Account/Logout", async Task<IResult> (
            HttpContext context, IAntiforgery antiforgery, SignInManager<StaffUser> signInManager) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return TypedResults.BadRequest();
            }
            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect("~/Account/Login");
        }).AllowAnonymous().DisableAntiforgery();
        endpoints.MapGet("/Account/Logout", () => TypedResults.LocalRedirect("~/Account/Login")).AllowAnonymous();
        return endpoints;
    }
}
