using FrontBackOffice.Web.Shared.Audit;
using FrontBackOffice.Web.Shared.Ledger;

namespace FrontBackOffice.Web.Shared;

public static class SharedRegistration
{
    /// <summary>The services several features use: the audit trail, ledger posting and idempotent creates.</summary>
    public static IServiceCollection AddSharedServices(this IServiceCollection services) => services
        .AddSingleton<AuditTrail>()
        .AddSingleton<LedgerPosting>()
        .AddSingleton<Submissions.Submissions>();
}
