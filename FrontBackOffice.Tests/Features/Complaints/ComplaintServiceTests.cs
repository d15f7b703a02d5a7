using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Complaints;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Features.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontBackOffice.Tests.Features.Complaints;

[Collection(AppCollection.Name)]
public class ComplaintServiceTests(DemoApp app)
{
    private ServiceCaller<ComplaintService> Complaints(string email) => app.As<ComplaintService>(email);

    private async Task<int> OpenAsync(int customer, ComplaintCategory category, bool escalate = true)
    {
        var product = category == ComplaintCategory.ProductQuality ? (await Complaints("support@demo.local").RunAsync(s => s.ProductsAsync("CHR-100")))[0].Id : (int?)null;
        return await Complaints("support@demo.local").RunAsync(s =>
            s.OpenAsync(new ComplaintInput(customer, null, category, ComplaintPriority.High, $"Test {category}", "Details.", product), escalate));
    }

    private async Task<HashSet<int>> InboxIdsAsync(string email, int customer) =>
        (await Complaints(email).RunAsync(s => s.InboxAsync(new PageRequest(PageSize: 200), new ComplaintFilter())))
            .Items.Where(r => r.CustomerName == CustomerName(customer)).Select(r => r.Id).ToHashSet();

    private readonly Dictionary<int, string> names = [];

    private string CustomerName(int id) => names[id];

    private async Task<int> CustomerAsync()
    {
        var name = $"Routing {Guid.NewGuid():N}";
        var id = await app.CustomerAsync(name);
        names[id] = name;
        return id;
    }

    [Fact]
    public async Task EachCategory_ReachesTheInboxOfItsTeam_Only()
    {
        var customer = await CustomerAsync();
        var ids = new Dictionary<ComplaintCategory, int>();
        foreach (var category in Enum.GetValues<ComplaintCategory>())
        {
            ids[category] = await OpenAsync(customer, category);
        }

        var warehouse = await InboxIdsAsync("warehouse@demo.local", customer);
        var accounting = await InboxIdsAsync("accounting@demo.local", customer);
        var hr = await InboxIdsAsync("hr@demo.local", customer);
        var admin = await InboxIdsAsync("admin@demo.local", customer);

        Assert.Equal(new HashSet<int> { ids[ComplaintCategory.Delivery], ids[ComplaintCategory.ProductQuality] }, warehouse);
        Assert.Equal(new HashSet<int> { ids[ComplaintCategory.Billing] }, accounting);
        Assert.Equal(new HashSet<int> { ids[ComplaintCategory.Staff] }, hr);
        Assert.Equal(ids.Values.ToHashSet(), admin);
    }

    [Fact]
    public async Task NotYetEscalatedComplaint_IsNotInTheTeamsInbox()
    {
        var customer = await CustomerAsync();
        await OpenAsync(customer, ComplaintCategory.Delivery, escalate: false);

        Assert.Empty(await InboxIdsAsync("warehouse@demo.local", customer));
    }

    [Fact]
    public async Task AnotherTeam_CannotAnswer()
    {
        var customer = await CustomerAsync();
        var id = await OpenAsync(customer, ComplaintCategory.Billing);

        await Assert.ThrowsAsync<NotFoundException>(() => Complaints("warehouse@demo.local").RunAsync(s => s.AnswerAsync(id, "Not ours.")));
    }

    [Fact]
    public async Task TheLoop_RunsThroughBothOffices_AndEveryStepIsInTheTimeline()
    {
        var customer = await CustomerAsync();
        var id = await OpenAsync(customer, ComplaintCategory.Delivery, escalate: false);

        await Complaints("support@demo.local").RunAsync(s => s.EscalateAsync(id));
        await Complaints("warehouse@demo.local").RunAsync(s => s.AssignToMeAsync(id));
        await Complaints("warehouse@demo.local").RunAsync(s => s.AnswerAsync(id, "Re-sent with express delivery."));
        await Complaints("support@demo.local").RunAsync(s => s.ResolveAsync(id, "Told the customer by phone."));
        await Complaints("sales@demo.local").RunAsync(s => s.CloseAsync(id));

        var detail = await Complaints("support@demo.local").RunAsync(s => s.GetAsync(id));
        Assert.Equal(ComplaintStatus.Closed, detail.Status);
        Assert.Equal("Re-sent with express delivery.", detail.Answer);
        Assert.Equal(
            [ComplaintEventKind.Opened, ComplaintEventKind.Escalated, ComplaintEventKind.Assigned, ComplaintEventKind.Answered, ComplaintEventKind.Resolved, ComplaintEventKind.Closed],
            detail.Timeline.Select(e => e.Kind));
        Assert.Equal(["Sue Support", "Sue Support", "Walt Warehouse", "Walt Warehouse", "Sue Support", "Sam Sales"], detail.Timeline.Select(e => e.ActorName));
    }

    [Fact]
    public async Task BreachedFilter_IsComputedByTheDatabase_WithPausedClocksStoppedAtThePause()
    {
        var customer = await CustomerAsync();
        var late = await OpenAsync(customer, ComplaintCategory.Delivery);
        var pausedInTime = await OpenAsync(customer, ComplaintCategory.Delivery);
        var onTime = await OpenAsync(customer, ComplaintCategory.Delivery);
        await using (var db = app.CreateDbContext())
        {
            var now = DateTime.UtcNow;
            await db.Complaints.Where(c => c.Id == late).ExecuteUpdateAsync(set => set.SetProperty(c => c.DueAt, now.AddHours(-1)));
            await db.Complaints.Where(c => c.Id == pausedInTime).ExecuteUpdateAsync(set => set
                .SetProperty(c => c.DueAt, now.AddHours(-1)).SetProperty(c => c.PausedSince, now.AddHours(-2)));
        }

        var breached = await Complaints("support@demo.local").RunAsync(s => s.ListAsync(new PageRequest(PageSize: 200, Search: CustomerName(customer)), new ComplaintFilter(BreachedOnly: true)));
        var all = await Complaints("support@demo.local").RunAsync(s => s.ListAsync(new PageRequest(PageSize: 200, Search: CustomerName(customer)), new ComplaintFilter()));

        Assert.Equal([late], breached.Items.Select(c => c.Id));
        Assert.Equal(new[] { late }, all.Items.Where(c => c.Breached).Select(c => c.Id));
        Assert.Contains(all.Items, c => c.Id == onTime && !c.Breached);
    }

    [Fact]
    public async Task ComplaintOnAnotherCustomersOrder_IsRefused()
    {
        var customer = await CustomerAsync();
        await using var db = app.CreateDbContext();
        var foreignOrder = db.SalesOrders.First(o => o.CustomerId != customer).Id;

        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => Complaints("support@demo.local").RunAsync(
            s => s.OpenAsync(new ComplaintInput(customer, foreignOrder, ComplaintCategory.Delivery, ComplaintPriority.Low, "x", "y"), true)));

        Assert.Equal(["OrderId"], refused.Errors.ByField.Keys);
    }
}
