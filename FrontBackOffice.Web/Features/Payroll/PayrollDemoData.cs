using FrontBackOffice.Domain.Jobs;
using FrontBackOffice.Domain.Ledger;
using FrontBackOffice.Domain.Payroll;
using FrontBackOffice.Domain.Staff;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Demo;
using FrontBackOffice.Web.Jobs;
using FrontBackOffice.Web.Shared.Ledger;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Features.Payroll;

/// <summary>Last month's payroll computed by HR, approved and posted by Accounting; this month's waiting as a draft.</summary>
public static class PayrollDemoData
{
    public static async Task SeedAsync(AppDbContext db, DemoContext demo, JobRunner runner, LedgerPosting ledger, CancellationToken cancellationToken)
    {
        if (await db.PayrollRuns.AnyAsync(cancellationToken))
        {
            return;
        }
        var hr = demo.Staff(StaffRoles.HR);
        var accounting = demo.Staff(StaffRoles.Accounting);
        var thisMonth = PayPeriod.Of(demo.Today);
        var last = new PayrollRun(thisMonth.Previous, hr.DisplayName, demo.Now);
        db.PayrollRuns.AddRange(last, new PayrollRun(thisMonth, hr.DisplayName, demo.Now));
        await db.SaveChangesAsync(cancellationToken);

        var compute = new JobRun(JobKinds.PayrollCompute.Type, PayrollComputeJob.SubjectOf(last.Id), null, hr.DisplayName, hr.Id, demo.Now);
        db.JobRuns.Add(compute);
        await db.SaveChangesAsync(cancellationToken);
        await runner.RunAsync(compute.Id, cancellationToken);

        await db.Entry(last).ReloadAsync(cancellationToken);
        last.Approve(accounting.Id, accounting.DisplayName, demo.Now);
        last.Post(accounting.DisplayName, demo.Now);
        await ledger.PostAsync(db, lockDate => Postings.Payroll(last, demo.Today, lockDate, accounting.DisplayName, demo.Now), accounting.DisplayName, accounting.Id,
            PayrollComputeJob.SubjectOf(last.Id), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
