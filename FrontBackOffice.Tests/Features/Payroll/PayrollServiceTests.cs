using FrontBackOffice.Web.Data;
using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Jobs;
using FrontBackOffice.Domain.Ledger;
using FrontBackOffice.Domain.Payroll;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Features.Payroll;
using FrontBackOffice.Web.Jobs;
using FrontBackOffice.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontBackOffice.Tests.Features.Payroll;

[Collection(AppCollection.Name)]
public class PayrollServiceTests : IAsyncLifetime
{
    private readonly PayrollCompany company = new();

    public Task InitializeAsync() => company.HireAsync();

    public async Task DisposeAsync()
    {
        await using (var db = company.CreateDbContext())
        {
            Assert.Equal(await db.JournalLines.SumAsync(l => l.Debit), await db.JournalLines.SumAsync(l => l.Credit));
        }
        await company.DisposeAsync();
    }

    private Task<int> CreateMarchAsync() => company.Payroll(PayrollCompany.Hr).RunAsync(s => s.CreateAsync(PayrollCompany.March));

    [Fact]
    public async Task TheWholeRun_ComputeApprovePost_WritesPayslipsAndOneBalancedEntry()
    {
        var runId = await CreateMarchAsync();

        var compute = await company.ComputeAsync(PayrollCompany.Hr, runId);
        var computed = await company.Payroll(PayrollCompany.Hr).RunAsync(s => s.GetAsync(runId));
        var slips = await company.PayslipsAsync(runId);
        await using (var jobs = company.CreateDbContext())
        {
            var summary = (await jobs.JobRuns.SingleAsync(r => r.Id == compute)).Summary;
            Assert.Equal(FormattableString.Invariant($"Payroll of March 2026: 6 payslip(s), gross {slips.Sum(p => p.Gross):#,##0.00} EUR, net {slips.Sum(p => p.Net):#,##0.00} EUR."), summary);
            Assert.Matches(@"gross \d{1,3},\d{3}\.\d{2} EUR", summary);
        }

        Assert.Equal(PayrollRunState.Computed, computed.State);
        Assert.Equal(["Ann", "Bob", "Cid", "Dee", "Eve", "Hal"], slips.Select(p => p.EmployeeName));
        Assert.Equal((3000m, 2310m), (slips[0].Gross, slips[0].Net));
        Assert.Equal((1600m, 1312m), (slips[1].Gross, slips[1].Net));
        Assert.Equal(1451.61m, slips[2].Gross); // 4,500 × 10 / 31
        Assert.Equal((80m, 6m, 1780m, 1459.60m), (slips[5].RegularHours, slips[5].OvertimeHours, slips[5].Gross, slips[5].Net));
        Assert.Equal(new PayrollTotals(6, slips.Sum(p => p.Gross), slips.Sum(p => p.IncomeTax), slips.Sum(p => p.EmployeeSocial),
            slips.Sum(p => p.EmployerSocial), slips.Sum(p => p.Net)), computed.Totals);

        await company.Payroll(PayrollCompany.Accountant).RunAsync(s => s.ApproveAsync(runId));
        await company.Payroll(PayrollCompany.Accountant).RunAsync(s => s.PostAsync(runId));

        var posted = await company.Payroll(PayrollCompany.Accountant).RunAsync(s => s.GetAsync(runId));
        await using var db = company.CreateDbContext();
        var entry = await db.JournalEntries.Include(e => e.Lines).SingleAsync(e => e.SourceType == PostingSource.Payroll && e.SourceId == runId);
        Assert.Equal(PayrollRunState.Posted, posted.State);
        Assert.Equal(entry.Id, posted.JournalEntryId);
        Assert.Equal(new DateOnly(2026, 4, 2), entry.Date);
        Assert.Equal(entry.Lines.Sum(l => l.Debit), entry.Lines.Sum(l => l.Credit));
        decimal On(string account) => entry.Lines.Where(l => l.AccountCode == account).Sum(l => l.Debit + l.Credit);
        Assert.Equal(slips.Sum(p => p.Gross), On(Accounts.Salaries));
        Assert.Equal(slips.Sum(p => p.EmployerSocial), On(Accounts.EmployerSocialSecurity));
        Assert.Equal(slips.Sum(p => p.IncomeTax), On(Accounts.IncomeTaxWithheld));
        Assert.Equal(slips.Sum(p => p.EmployeeSocial + p.EmployerSocial), On(Accounts.SocialSecurityPayable));
        Assert.Equal(slips.Sum(p => p.Net), On(Accounts.WagesPayable));

        await Assert.ThrowsAsync<DomainException>(() => company.Payroll(PayrollCompany.Hr).RunAsync(s => s.ComputeAsync(runId)));
        await Assert.ThrowsAsync<DomainException>(() => company.Payroll(PayrollCompany.Hr).RunAsync(s => s.CancelAsync(runId)));
        await Assert.ThrowsAsync<DomainException>(() => company.Payroll(PayrollCompany.Accountant).RunAsync(s => s.PostAsync(runId)));
        Assert.Equal(1, await db.JournalEntries.CountAsync(e => e.SourceType == PostingSource.Payroll));
        var audit = await db.AuditLog.Where(e => e.Subject == $"payroll-run-{runId}").Select(e => new { e.Kind, e.ActorName }).ToListAsync();
        Assert.Equal([(FrontBackOffice.Domain.Audit.AuditKind.JobTriggered, "hr"), (FrontBackOffice.Domain.Audit.AuditKind.Approval, "accountant"), (FrontBackOffice.Domain.Audit.AuditKind.EntryPosted, "accountant")],
            audit.Select(e => (e.Kind, e.ActorName)));
    }

