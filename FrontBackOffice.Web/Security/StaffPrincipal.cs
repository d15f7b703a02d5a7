using System.Security.Claims;
using FrontBackOffice.Domain.Staff;

namespace FrontBackOffice.Web.Security;

public static class StaffPrincipal
{
    public static bool IsSignedIn(this ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true;

    public static Office? Office(this ClaimsPrincipal user) => user.FindFirstValue(OfficeClaim.Type) switch
    {
        OfficeClaim.Front => Domain.Staff.Office.Front,
        OfficeClaim.Back => Domain.Staff.Office.Back,
        _ => null,
    };

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(StaffClaimsPrincipalFactory.DisplayNameClaim) ?? user.Identity?.Name ?? "";

    public static IEnumerable<string> Roles(this ClaimsPrincipal user) =>
        user.FindAll(ClaimTypes.Role).Select(c => c.Value);

    public static string HomePath(this ClaimsPrincipal user) => user.Office() switch
    {
        Domain.Staff.Office.Front => "/front",
        Domain.Staff.Office.Back => "/back",
        _ => "/not-allowed",
    };
}
