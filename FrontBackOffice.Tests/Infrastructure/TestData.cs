using FrontBackOffice.Domain.Payroll;
using FrontBackOffice.Domain.Customers;
using FrontBackOffice.Domain.Stock;
using FrontBackOffice.Web.Jobs;
using FrontBackOffice.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontBackOffice.Tests.Infrastructure;

/// <summary>Records of a test's own, so tests sharing the demo app never touch each other's data.</summary>
public static class TestData
{
    public const string Password = "Correct#2026";

    /// <summary>A member of staff with the given roles (named after the e-mail unless told), who can sign in at once.</summary>
    public static async Task<string> StaffAsync(this AppFactory app, string email, string[] roles, string? name = null, string password = Password)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name ?? email.Split('@')[0] };
        Assert.True((await users.CreateAsync(user, password)).Succeeded);
        Assert.True((await users.AddToRolesAsync(user, roles)).Succeeded);
        return user.Id;
    }

    /// <summary>Hires the given number of salaried employees in one save, each paid 2,500 to 3,499 a month.</summary>
    public static async Task HireAsync(this AppFactory app, int employees)
    {
        await using var db = app.CreateDbContext();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var n = 0; n < employees; n++)
        {
            db.Employees.Add(new Employee(new EmployeeDetails($"Worker {n:00000}", $"TX-{n:00000}", "Plant", new DateOnly(2020, 1, 1), null, PayType.Salaried, 2500m + n % 1000, null)));
        }
        await db.SaveChangesAsync();
    }

    public static async Task<int> CustomerAsync(this AppFactory app, string? name = null)
    {
        await using var db = app.CreateDbContext();
        var unique = Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        var customer = new Customer(new CustomerDetails(name ?? $"Test Customer {unique}", $"TX{unique}", null, null, null, null, null), DateTime.UtcNow);
        db.Customers.Add(customer);
        await db.SaveChangesAsync();
        return customer.Id;
    }

    /// <summary>A new product with the given units on hand at the main location.</summary>
    public static async Task<(int ProductId, int LocationId)> ProductInStockAsync(this AppFactory app, int onHand, decimal price = 10m, decimal cost = 6m)
    {
        await using var db = app.CreateDbContext();
        var sku = "T-" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();
        var product = new Product(new ProductDetails(sku, $"Test product {sku}", price, cost, 0));
        if (onHand > 0)
        {
            product.Receive(onHand, cost);
        }
        db.Products.Add(product);
        await db.SaveChangesAsync();
        var locationId = await db.Locations.OrderBy(l => l.Id).Select(l => l.Id).FirstAsync();
        var level = new StockLevel(product.Id, locationId);
        if (onHand > 0)
        {
            db.StockMovements.Add(level.Receive(onHand, cost, app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime, new StockSource(StockSource.GoodsReceipt, 1)));
        }
        db.StockLevels.Add(level);
        await db.SaveChangesAsync();
        return (product.Id, locationId);
    }

    /// <summary>Runs the nightly close the way Hangfire would, with a progress callback of the test's choosing.</summary>
    public static async Task<string> CloseBooksAsync(this AppFactory app, Func<int, int, Task>? report = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var job = scope.ServiceProvider.GetRequiredKeyedService<IBatchJob>(JobKinds.NightlyAccounting.Type);
        var summary = await job.RunAsync(new JobRunContext(1, ScheduledJobs.Subject, null, "schedule", null, report ?? ((_, _) => Task.CompletedTask)), CancellationToken.None);
        return summary.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<StockLevel> LevelAsync(this AppFactory app, int productId, int locationId)
    {
        await using var db = app.CreateDbContext();
        return await db.StockLevels.AsNoTracking().SingleAsync(l => l.ProductId == productId && l.LocationId == locationId);
    }
}
