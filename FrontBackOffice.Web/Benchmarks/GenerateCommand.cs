using System.Diagnostics;
using FrontBackOffice.Domain.Payroll;
using FrontBackOffice.Web.Company;

namespace FrontBackOffice.Web.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project FrontBackOffice.Web -- generate [--orders 1000000] [--days 365] [--employees 100000] [--skus 100000]</c>:
/// fills the app's own database (as configured: the embedded default, or a server) with a generated company of the
/// chosen size, the same for the same size: orders shipped and invoiced over the days before today with their
/// customers and catalogue; employees (a quarter hourly, with timesheets for last month and this one); and a submitted
/// count of that many products at a warehouse <c>GEN</c>, waiting for its reconciliation. Meant for a fresh database:
/// the generated codes are fixed, so a second run refuses to add them again.
/// </summary>
public static class GenerateCommand
{
    public const string Name = "generate";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        var (orders, days, employees, skus) = (BenchCommand.Number(args, "--orders", 0), BenchCommand.Number(args, "--days", 365) is > 0 and var d ? d : 365,
            BenchCommand.Number(args, "--employees", 0), BenchCommand.Number(args, "--skus", 0));
        if (orders + employees + skus == 0)
        {
            await output.WriteLineAsync($"Usage: {Name} [--orders 1000000] [--days 365] [--employees 100000] [--skus 100000]");
            return 2;
        }
        await using var scope = services.CreateAsyncScope();
        var generator = scope.ServiceProvider.GetRequiredService<GeneratedCompany>();
        var today = scope.ServiceProvider.GetRequiredService<BusinessCalendar>().Today;
        var time = Stopwatch.StartNew();
        if (orders > 0)
        {
            var sales = new GeneratedCompany.Sales(orders, Customers: Math.Max(100, orders / 10), Skus: Math.Clamp(orders / 100, 50, 10_000), days);
            await generator.GenerateSalesAsync(sales, seed: 2026, CancellationToken.None);
            await output.WriteLineAsync($"{orders:N0} orders of {sales.Customers:N0} customers over {days} days, {sales.Skus:N0} products ({time.Elapsed.TotalSeconds:0} s).");
        }
        if (employees > 0)
        {
            var thisMonth = PayPeriod.Of(today);
            await generator.GenerateStaffAsync(employees, [thisMonth.Previous, thisMonth], seed: 2026, CancellationToken.None);
            await output.WriteLineAsync($"{employees:N0} employees with their timesheets ({time.Elapsed.TotalSeconds:0} s).");
        }
        if (skus > 0)
        {
            var count = (await generator.GenerateCountsAsync(["GEN"], skus, seed: 2026, CancellationToken.None))[0];
            await output.WriteLineAsync($"Count #{count} of {skus:N0} products at GEN, submitted ({time.Elapsed.TotalSeconds:0} s).");
        }
        return 0;
    }
}