    [Fact]
    public async Task Recompute_ReplacesThePayslips()
    {
        var runId = await CreateMarchAsync();
        await company.ComputeAsync(PayrollCompany.Hr, runId);
        await using (var db = company.CreateDbContext())
        {
            var ann = await db.Employees.SingleAsync(e => e.Name == "Ann");
            ann.Update(new EmployeeDetails("Ann", ann.TaxNumber, ann.Department, ann.HireDate, null, PayType.Salaried, 3200m, null));
            await db.SaveChangesAsync();
        }

        await company.ComputeAsync(PayrollCompany.Hr, runId);

        var slips = await company.PayslipsAsync(runId);
        Assert.Equal(6, slips.Count);
        Assert.Equal(3200m, slips.Single(p => p.EmployeeName == "Ann").Gross);
    }

    [Fact]
    public async Task SecondRunForAMonth_IsRefused_UntilTheFirstIsCancelled()
    {
        var first = await CreateMarchAsync();

        var refused = await Assert.ThrowsAsync<InvalidInputException>(CreateMarchAsync);
        await company.Payroll(PayrollCompany.Hr).RunAsync(s => s.CancelAsync(first));
        var second = await CreateMarchAsync();

        Assert.Contains($"already has payroll run #{first}", refused.Errors.For("Period"));
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task SecondRunForAMonth_IsRefusedByTheDatabase_EvenWhenCodeIsBypassed()
    {
        await CreateMarchAsync();
        await using var db = company.CreateDbContext();
        db.PayrollRuns.Add(new PayrollRun(PayrollCompany.March, "bypass", DateTime.UtcNow));

        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.True(refused.IsUniqueViolation(), refused.InnerException!.Message);
    }

    [Fact]
    public async Task WhoComputed_CannotApprove_EvenWithTheAccountingRole()
    {
        var runId = await CreateMarchAsync();
        await company.ComputeAsync(PayrollCompany.HrAndAccounting, runId);

        var refused = await Assert.ThrowsAsync<DomainException>(() => company.Payroll(PayrollCompany.HrAndAccounting).RunAsync(s => s.ApproveAsync(runId)));
        await company.Payroll(PayrollCompany.Accountant).RunAsync(s => s.ApproveAsync(runId));

        Assert.Contains("four eyes", refused.Message);
        Assert.Equal("accountant", (await company.Payroll(PayrollCompany.Hr).RunAsync(s => s.GetAsync(runId))).ApprovedBy);
    }

    [Fact]
    public async Task ComputeThatFails_LeavesTheRunFailed_WithTheReason()
    {
        var runId = await CreateMarchAsync();
        var jobRunId = await company.Payroll(PayrollCompany.Hr).RunAsync(s => s.ComputeAsync(runId));
        await using (var scope = company.Services.CreateAsyncScope())
        {
            var job = scope.ServiceProvider.GetRequiredKeyedService<IBatchJob>(JobKinds.PayrollCompute.Type);
            var reports = 0;
            var context = new JobRunContext(jobRunId, PayrollComputeJob.SubjectOf(runId), null, "hr", await UserIdAsync(PayrollCompany.Hr),
                (_, _) => ++reports == 3 ? throw new IOException("The disk is full.") : Task.CompletedTask);
            await Assert.ThrowsAsync<IOException>(() => job.RunAsync(context, CancellationToken.None));
        }

        var failed = await company.Payroll(PayrollCompany.Hr).RunAsync(s => s.GetAsync(runId));
        Assert.Equal((PayrollRunState.Failed, "The disk is full."), (failed.State, failed.FailureReason));
        Assert.True(failed.CanCompute);
    }

    [Fact]
    public async Task ComputeRetriedAfterAProcessCrash_WritesEachPayslipOnce_AndPostsOnce()
    {
        var runId = await CreateMarchAsync();
        var jobRunId = await company.Payroll(PayrollCompany.Hr).RunAsync(s => s.ComputeAsync(runId));
        var halfway = 0;
        await using (var scope = company.Services.CreateAsyncScope())
        {
            var job = scope.ServiceProvider.GetRequiredKeyedService<IBatchJob>(JobKinds.PayrollCompute.Type);
            using var dying = new CancellationTokenSource();
            var reports = 0;
            var context = new JobRunContext(jobRunId, PayrollComputeJob.SubjectOf(runId), null, "hr", await UserIdAsync(PayrollCompany.Hr), async (_, _) =>
            {
                if (++reports == 3)
                {
                    await dying.CancelAsync();
                }
            });
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => job.RunAsync(context, dying.Token));
            halfway = (await company.PayslipsAsync(runId)).Count;
        }

        await company.RunJobAsync(jobRunId);
        await company.Payroll(PayrollCompany.Accountant).RunAsync(s => s.ApproveAsync(runId));
        await company.Payroll(PayrollCompany.Accountant).RunAsync(s => s.PostAsync(runId));
        await Assert.ThrowsAsync<DomainException>(() => company.Payroll(PayrollCompany.Accountant).RunAsync(s => s.PostAsync(runId)));

        var slips = await company.PayslipsAsync(runId);
        Assert.InRange(halfway, 1, 5);
        Assert.Equal(6, slips.Count);
        Assert.Equal(6, slips.Select(p => p.EmployeeId).Distinct().Count());
        await using var db = company.CreateDbContext();
        var entry = await db.JournalEntries.Include(e => e.Lines).SingleAsync(e => e.SourceType == PostingSource.Payroll && e.SourceId == runId);
        Assert.Equal(slips.Sum(p => p.Gross) + slips.Sum(p => p.EmployerSocial), entry.Lines.Sum(l => l.Debit));
        Assert.Equal(JobRunState.Succeeded, (await db.JobRuns.SingleAsync(r => r.Id == jobRunId)).State);
    }

