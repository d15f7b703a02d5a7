using Bunit;
using FrontBackOffice.Domain.Staff;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Layout;

namespace FrontBackOffice.Tests.Layout;

public class OfficeNavTests
{
    public static TheoryData<string, string, string[]> MenuOfEachRole => new()
    {
        { StaffRoles.Sales, "front", ["/front", "/front/customers", "/front/orders", "/front/complaints", "/front/marketing/leads", "/front/pipeline"] },
        { StaffRoles.Support, "front", ["/front", "/front/customers", "/front/complaints"] },
        { StaffRoles.Marketing, "front", ["/front", "/front/marketing/campaigns", "/front/marketing/promotions", "/front/marketing/leads", "/front/pipeline", "/front/jobs"] },
        { StaffRoles.HR, "back", ["/back", "/back/complaints", "/back/employees", "/back/payroll", "/back/jobs"] },
        { StaffRoles.Accounting, "back", ["/back", "/back/complaints", "/back/payroll", "/back/purchasing/suppliers", "/back/purchasing/orders", "/back/purchasing/bills", "/back/making/boms", "/back/making/work-orders", "/back/making/planning", "/back/making/quality", "/back/ledger", "/back/ledger/trial-balance", "/back/jobs"] },
        { StaffRoles.Warehouse, "back", ["/back", "/back/complaints", "/back/stock", "/back/stock/counts", "/back/purchasing/suppliers", "/back/purchasing/orders", "/back/purchasing/bills", "/back/making/boms", "/back/making/work-orders", "/back/making/planning", "/back/making/quality", "/back/jobs"] },
        { StaffRoles.Admin, "back", ["/back", "/back/complaints", "/back/jobs", "/back/admin/users", "/back/admin/audit", "/hangfire"] },
    };

    [Theory]
    [MemberData(nameof(MenuOfEachRole))]
    public async Task Navigation_ShowsExactlyTheItemsTheRoleMayOpen(string role, string office, string[] expected)
    {
        await using var ctx = ComponentTestContext.For(role);

        var nav = ctx.Render<OfficeNav>();

        Assert.NotNull(nav.Find($"[data-testid=nav-{office}]"));
        Assert.Equal(expected, nav.FindAll("[data-nav]").Select(a => a.GetAttribute("data-nav")));
    }
}
