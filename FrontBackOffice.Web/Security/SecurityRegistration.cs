using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Shared;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FrontBackOffice.Web.Security;

public static class SecurityRegistration
{
    public static IServiceCollection AddStaffSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<SecurityOptions>(configuration);
        services.AddHsts(_ => { });
        // Behind a reverse proxy the client's address (audit log, sign-in limits, sessions) and scheme (HTTPS
        // redirection) are the ones the proxy forwards; only this machine and the configured proxies are believed.
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<SecurityOptions>>((forwarded, security) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in security.Value.TrustedProxies)
            {
                forwarded.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
        });
        services.AddOptions<HstsOptions>().Configure<IOptions<SecurityOptions>>((hsts, security) => hsts.MaxAge = security.Value.HstsMaxAge);

        // Every node reads and writes one key ring, in the database they share: a cookie or form token one node issued is
        // good on the others, and a restart of them all signs nobody out.
        services.AddDataProtection().SetApplicationName("FrontBackOffice").PersistKeysToDbContext<AppDbContext>();

        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingStaffAuthenticationStateProvider>();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = IdentityConstants.ApplicationScheme;
                o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();

        services.AddIdentityCore<StaffUser>(o =>
            {
                o.Password.RequiredLength = 8;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddRoles<IdentityRole>()
            .AddUserManager<StaffUserManager>()
            .AddErrorDescriber<StaffIdentityErrors>()
            .AddClaimsPrincipalFactory<StaffClaimsPrincipalFactory>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager<StaffSignInManager>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/not-allowed";
            o.Cookie.Name = "FrontBackOffice.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(10);
            // A signed-in user who opens what their role may not use gets 403 and the "not allowed" page
            // (rendered by the status-code pages), not a redirect.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        // Sign-in sessions live in the database: the cookie carries only the key of one.
        services.AddSingleton<ITicketStore, DatabaseTicketStore>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<ITicketStore>((cookie, store) => cookie.SessionStore = store);
        services.AddOptions<SecurityStampValidatorOptions>()
            .Configure<IOptions<SecurityOptions>>((o, security) =>
                o.ValidationInterval = security.Value.SessionRevalidationInterval);

        Policies.AddTo(services.AddAuthorizationBuilder());
        services.AddScoped<StaffSessions>();
        services.AddScoped<AccessGuard>();
        services.AddScoped<StaffPreferences>();
        services.AddSignInLimits();
        return services;
    }
}
