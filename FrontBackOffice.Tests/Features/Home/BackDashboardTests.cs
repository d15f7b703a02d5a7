using FrontBackOffice.Domain.Complaints;
using FrontBackOffice.Domain.Staff;
using FrontBackOffice.Domain.Stock;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Features.Complaints;
using FrontBackOffice.Web.Features.Home;
using Microsoft.Extensions.Time.Testing;

namespace FrontBackOffice.Tests.Features.Home;

[Collection(AppCollection.Name)]
public class BackDashboardTests
{
    [Fact]
    public async Task BreachedComplaints_AreFlaggedOnTheDashboardOfTheTeamTheyWereSentTo()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero));
        await using var app = new AppFactory { Demo = false, RunJobServer = false, Clock = clock };
        await app.StaffAsync("support@test.local", [StaffRoles.Support]);
        await app.StaffAsync("warehouse@test.local", [StaffRoles.Warehouse]);
        await app.StaffAsync("hr@test.local", [StaffRoles.HR]);
        await app.StaffAsync("admin@test.local", [StaffRoles.Admin]);
        var customer = await app.CustomerAsync();
        int product;
        await using (var db = app.CreateDbContext())
        {
            var chair = new Product(new ProductDetails("CHR-T", "Test chair", 100m, 50m, 0));
            db.Products.Add(chair);
            await db.SaveChangesAsync();
            product = chair.Id;
        }
        var support = app.As<ComplaintService>("support@test.local");
        await support.RunAsync(s => s.OpenAsync(new ComplaintInput(customer, null, ComplaintCategory.Delivery, ComplaintPriority.Urgent, "Late", "Late."), true));
        await support.RunAsync(s => s.OpenAsync(new ComplaintInput(customer, null, ComplaintCategory.Delivery, ComplaintPriority.Low, "Dented", "Dented."), true));
        await support.RunAsync(s => s.OpenAsync(new ComplaintInput(customer, null, ComplaintCategory.ProductQuality, ComplaintPriority.Urgent, "Kept", "Not sent on.", product), false));

        clock.Advance(TimeSpan.FromHours(9));
        Task<BackDashboard> DashboardOf(string email) => app.As<BackDashboardService>(email).RunAsync(s => s.GetAsync());

        Assert.Equal((2, 1), ((await DashboardOf("warehouse@test.local")).TeamComplaints, (await DashboardOf("warehouse@test.local")).TeamSlaBreaches));
        Assert.Equal(0, (await DashboardOf("hr@test.local")).TeamSlaBreaches);
        Assert.Equal(1, (await DashboardOf("admin@test.local")).TeamSlaBreaches);
    }
}
