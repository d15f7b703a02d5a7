using FrontBackOffice.Domain.Staff;
using Microsoft.AspNetCore.Authorization;
using static FrontBackOffice.Domain.Staff.StaffRoles;

namespace FrontBackOffice.Web.Security;

/// <summary>
/// The one table of capabilities and the roles that hold them. Pages, menus, services, job triggers
/// and the Hangfire dashboard all ask these policies; nothing else decides who may do what, and no other
/// code names a role to decide it.
/// </summary>
/// <remarks>
/// A policy is named verb + object: <c>Use</c> an office or a tool, <c>Read</c> an area, <c>Manage</c> an area
/// (read and change it), or the one act it allows (<c>Answer</c>, <c>Compute</c>, <c>Approve</c>, <c>Run</c>).
/// </remarks>
public static class Policies
{
    public const string UseFrontOffice = nameof(UseFrontOffice);
    public const string UseBackOffice = nameof(UseBackOffice);

    public const string ReadCustomers = nameof(ReadCustomers);
    public const string ManageCustomers = nameof(ManageCustomers);
    public const string ManageOrders = nameof(ManageOrders);
    public const string ManageComplaints = nameof(ManageComplaints);
    public const string ManageLeads = nameof(ManageLeads);
    public const string ReadPipeline = nameof(ReadPipeline);
    public const string ManagePipeline = nameof(ManagePipeline);
    public const string ManageCampaigns = nameof(ManageCampaigns);
    public const string ManagePromotions = nameof(ManagePromotions);

    public const string AnswerComplaints = nameof(AnswerComplaints);

    /// <summary>Sees and answers the complaints of every back-office team, not only of the teams of their own roles.</summary>
    public const string AnswerForEveryTeam = nameof(AnswerForEveryTeam);

    public const string ManageEmployees = nameof(ManageEmployees);
    public const string ReadPayroll = nameof(ReadPayroll);
    public const string ComputePayroll = nameof(ComputePayroll);
    public const string ApprovePayroll = nameof(ApprovePayroll);
    public const string ManageStock = nameof(ManageStock);
    public const string ReadPurchasing = nameof(ReadPurchasing);
    public const string ManagePurchasing = nameof(ManagePurchasing);

    /// <summary>Records supplier bills against what was received.</summary>
    public const string ManagePayables = nameof(ManagePayables);
    public const string ReadMaking = nameof(ReadMaking);
    public const string ManageMaking = nameof(ManageMaking);
    public const string ManageLedger = nameof(ManageLedger);

    public const string ReadJobs = nameof(ReadJobs);
    public const string RunNightlyAccounting = nameof(RunNightlyAccounting);
    public const string RunPayroll = nameof(RunPayroll);
    public const string RunStockReconciliation = nameof(RunStockReconciliation);
    public const string RunReplenishment = nameof(RunReplenishment);

    /// <summary>Runs the customer segmentation, the front office's job, from the front office's jobs page.</summary>
    public const string RunSegmentation = nameof(RunSegmentation);

    /// <summary>Runs the front office's jobs from the back office's jobs page, as Admin runs every job.</summary>
    public const string RunFrontOfficeJobs = nameof(RunFrontOfficeJobs);

    public const string ManageUsers = nameof(ManageUsers);
    public const string ReadAudit = nameof(ReadAudit);
    public const string UseHangfireDashboard = nameof(UseHangfireDashboard);

    /// <summary>The role <c>create-admin</c> gives the first administrator: it holds every policy of user administration.</summary>
    public static string FirstAdministratorRole => Admin;

    public static IReadOnlyDictionary<string, string[]> Table { get; } = new Dictionary<string, string[]>
    {
        [UseFrontOffice] = [Sales, Support, Marketing],
        [ReadCustomers] = [Sales, Support],
        [ManageCustomers] = [Sales],
        [ManageOrders] = [Sales],
        [ManageComplaints] = [Support, Sales],
        [ManageLeads] = [Marketing, Sales],
        [ReadPipeline] = [Sales, Marketing],
        [ManagePipeline] = [Sales],
        [ManageCampaigns] = [Marketing],
        [ManagePromotions] = [Marketing],

        [UseBackOffice] = [HR, Accounting, Warehouse, Admin],
        [AnswerComplaints] = [HR, Accounting, Warehouse, Admin],
        [AnswerForEveryTeam] = [Admin],
        [ManageEmployees] = [HR],
        [ReadPayroll] = [HR, Accounting],
        [ComputePayroll] = [HR],
        [ApprovePayroll] = [Accounting],
        [ManageStock] = [Warehouse],
        [ReadPurchasing] = [Warehouse, Accounting],
        [ManagePurchasing] = [Warehouse],
        [ManagePayables] = [Accounting],
        [ReadMaking] = [Warehouse, Accounting],
        [ManageMaking] = [Warehouse],
        [ManageLedger] = [Accounting],

        [ReadJobs] = [HR, Accounting, Warehouse, Admin],
        [RunNightlyAccounting] = [Accounting, Admin],
        [RunPayroll] = [HR, Admin],
        [RunStockReconciliation] = [Warehouse, Admin],
        [RunReplenishment] = [Warehouse, Admin],
        [RunSegmentation] = [Marketing],
        [RunFrontOfficeJobs] = [Admin],

        [ManageUsers] = [Admin],
        [ReadAudit] = [Admin],
        [UseHangfireDashboard] = [Admin],
    };

    /// <summary>The verbs a policy name starts with.</summary>
    public static IReadOnlyList<string> Verbs { get; } = ["Use", "Read", "Manage", "Answer", "Compute", "Approve", "Run"];

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
