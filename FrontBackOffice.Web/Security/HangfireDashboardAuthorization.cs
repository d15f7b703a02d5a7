using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authorization;

namespace FrontBackOffice.Web.Security;

/// <summary>The Hangfire dashboard asks the same policy as its endpoint: signed in through the app, Admin only.</summary>
public sealed class HangfireDashboardAuthorization : IDashboardAsyncAuthorizationFilter
{
    public async Task<bool> AuthorizeAsync(DashboardContext context)
    {
        var http = context.GetHttpContext();
        var authorization = http.RequestServices.GetRequiredService<IAuthorizationService>();
        return (await authorization.AuthorizeAsync(http.User, Policies.UseHangfireDashboard)).Succeeded;
    }
}