    [Fact]
    public async Task APayslipPerEmployeeAndMonth_IsEnforcedByTheDatabase()
    {
        var runId = await CreateMarchAsync();
        await company.ComputeAsync(PayrollCompany.Hr, runId);
        await using var db = company.CreateDbContext();
        var ann = await db.Employees.SingleAsync(e => e.Name == "Ann");
        db.Payslips.Add(Payslip.Compute(runId, ann, PayrollCompany.March, [], new PayrollOptions().Rules));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task EachStep_IsRefusedToTheWrongRole()
    {
        var runId = await CreateMarchAsync();

        await Assert.ThrowsAsync<AccessDeniedException>(() => company.Payroll(PayrollCompany.Accountant).RunAsync(s => s.CreateAsync(new PayPeriod(2026, 5))));
        await Assert.ThrowsAsync<AccessDeniedException>(() => company.Payroll(PayrollCompany.Accountant).RunAsync(s => s.ComputeAsync(runId)));
        await company.ComputeAsync(PayrollCompany.Hr, runId);
        await Assert.ThrowsAsync<AccessDeniedException>(() => company.Payroll(PayrollCompany.Hr).RunAsync(s => s.ApproveAsync(runId)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => company.Payroll(PayrollCompany.Hr).RunAsync(s => s.PostAsync(runId)));
    }

    private async Task<string> UserIdAsync(string email)
    {
        await using var db = company.CreateDbContext();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }
}
