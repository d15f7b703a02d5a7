using FrontBackOffice.Domain.Orders;
using FrontBackOffice.Domain.Payroll;
using FrontBackOffice.Domain.Stock;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Benchmarks;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Tests.Benchmarks;

/// <summary>The generate command fills the app's own database with a company of the asked size.</summary>
[Collection(AppCollection.Name)]
public sealed class GenerateCommandTests : IAsyncLifetime
{
    private readonly AppFactory app = new() { Demo = false, RunJobServer = false, TestServices = BenchCommand.AddServices };

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => app.DisposeAsync().AsTask();

    [Fact]
    public async Task Generate_AddsOrdersOverTheDays_EmployeesWithTimesheets_AndASubmittedCount()
    {
        var output = new StringWriter();

        var exit = await GenerateCommand.RunAsync(app.Services, ["generate", "--orders", "300", "--days", "10", "--employees", "40", "--skus", "25"], output);

        Assert.Equal(0, exit);
        await using var db = app.CreateDbContext();
        Assert.Equal(300, await db.SalesOrders.CountAsync(o => o.Status == OrderStatus.Invoiced));
        Assert.Equal(10, await db.SalesOrders.Select(o => o.ShippedOn).Distinct().CountAsync());
        Assert.Equal(100, await db.Customers.CountAsync());
        Assert.Equal(40, await db.Employees.CountAsync());
        Assert.Equal(10, await db.Employees.CountAsync(e => e.PayType == PayType.Hourly));
        Assert.True(await db.Timesheets.CountAsync() >= 10 * 4);
        var count = await db.CountSessions.SingleAsync();
        Assert.Equal(CountState.Reconciling, count.State);
        Assert.Equal(25, await db.CountLines.CountAsync(l => l.SessionId == count.Id && l.Counted != null));
        Assert.Contains("Count #", output.ToString());
    }

    [Fact]
    public async Task Generate_WithNothingToGenerate_PrintsItsUsage()
    {
        var output = new StringWriter();

        Assert.Equal(2, await GenerateCommand.RunAsync(app.Services, ["generate"], output));
        Assert.StartsWith("Usage: generate", output.ToString());
    }
}
