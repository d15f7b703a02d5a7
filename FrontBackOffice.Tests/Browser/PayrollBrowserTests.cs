using FrontBackOffice.Domain.Payroll;
using FrontBackOffice.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Tests.Browser;

/// <summary>
/// The demo app computing payroll one employee per transaction: the compute of the demo's 30 employees lasts long
/// enough, however fast the machine, for the page to show it under way.
/// </summary>
public sealed class OneEmployeePerChunkFixture : BrowserFixture
{
    public OneEmployeePerChunkFixture() => App.Settings["Payroll:ChunkSize"] = "1";
}

[Collection(AppCollection.Name)]
public class PayrollBrowserTests(OneEmployeePerChunkFixture browser) : IClassFixture<OneEmployeePerChunkFixture>
{
    [Fact]
    public async Task HrComputesAndWatchesProgress_AccountingApprovesAndPosts_AndTheEntryIsInTheLedger()
    {
        int runId, active;
        string period;
        await using (var db = browser.App.CreateDbContext())
        {
            var draft = await db.PayrollRuns.SingleAsync(r => r.State == PayrollRunState.Draft);
            (runId, period) = (draft.Id, draft.Period.ToString());
            active = (await db.Employees.ToListAsync()).Count(e => e.IsActiveIn(draft.Period));
        }

        var hr = await browser.NewPageAsync();
        await hr.SignInAsync("hr@demo.local");
        await hr.WaitForURLAsync("**/back");
        await hr.GotoAsync($"/back/payroll/{runId}");
        await hr.WaitForCircuitAsync();
        await hr.ClickAsync("[data-testid=compute]");
        await hr.Locator("[data-testid=compute-progress]").WaitForAsync();
        await hr.Locator("[data-testid=run-state][data-state=Computed]").WaitForAsync(new() { Timeout = 60_000 });
        Assert.Equal(active.ToString(System.Globalization.CultureInfo.InvariantCulture), await hr.InnerTextAsync("[data-testid=payslip-count]"));
        Assert.Equal(0, await hr.Locator("[data-testid=approve]").CountAsync());

        var accounting = await browser.NewPageAsync();
        await accounting.SignInAsync("accounting@demo.local");
        await accounting.WaitForURLAsync("**/back");
        await accounting.GotoAsync($"/back/payroll/{runId}");
        await accounting.WaitForCircuitAsync();
        await accounting.ClickAsync("[data-testid=approve]");
        await accounting.Locator("[data-testid=run-state][data-state=Approved]").WaitForAsync();
        await accounting.ClickAsync("[data-testid=post]");
        await accounting.Locator("[data-testid=posted]").WaitForAsync();
        var entryNumber = (await accounting.InnerTextAsync("[data-testid=posted]")).Split('#')[1].Split('.')[0];

        await accounting.GotoAsync("/back/ledger");
        await accounting.WaitForCircuitAsync();
        var row = accounting.Locator("[data-testid=journal] tr", new() { HasText = $"Payroll {period}" });
        await row.WaitForAsync();
        Assert.Contains(entryNumber, await row.InnerTextAsync());
    }
}
