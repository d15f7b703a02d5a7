using FrontBackOffice.Web.Security;

namespace FrontBackOffice.Web.Jobs;

/// <summary>
/// A kind of batch job: the policies that may run it (and so see its runs; one per office whose people may), and its
/// default schedule if it recurs.
/// </summary>
public sealed record JobKind(string Type, string Title, IReadOnlyList<string> RunPolicies, string? DefaultCron = null)
{
    public bool Recurring => DefaultCron is not null;
}

public static class JobKinds
{
    public static readonly JobKind NightlyAccounting = new("NightlyAccounting", "Nightly accounting close", [Policies.RunNightlyAccounting], DefaultCron: "0 2 * * *");
    public static readonly JobKind PayrollCompute = new("PayrollCompute", "Payroll computation", [Policies.RunPayroll]);
    public static readonly JobKind StockReconciliation = new("StockReconciliation", "Stock reconciliation", [Policies.RunStockReconciliation]);
    public static readonly JobKind Replenishment = new("Replenishment", "Replenishment planning", [Policies.RunReplenishment], DefaultCron: "30 2 * * *");

    /// <summary>The front office's job: Marketing runs it from its jobs page, Admin from the back office's.</summary>
    public static readonly JobKind Segmentation = new("Segmentation", "Customer segmentation", [Policies.RunSegmentation, Policies.RunFrontOfficeJobs], DefaultCron: "0 3 * * *");

    public static IReadOnlyList<JobKind> All { get; } = [NightlyAccounting, PayrollCompute, StockReconciliation, Replenishment, Segmentation];

    public static JobKind Of(string type) => All.Single(k => k.Type == type);
}
