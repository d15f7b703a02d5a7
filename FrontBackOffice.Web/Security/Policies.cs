using FrontBackOffice.Domain.Staff;
using Microsoft.AspNetCore.Authorization;
using static FrontBackOffice.Domain.Staff.StaffRoles;

namespace FrontBackOffice.Web.Security;

/// <summary>
/// The one table of capabilities and the roles that hold them. Pages, menus, services, job triggers
/// and the Hangfire dashboard all ask these policies; nothing else decides who may do what.
/// </summary>
public static class Policies
{
    public const string FrontOffice = nameof(FrontOffice);
    public const string BackOffice = nameof(BackOffice);

    public const string CustomersRead = nameof(CustomersRead);
    public const string CustomersEdit = nameof(CustomersEdit);
    public const string Orders = nameof(Orders);
    public const string Complaints = nameof(Complaints);

    public const string ComplaintInbox = nameof(ComplaintInbox);
    public const string Employees = nameof(Employees);
    public const string PayrollRead = nameof(PayrollRead);
    public const string PayrollCompute = nameof(PayrollCompute);
    public const string PayrollApprove = nameof(PayrollApprove);
    public const string Stock = nameof(Stock);
    public const string Ledger = nameof(Ledger);

    public const string Jobs = nameof(Jobs);
    public const string RunNightlyAccounting = nameof(RunNightlyAccounting);
    public const string RunPayroll = nameof(RunPayroll);
    public const string RunStockReconciliation = nameof(RunStockReconciliation);

    public const string AdminUsers = nameof(AdminUsers);
    public const string AdminAudit = nameof(AdminAudit);
    public const string HangfireDashboard = nameof(HangfireDashboard);

    public static IReadOnlyDictionary<string, string[]> Table { get; } = new Dictionary<string, string[]>
    {
        [FrontOffice] = [Sales, Support],
        [CustomersRead] = [Sales, Support],
        [CustomersEdit] = [Sales],
        [Orders] = [Sales],
        [Complaints] = [Support, Sales],

        [BackOffice] = [HR, Accounting, Warehouse, Admin],
        [ComplaintInbox] = [HR, Accounting, Warehouse, Admin],
        [Employees] = [HR],
        [PayrollRead] = [HR, Accounting],
        [PayrollCompute] = [HR],
        [PayrollApprove] = [Accounting],
        [Stock] = [Warehouse],
        [Ledger] = [Accounting],

        [Jobs] = [HR, Accounting, Warehouse, Admin],
        [RunNightlyAccounting] = [Accounting, Admin],
        [RunPayroll] = [HR, Admin],
        [RunStockReconciliation] = [Warehouse, Admin],

        [AdminUsers] = [Admin],
        [AdminAudit] = [Admin],
        [HangfireDashboard] = [Admin],
    };

    public static void AddTo(AuthorizationBuilder authorization)
    {
        foreach (var (policy, roles) in Table)
        {
            authorization.AddPolicy(policy, p => p.RequireAuthenticatedUser().RequireRole(roles));
        }
    }

    public static bool Allows(string policy, IEnumerable<string> roles) => Table[policy].Intersect(roles).Any();

    public static Office OfficeOf(string policy) =>
        StaffRoles.OfficeOf(Table[policy]) ?? throw new InvalidOperationException($"Policy {policy} has no roles.");
}
