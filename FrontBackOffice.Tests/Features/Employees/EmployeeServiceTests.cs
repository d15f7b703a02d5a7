using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Payroll;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Features.Employees;
using FrontBackOffice.Web.Security;
using Microsoft.Extensions.DependencyInjection;

namespace FrontBackOffice.Tests.Features.Employees;

[Collection(AppCollection.Name)]
public class EmployeeServiceTests(DemoApp app)
{
    private static EmployeeDetails Hourly(string tax) => new("Test Worker", tax, "Warehouse", new DateOnly(2025, 1, 1), null, PayType.Hourly, null, 18m);

    private ServiceCaller<EmployeeService> Hr => app.As<EmployeeService>("hr@demo.local");

    [Fact]
    public async Task Create_RefusesBadInput_FieldByField()
    {
        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => Hr.RunAsync(e => e.CreateAsync(
            new EmployeeDetails("", "", "", new DateOnly(2026, 5, 1), new DateOnly(2026, 4, 1), PayType.Salaried, 0m, null))));

        Assert.Equal(["Department", "LeaveDate", "MonthlySalary", "Name", "TaxNumber"], refused.Errors.ByField.Keys.Order());
    }

    [Fact]
    public async Task TaxNumber_IsUnique()
    {
        var tax = "E" + Guid.NewGuid().ToString("N")[..10];
        await Hr.RunAsync(e => e.CreateAsync(Hourly(tax)));

        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => Hr.RunAsync(e => e.CreateAsync(Hourly(tax))));

        Assert.Contains("already belongs to Test Worker", refused.Errors.For("TaxNumber"));
    }

    [Fact]
    public async Task Timesheet_TakesHoursFrom0To24_PerDay_AndCorrectsAnEnteredWeek()
    {
        var id = await Hr.RunAsync(e => e.CreateAsync(Hourly("E" + Guid.NewGuid().ToString("N")[..10])));
        var monday = new DateOnly(2026, 3, 2);

        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => Hr.RunAsync(e => e.SaveTimesheetAsync(id, monday, [8, 25, -1, 8, 8, 0, 0], null)));
        await Hr.RunAsync(e => e.SaveTimesheetAsync(id, monday, [8, 8, 8, 8, 8, 0, 0], null));
        var entered = (await Hr.RunAsync(e => e.TimesheetsAsync(id))).Single();
        await Hr.RunAsync(e => e.SaveTimesheetAsync(id, monday, [8, 8, 8, 8, 10, 2, 0], entered.Version));

        Assert.Equal(["Hours[1]", "Hours[2]"], refused.Errors.ByField.Keys.Order());
        Assert.Equal(44m, (await Hr.RunAsync(e => e.TimesheetsAsync(id))).Single().Total);
        await Assert.ThrowsAsync<InvalidInputException>(() => Hr.RunAsync(e => e.SaveTimesheetAsync(id, monday.AddDays(1), [8, 8, 8, 8, 8, 0, 0], null)));
    }

    [Fact]
    public async Task SalariedStaff_KeepNoTimesheets()
    {
        var id = await Hr.RunAsync(e => e.CreateAsync(new EmployeeDetails("Sal", "E" + Guid.NewGuid().ToString("N")[..10], "HR", new DateOnly(2025, 1, 1), null, PayType.Salaried, 3000m, null)));

        await Assert.ThrowsAsync<DomainException>(() => Hr.RunAsync(e => e.SaveTimesheetAsync(id, new DateOnly(2026, 3, 2), [8, 8, 8, 8, 8, 0, 0], null)));
    }

    [Fact]
    public async Task OtherRoles_CannotReadEmployees()
    {
        await using var scope = await app.ScopeForAsync("accounting@demo.local");

        await Assert.ThrowsAsync<AccessDeniedException>(() => scope.ServiceProvider.GetRequiredService<EmployeeService>().ListAsync(new PageRequest()));
    }
}
