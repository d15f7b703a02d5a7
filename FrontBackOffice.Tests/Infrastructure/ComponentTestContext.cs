using System.Security.Claims;
using Bunit;
using FrontBackOffice.Domain.Staff;
using FrontBackOffice.Web.Localization;
using FrontBackOffice.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace FrontBackOffice.Tests.Infrastructure;

/// <summary>A bUnit context with MudBlazor, the app's real policy table and a signed-in member of staff.</summary>
public static class ComponentTestContext
{
    public static BunitContext For(string role)
    {
        var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        ctx.Services.AddAppLocalization();
        Policies.AddTo(ctx.Services.AddAuthorizationBuilder());
        // bUnit puts a placeholder in front of authorization; these are the app's real policy evaluation.
        ctx.Services.AddSingleton<IAuthorizationPolicyProvider, DefaultAuthorizationPolicyProvider>();
        ctx.Services.AddTransient<IAuthorizationService, DefaultAuthorizationService>();
        ctx.Services.AddCascadingAuthenticationState();
        ctx.Services.AddSingleton<AuthenticationStateProvider>(new FixedAuthenticationState(Principal(role)));
        return ctx;
    }

    public static ClaimsPrincipal Principal(string role) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, $"{role.ToLowerInvariant()}-id"),
            new Claim(ClaimTypes.Name, $"{role.ToLowerInvariant()}@demo.local"),
            new Claim(StaffClaimsPrincipalFactory.DisplayNameClaim, $"{role} Person"),
            new Claim(ClaimTypes.Role, role),
            new Claim(OfficeClaim.Type, OfficeClaim.ValueOf(StaffRoles.OfficeOf(role))),
        ],
        authenticationType: "Test"));

    private sealed class FixedAuthenticationState(ClaimsPrincipal user) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(user));
    }
}
