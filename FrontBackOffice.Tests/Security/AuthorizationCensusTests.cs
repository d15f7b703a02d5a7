using System.Reflection;
using FrontBackOffice.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;

namespace FrontBackOffice.Tests.Security;

/// <summary>Every page of the app names a policy of the table or says it is open to anyone; none is forgotten.</summary>
public class AuthorizationCensusTests
{
    private static readonly Type[] Pages = typeof(Program).Assembly.GetTypes()
        .Where(t => typeof(IComponent).IsAssignableFrom(t) && t.GetCustomAttributes<RouteAttribute>().Any())
        .ToArray();

    [Fact]
    public void TheCensus_FindsThePages() =>
        Assert.Contains(Pages, p => p.GetCustomAttributes<RouteAttribute>().Any(r => r.Template == "/front"));

    [Fact]
    public void EveryRoutableComponent_NamesAPolicyOfTheTable_OrAllowsAnonymous()
    {
        var unguarded = Pages.Where(page => !IsGuarded(page)).Select(Describe).ToList();
        Assert.True(unguarded.Count == 0, "Pages without [Authorize(Policy = Policies.X)] or [AllowAnonymous]:\n" + string.Join("\n", unguarded));
    }

    private static bool IsGuarded(Type page)
    {
        var authorize = page.GetCustomAttributes<AuthorizeAttribute>().ToList();
        var anonymous = page.GetCustomAttributes<AllowAnonymousAttribute>().Any();
        return anonymous
            ? authorize.Count == 0
            : authorize.Count > 0 && authorize.All(a => a.Policy is not null && Policies.Table.ContainsKey(a.Policy) && a.Roles is null);
    }

    private static string Describe(Type page) =>
        $"{page.FullName} ({string.Join(", ", page.GetCustomAttributes<RouteAttribute>().Select(r => r.Template))})";
}
