using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using FrontBackOffice.Domain.Orders;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Features.Customers;
using FrontBackOffice.Web.Features.Orders;
using FrontBackOffice.Web.Security;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Benchmarks;

/// <summary>
/// The orders and customers lists on generated sales: for each page the lists offer (the first, the next, one in the
/// middle, the last, each sortable column, the status filter and the search box), the time of the service call as a
/// member of staff allowed both lists calls it (its access check, its count and its page) against the same count and page written by
/// hand in SQL on the same connection: p50 and p95 of <see cref="Samples"/> calls each, after one to warm up. A page
/// turned or a sort changed carries the total the list counted on its first page, as the grids pass it back, so neither
/// the app nor the SQL by hand counts again there.
/// </summary>
public sealed class GridsBenchmark(
    IDbContextFactory<AppDbContext> dbFactory, GeneratedCompany generator, DatabaseSettings database, OrderService orders,
    CustomerService customers, AuthenticationStateProvider authentication, UserManager<StaffUser> users,
    IUserClaimsPrincipalFactory<StaffUser> principals)
{
    private const int Samples = 20;
    private const int PageSize = 25;

    private sealed record Case(string Name, Func<Task<int>> App, string? CountSql, string PageSql);

    public async Task<string> RunAsync(int orderCount, int customerCount, TextWriter progress, CancellationToken cancellationToken)
    {
        await progress.WriteLineAsync($"Generating {orderCount:N0} orders of {customerCount:N0} customers…");
        var generation = Stopwatch.StartNew();
        await generator.GenerateSalesAsync(new GeneratedCompany.Sales(orderCount, customerCount, Skus: 1_000, Days: 365), seed: 2026, cancellationToken);
        await progress.WriteLineAsync($"Data ready in {generation.Elapsed.TotalSeconds:0.0} s; timing the lists…");
        await ActAsSalesAsync();

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var invoice = await db.SalesOrders.OrderBy(o => o.Id).Skip(orderCount / 3).Select(o => o.InvoiceNumber).FirstAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);

        var table = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"`grids` — {orderCount:N0} orders, {customerCount:N0} customers, pages of {PageSize}; {Samples} calls each, warm.")
            .AppendLine()
            .AppendLine("| list action | rows | app p50 | app p95 | SQL p50 | SQL p95 | app/SQL p95 |")
            .AppendLine("|---|---|---|---|---|---|---|");
        foreach (var test in Cases(orderCount, customerCount, invoice!))
        {
            await progress.WriteLineAsync($"  {test.Name}");
            var rows = await test.App();
            var rawRows = await RawAsync(connection, test, cancellationToken);
            if (rows != rawRows)
            {
                throw new InvalidOperationException($"{test.Name}: the app shows {rows} rows, the SQL written by hand {rawRows}.");
            }
            var app = new List<double>();
            var raw = new List<double>();
            for (var sample = 0; sample < Samples; sample++)
            {
                app.Add(await TimeAsync(test.App));
                raw.Add(await TimeAsync(() => RawAsync(connection, test, cancellationToken)));
            }
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| {test.Name} | {rows:N0} | {Ms(app, 0.5)} | {Ms(app, 0.95)} | {Ms(raw, 0.5)} | {Ms(raw, 0.95)} | {Percentile(app, 0.95) / Percentile(raw, 0.95):0.0}× |");
        }
        return table.ToString();
    }

    private IEnumerable<Case> Cases(int orderCount, int customerCount, string invoice)
    {
        const string OrderColumns = """SELECT o."Id", c."Name", o."CreatedAt", o."Status", o."NetTotal", o."GrossTotal", o."InvoiceNumber" """;
        const string OrderRows = $"""{OrderColumns} FROM "SalesOrders" o JOIN "Customers" c ON c."Id" = o."CustomerId" """;
        const string CustomerRows = """SELECT c."Id", c."Name", c."TaxNumber", c."Email", c."Phone" FROM "Customers" c """;
        const string AllOrders = """SELECT COUNT(*) FROM "SalesOrders" o""";
        const string AllCustomers = """SELECT COUNT(*) FROM "Customers" c""";
        var middle = orderCount / PageSize / 2;
        var lastOrders = (orderCount - 1) / PageSize;
        var lastCustomers = (customerCount - 1) / PageSize;

        Func<Task<int>> Orders(int page, string? sort = null, bool descending = false, string? search = null, OrderStatus? status = null, int? known = null) =>
            async () => (await orders.ListAsync(new PageRequest(page, PageSize, sort, descending, search) { KnownTotal = known }, status)).Items.Count;
        Func<Task<int>> Customers(int page, string? sort = null, bool descending = false, string? search = null, int? known = null) =>
            async () => (await customers.SearchAsync(new PageRequest(page, PageSize, sort, descending, search) { KnownTotal = known })).Items.Count;

        yield return new("orders, first page", Orders(0), AllOrders, $"""{OrderRows} ORDER BY o."CreatedAt" DESC, o."Id" DESC LIMIT {PageSize}""");
        yield return new("orders, next page", Orders(1, known: orderCount), null, $"""{OrderRows} ORDER BY o."CreatedAt" DESC, o."Id" DESC LIMIT {PageSize} OFFSET {PageSize}""");
        // By hand as the app does it: the page found among the orders alone, then joined to its customers.
        yield return new("orders, middle page", Orders(middle, known: orderCount), null,
            $"""
            {OrderColumns} FROM (SELECT * FROM "SalesOrders" ORDER BY "CreatedAt" DESC, "Id" DESC LIMIT {PageSize} OFFSET {middle * PageSize}) o
            JOIN "Customers" c ON c."Id" = o."CustomerId" ORDER BY o."CreatedAt" DESC, o."Id" DESC
            """);
        yield return new("orders, last page", Orders(lastOrders, known: orderCount), null,
            $"""{OrderRows} ORDER BY o."CreatedAt", o."Id" LIMIT {orderCount - lastOrders * PageSize}""");
        foreach (var (column, order) in new[]
        {
            (nameof(OrderRow.Number), "o.\"Id\""), (nameof(OrderRow.CustomerName), "c.\"Name\", o.\"Id\""), (nameof(OrderRow.Status), "o.\"Status\", o.\"Id\""),
            (nameof(OrderRow.NetTotal), "o.\"NetTotal\", o.\"Id\""), (nameof(OrderRow.GrossTotal), "o.\"GrossTotal\", o.\"Id\""),
            (nameof(OrderRow.InvoiceNumber), "o.\"InvoiceNumber\", o.\"Id\""),
        })
        {
            yield return new($"orders by {column}", Orders(0, column, known: orderCount), null, $"{OrderRows} ORDER BY {order} LIMIT {PageSize}");
        }
        yield return new("orders, status Invoiced", Orders(0, status: OrderStatus.Invoiced),
            """SELECT COUNT(*) FROM "SalesOrders" o WHERE o."Status" = 'Invoiced'""",
            $"""{OrderRows} WHERE o."Status" = 'Invoiced' ORDER BY o."CreatedAt" DESC, o."Id" DESC LIMIT {PageSize}""");
        foreach (var term in new[] { "customer 1234", "jansen", invoice.ToLowerInvariant() })
        {
            var where = OrdersMatching(term);
            yield return new($"orders, search \"{term}\"", Orders(0, search: term), $"{AllOrders} WHERE {where}",
                $"""{OrderRows} WHERE {where} ORDER BY o."CreatedAt" DESC, o."Id" DESC LIMIT {PageSize}""");
        }

        yield return new("customers, first page", Customers(0), AllCustomers, $"""{CustomerRows} ORDER BY c."Name", c."Id" LIMIT {PageSize}""");
        yield return new("customers, last page", Customers(lastCustomers, known: customerCount), null,
            $"""{CustomerRows} ORDER BY c."Name" DESC, c."Id" DESC LIMIT {customerCount - lastCustomers * PageSize}""");
        foreach (var column in new[] { nameof(CustomerRow.TaxNumber), nameof(CustomerRow.Email), nameof(CustomerRow.Phone) })
        {
            yield return new($"customers by {column}", Customers(0, column, known: customerCount), null, $"""{CustomerRows} ORDER BY c."{column}", c."Id" LIMIT {PageSize}""");
        }
        foreach (var term in new[] { "customer 1234", "jansen", "buyer4711@" })
        {
            var where = CustomersMatching(term);
            yield return new($"customers, search \"{term}\"", Customers(0, search: term), $"{AllCustomers} WHERE {where}",
                $"""{CustomerRows} WHERE {where} ORDER BY c."Name", c."Id" LIMIT {PageSize}""");
        }
    }

    /// <summary>The search by hand: the SQLite search tables, or the trigram-indexed lower-cased columns of PostgreSQL.</summary>
    private string OrdersMatching(string term) => database.Provider == DatabaseProvider.Sqlite
        ? $"""(o."CustomerId" IN (SELECT rowid FROM CustomerSearch WHERE CustomerSearch MATCH 'Name : "{term}"') OR o."Id" IN (SELECT rowid FROM InvoiceSearch WHERE InvoiceSearch MATCH '"{term}"'))"""
        : $"""(o."CustomerId" IN (SELECT "Id" FROM "Customers" WHERE lower("Name") LIKE '%{term}%') OR lower(o."InvoiceNumber") LIKE '%{term}%')""";

    private string CustomersMatching(string term) => database.Provider == DatabaseProvider.Sqlite
        ? $"""c."Id" IN (SELECT rowid FROM CustomerSearch WHERE CustomerSearch MATCH '"{term}"')"""
        : $"""(lower(c."Name") LIKE '%{term}%' OR lower(c."TaxNumber") LIKE '%{term}%' OR lower(c."Email") LIKE '%{term}%')""";

    private async Task ActAsSalesAsync()
    {
        var user = new StaffUser { UserName = "bench@bench.local", Email = "bench@bench.local", EmailConfirmed = true, DisplayName = "Bench" };
        await users.CreateAsync(user, "Bench#2026-" + Guid.NewGuid().ToString("N")[..8]);
        // A role that the policy table lets see both lists.
        await users.AddToRoleAsync(user, Policies.Table[Policies.ManageOrders].First(role => Policies.Allows(Policies.ReadCustomers, [role])));
        var principal = await principals.CreateAsync(user);
        ((IHostEnvironmentAuthenticationStateProvider)authentication).SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
    }

    private static async Task<int> RawAsync(DbConnection connection, Case test, CancellationToken cancellationToken)
    {
        if (test.CountSql is not null)
        {
            await using var count = connection.CreateCommand();
            count.CommandText = test.CountSql;
            await count.ExecuteScalarAsync(cancellationToken);
        }
        await using var page = connection.CreateCommand();
        page.CommandText = test.PageSql;
        await using var reader = await page.ExecuteReaderAsync(cancellationToken);
        var rows = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            rows++;
        }
        return rows;
    }

    private static async Task<double> TimeAsync(Func<Task<int>> call)
    {
        var time = Stopwatch.StartNew();
        await call();
        return time.Elapsed.TotalMilliseconds;
    }

    private static double Percentile(List<double> samples, double share)
    {
        var sorted = samples.Order().ToList();
        return sorted[Math.Max(0, (int)Math.Ceiling(share * sorted.Count) - 1)];
    }

    private static string Ms(List<double> samples, double share) => $"{Percentile(samples, share).ToString("0.0", CultureInfo.InvariantCulture)} ms";
}
