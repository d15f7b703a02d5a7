using FrontBackOffice.Web.Security;

namespace FrontBackOffice.Web.Jobs;

/// <summary>A kind of batch job: who may run it (and so see its runs), and its default schedule if it recurs.</summary>
public sealed record JobKind(string Type, string Title, string RunPolicy, string? DefaultCron = null)
{
    public bool Recurring => DefaultCron is not null;
}

public static class JobKinds
{
    public static readonly JobKind NightlyAccounting = new("NightlyAccounting", "Nightly accounting close", Policies.RunNightlyAccounting, DefaultCron: "0 2 * * *");
    public static readonly JobKind PayrollCompute = new("PayrollCompute", "Payroll computation", Policies.RunPayroll);
    public static readonly JobKind StockReconciliation = new("StockReconciliation", "Stock reconciliation", Policies.RunStockReconciliation);
    public static readonly JobKind Replenishment = new("Replenishment", "Replenishment planning", Policies.RunReplenishment, DefaultCron: "30 2 * * *");

    public static IReadOnlyList<JobKind> All { get; } = [NightlyAccounting, PayrollCompute, StockReconciliation, Replenishment];

    public static JobKind Of(string type) => All.Single(k => k.Type == type);
}
