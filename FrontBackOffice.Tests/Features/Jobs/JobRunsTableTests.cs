using Bunit;
using FrontBackOffice.Domain.Jobs;
using FrontBackOffice.Domain.Staff;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Company;
using FrontBackOffice.Web.Features.Jobs;
using FrontBackOffice.Web.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FrontBackOffice.Tests.Features.Jobs;

public class JobRunsTableTests
{
    private static readonly DateTime Queued = new(2026, 3, 10, 1, 0, 0, DateTimeKind.Utc);

    private static JobRunView Run(long id, JobRunState state, int done, int total, string type = "NightlyAccounting", bool interrupted = false) =>
        new(id, type, "Nightly accounting close", "books", "schedule", state, done, total, Queued, Queued.AddSeconds(1), null, null, null, interrupted, 0);

    /// <summary>What the runs table needs: an accountant's circuit, the feed the runner pushes to, and the formats.</summary>
    private static BunitContext TableContext(out JobRunFeed feed)
    {
        var ctx = ComponentTestContext.For(StaffRoles.Accounting);
        feed = new JobRunFeed();
        ctx.Services.AddSingleton(feed);
        ctx.Services.AddSingleton(TimeProvider.System);
        ctx.Services.AddSingleton(Options.Create(new CompanyOptions()));
        ctx.Services.AddSingleton<BusinessCalendar>();
        ctx.Services.AddSingleton<Formats>();
        return ctx;
    }

    [Fact]
    public async Task ProgressPushedWhileThePageIsOpen_ShowsWithoutAReload()
    {
        await using var ctx = TableContext(out var feed);
        var table = ctx.Render<JobRunsTable>(p => p
            .Add(t => t.Runs, [Run(7, JobRunState.Running, 0, 40)])
            .Add(t => t.VisibleTypes, new HashSet<string> { "NightlyAccounting" }));
        Assert.Equal("0 / 40", table.Find("[data-run='7'] [data-testid=counts]").TextContent);

        feed.Publish(Run(7, JobRunState.Running, 30, 40));
        table.WaitForAssertion(() => Assert.Equal("30 / 40", table.Find("[data-run='7'] [data-testid=counts]").TextContent));
        Assert.Equal("75", table.Find("[data-run='7'] [role=progressbar]").GetAttribute("aria-valuenow"));

        feed.Publish(Run(7, JobRunState.Succeeded, 40, 40) with { Summary = "Closed 3 day(s)" });
        table.WaitForAssertion(() => Assert.Equal("Succeeded", table.Find("[data-state]").TextContent.Trim()));
        Assert.Contains("Closed 3 day(s)", table.Markup);

        feed.Publish(Run(8, JobRunState.Queued, 0, 0));
        feed.Publish(Run(9, JobRunState.Queued, 0, 0, type: "PayrollCompute"));
        table.WaitForAssertion(() => Assert.Equal(2, table.FindAll("[data-run]").Count));
        Assert.Empty(table.FindAll("[data-run='9']"));
    }

    [Fact]
    public async Task ARunWhoseServerStopped_ShowsAsInterruptedWhileItWaits_ThenAsRunningOnceResumed()
    {
        await using var ctx = TableContext(out var feed);

        var table = ctx.Render<JobRunsTable>(p => p
            .Add(t => t.Runs, [Run(7, JobRunState.Running, 12, 40, interrupted: true)])
            .Add(t => t.VisibleTypes, new HashSet<string> { "NightlyAccounting" }));

        Assert.Equal("Interrupted — resuming", table.Find("[data-run='7']").ParentElement!.QuerySelector("[data-state]")!.TextContent.Trim());
        feed.Publish(Run(7, JobRunState.Running, 14, 40) with { Resumes = 1 });
        table.WaitForAssertion(() => Assert.Equal("Running", table.Find("[data-state]").TextContent.Trim()));
        Assert.Equal("resumed 1×", table.Find("[data-testid=resumes]").TextContent.Trim());
    }

    /// <summary>A run names who started it and what it works on in the reader's words: the schedule, the payroll run by its number.</summary>
    [Fact]
    public async Task ForAPortugueseSpeaker_TheScheduleAndTheDocumentOfARun_AreSaidInPortuguese()
    {
        using var portuguese = new CultureScope("pt-BR");
        await using var ctx = TableContext(out _);

        var table = ctx.Render<JobRunsTable>(p => p
            .Add(t => t.Runs, [Run(7, JobRunState.Succeeded, 1, 1), Run(8, JobRunState.Succeeded, 1, 1, type: "PayrollCompute") with { Subject = "payroll-run-3", StartedBy = "Hana HR" }])
            .Add(t => t.VisibleTypes, new HashSet<string> { "NightlyAccounting", "PayrollCompute" }));

        var rows = table.FindAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("agendamento") && !r.Contains("books"));
        Assert.Contains(rows, r => r.Contains("nº 3") && r.Contains("Hana HR") && !r.Contains("payroll-run"));
    }
}
