using System.Diagnostics;
using System.Globalization;
using System.Text;
using FrontBackOffice.Tests.Browser;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Benchmarks;
using FrontBackOffice.Web.Data;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace FrontBackOffice.Tests.Benchmarks;

/// <summary>
/// The <c>circuits</c> benchmark: the demo app in this process and Chromium with <see cref="Circuits"/> signed-in tabs,
/// half on <c>/front</c> as Sales and half on <c>/back</c> as the administrator, each its own circuit. Per round it
/// measures the server's managed heap (after a full collection) and the process's resident memory before the tabs open,
/// with them open and idle, and after they close, and the round trip of <see cref="Interactions"/> clicks (the theme
/// switch, which the server saves and renders) spread over the open tabs. It is a benchmark, not a test: test.sh leaves
/// its category out; README says how to run it. It appends its figures to <c>docs/benchmarks.md</c>.
/// </summary>
[Trait("Category", "Benchmark")]
public sealed class CircuitsBenchmark(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private const int Circuits = 50;
    private const int Rounds = 3;
    private const int Interactions = 60;

    [Fact]
    public async Task Circuits_IdleMemoryPerCircuit_AndInteractionRoundTrips()
    {
        var sales = await SignedInStateAsync("sales@demo.local");
        var admin = await SignedInStateAsync("admin@demo.local");
        await CloseAsync([await OpenAsync(sales, "/front"), await OpenAsync(admin, "/back")]);

        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"`circuits` — {Circuits} tabs (half /front as Sales, half /back as Admin), {Interactions} clicks each round; managed heap after a full collection, resident set of the process.")
            .AppendLine()
            .AppendLine("| round | heap before | per idle circuit: heap | per idle circuit: RSS | heap after closing | round trip p50 | p95 | CPU per tab opened |")
            .AppendLine("|---|---|---|---|---|---|---|---|");
        for (var round = 1; round <= Rounds; round++)
        {
            var before = Memory.Now();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var pages = new List<IPage>();
            for (var tab = 0; tab < Circuits; tab++)
            {
                pages.Add(tab % 2 == 0 ? await OpenAsync(sales, "/front") : await OpenAsync(admin, "/back"));
            }
            var opening = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / Circuits;
            var open = Memory.Now();
            var roundTrips = new List<double>();
            for (var click = 0; click < Interactions; click++)
            {
                roundTrips.Add(await SwitchThemeAsync(pages[click * 7 % Circuits]));
            }
            await CloseAsync(pages);
            var closed = Memory.Now();
            roundTrips.Sort();
            report.AppendLine(CultureInfo.InvariantCulture,
                $"| {round} | {before.Heap / 1048576.0:0.0} MB | {(open.Heap - before.Heap) / 1024.0 / Circuits:0} KB | {(open.Resident - before.Resident) / 1024.0 / Circuits:0} KB | {closed.Heap / 1048576.0:0.0} MB | {Percentile(roundTrips, 0.5):0} ms | {Percentile(roundTrips, 0.95):0} ms | {opening:0} ms |");
        }

        output.WriteLine(report.ToString());
        await BenchCommand.AppendAsync(Enum.Parse<DatabaseProvider>(TestDatabase.Provider), report.ToString());
    }

    private async Task<string> SignedInStateAsync(string email)
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync(email);
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
        var state = await page.Context.StorageStateAsync();
        await page.Context.CloseAsync();
        return state;
    }

    /// <summary>A tab of a browser signed in with the given cookies, once its circuit is connected.</summary>
    private async Task<IPage> OpenAsync(string signedIn, string path)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = browser.BaseAddress.ToString(), StorageState = signedIn });
        context.SetDefaultTimeout(BrowserFixture.Patience);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await page.WaitForCircuitAsync();
        return page;
    }

    private static async Task<double> SwitchThemeAsync(IPage page)
    {
        var theme = await page.GetAttributeAsync("[aria-label='Switch theme']", "data-theme");
        var time = Stopwatch.StartNew();
        await page.ClickAsync("[aria-label='Switch theme']");
        await page.Locator($"[aria-label='Switch theme']:not([data-theme={theme}])").WaitForAsync();
        return time.Elapsed.TotalMilliseconds;
    }

    /// <summary>Leaves each page first, so the browser tells the server its circuit is gone, then closes it.</summary>
    private static async Task CloseAsync(IEnumerable<IPage> pages)
    {
        foreach (var page in pages)
        {
            await page.GotoAsync("about:blank");
            await page.Context.CloseAsync();
        }
    }

    private static double Percentile(List<double> sorted, double share) => sorted[Math.Max(0, (int)Math.Ceiling(share * sorted.Count) - 1)];

    private readonly record struct Memory(long Heap, long Resident)
    {
        public static Memory Now()
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            using var process = Process.GetCurrentProcess();
            return new Memory(GC.GetTotalMemory(forceFullCollection: true), process.WorkingSet64);
        }
    }
}
