using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Complaints;
using FrontBackOffice.Domain.Making;
using FrontBackOffice.Domain.Orders;
using FrontBackOffice.Domain.Staff;
using FrontBackOffice.Domain.Stock;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Tests.Localization;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Features.Complaints;
using FrontBackOffice.Web.Features.Making;
using FrontBackOffice.Web.Features.Orders;
using FrontBackOffice.Web.Localization;
using FrontBackOffice.Web.Security;
using Microsoft.Extensions.Time.Testing;

namespace FrontBackOffice.Tests.Features.Making;

/// <summary>
/// Quality on a company with a clock of its own: chairs shipped 100 days ago (outside the window), then 400 and 600 in
/// the last 90 days; quality complaints about them 100 days ago, 30 days ago and twice this week, and one about a lamp.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class QualityServiceTests : IAsyncLifetime
{
    private const string Keeper = "keeper@test.local";
    private const string Accountant = "accountant@test.local";
    private const string Seller = "seller@test.local";

    private readonly AppFactory app = new()
    {
        Demo = false,
        RunJobServer = false,
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero)),
    };

    private int chair, lamp, customer;
    private readonly List<int> chairComplaints = [];
    private int lampComplaint;

    private ServiceCaller<QualityService> Warehouse => app.As<QualityService>(Keeper);

    public async Task InitializeAsync()
    {
        await app.StaffAsync(Keeper, [StaffRoles.Warehouse]);
        await app.StaffAsync(Accountant, [StaffRoles.Accounting]);
        await app.StaffAsync(Seller, [StaffRoles.Sales, StaffRoles.Support]);
        await using (var db = app.CreateDbContext())
        {
            db.Locations.Add(new Location("MAIN", "Main warehouse"));
            await db.SaveChangesAsync();
        }
        int location;
        (chair, location) = await app.ProductInStockAsync(2000, price: 189m, cost: 90m);
        (lamp, _) = await app.ProductInStockAsync(10, price: 30m, cost: 12m);
        customer = await app.CustomerAsync("Quality Customer");
        async Task ShipAsync(int units)
        {
            var orders = app.As<OrderService>(Seller);
            var id = await orders.RunAsync(s => s.CreateDraftAsync(new OrderInput(customer, location, [new OrderLineInput(chair, units, 189m, 0.21m)])));
            await orders.RunAsync(s => s.ConfirmAsync(id));
            await orders.RunAsync(s => s.ShipAsync(id));
        }
        Task<int> ComplainAsync(int product, string subject) => app.As<ComplaintService>(Seller).RunAsync(s =>
            s.OpenAsync(new ComplaintInput(customer, null, ComplaintCategory.ProductQuality, ComplaintPriority.Normal, subject, "It broke.", product), true));

        await ShipAsync(300);
        chairComplaints.Add(await ComplainAsync(chair, "Old wheel"));
        app.Clock!.Advance(TimeSpan.FromDays(70));
        await ShipAsync(400);
        chairComplaints.Add(await ComplainAsync(chair, "Wheel cracked"));
        app.Clock.Advance(TimeSpan.FromDays(28));
        await ShipAsync(600);
        chairComplaints.Add(await ComplainAsync(chair, "Wheel loose"));
        chairComplaints.Add(await ComplainAsync(chair, "Wheel squeaks"));
        lampComplaint = await ComplainAsync(lamp, "Flickers");
        app.Clock.Advance(TimeSpan.FromDays(2));
    }

    public Task DisposeAsync() => app.DisposeAsync().AsTask();

    [Fact]
    public async Task TheComplaintRate_IsPer1000UnitsShippedInTheLast90Days_WeekByWeek()
    {
        var list = await Warehouse.RunAsync(s => s.ProductsAsync(new PageRequest()));
        var quality = await app.As<QualityService>(Accountant).RunAsync(s => s.GetAsync(chair));

        // 3 complaints over 1,000 units in the window (the 300 units and the complaint of 100 days ago are outside it).
        Assert.Equal([(chair, 3, 1000, 3.00m), (lamp, 1, 0, (decimal?)null)], list.Items.Select(r => (r.ProductId, r.Complaints, r.UnitsShipped, r.RatePer1000)));
        Assert.Equal((3, 1000, 3.00m), (quality.Complaints, quality.UnitsShipped, quality.RatePer1000));
        Assert.Equal(13, quality.Weeks.Count);
        Assert.Equal(new DateOnly(2026, 3, 13), quality.From);
        // Day 72 of the clock is in week 9 of the window (400 units, 1 complaint: 2.50); day 100 in week 13 (600 units, 2: 3.33).
        Assert.Equal([(8, 1, 400, 2.50m), (12, 2, 600, 3.33m)],
            quality.Weeks.Select((w, i) => (i, w.Complaints, w.UnitsShipped, w.RatePer1000)).Where(w => w.Complaints > 0).Select(w => (w.i, w.Complaints, w.UnitsShipped, w.RatePer1000!.Value)));
        // Over 4 weeks: weeks 8 to 11 each see the 400 units and 1 complaint of week 8; week 12 sees weeks 9 to 12: 2 of 600.
        Assert.Equal([null, 2.50m, 2.50m, 2.50m, 2.50m, 3.33m], quality.TrailingRates().Skip(7));
        Assert.Equal(["Wheel squeaks", "Wheel loose", "Wheel cracked", "Old wheel"], quality.RecentComplaints.Select(c => c.Subject));
    }

    [Fact]
    public async Task AnImprovementAction_RaisedForAComplaint_IsOnItsTimeline_AndIsDoneOnce()
    {
        var complaint = chairComplaints[^1];
        var due = new DateOnly(2026, 6, 30);

        var id = await Warehouse.RunAsync(s => s.RaiseAsync(new ImprovementActionInput(chair, complaint, "Reinforced castors from the next batch.", "Walt", due)));
        var wrong = await Assert.ThrowsAsync<InvalidInputException>(() => Warehouse.RunAsync(s => s.RaiseAsync(new ImprovementActionInput(chair, lampComplaint, "x", "Walt", due))));
        var past = await Assert.ThrowsAsync<InvalidInputException>(() => Warehouse.RunAsync(s => s.RaiseAsync(new ImprovementActionInput(chair, null, "x", "Walt", new DateOnly(2026, 6, 1)))));
        await Warehouse.RunAsync(s => s.MarkDoneAsync(id));
        var again = await Assert.ThrowsAsync<DomainException>(() => Warehouse.RunAsync(s => s.MarkDoneAsync(id)));

        Assert.Equal("Choose one of this product's quality complaints, or none.", wrong.Errors.For(nameof(ImprovementActionInput.ComplaintId)));
        Assert.Equal("The due date cannot be in the past.", past.Errors.For(nameof(ImprovementActionInput.DueOn)));
        Assert.Contains("already done", again.Message);
        var timeline = (await app.As<ComplaintService>(Keeper).RunAsync(s => s.GetFromInboxAsync(complaint))).Timeline;
        var raised = timeline.Single(e => e.Kind == ComplaintEventKind.ImprovementRaised);
        Assert.Equal("Improvement action for the product, owned by Walt, due 30 Jun 2026: Reinforced castors from the next batch.", raised.Text);
        using (new CultureScope("pt-BR"))
        {
            Assert.Equal("Ação de melhoria do produto, a cargo de Walt, prazo 30 jun. 2026: Reinforced castors from the next batch.", MessageWordingTests.Said.Say(raised.Said!));
        }
        var action = (await Warehouse.RunAsync(s => s.GetAsync(chair))).Actions.Single();
        Assert.Equal((complaint, false, "keeper"), (action.ComplaintId, action.IsOpen, action.DoneBy));
    }

    [Fact]
    public async Task AProductQualityComplaint_NamesItsProduct_AndOnlyWarehouseRaisesActions()
    {
        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => app.As<ComplaintService>(Seller).RunAsync(s =>
            s.OpenAsync(new ComplaintInput(customer, null, ComplaintCategory.ProductQuality, ComplaintPriority.Low, "Broken", "It broke."), false)));

        Assert.Equal("Choose the product the customer complains about.", refused.Errors.For(nameof(ComplaintInput.ProductId)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.As<QualityService>(Accountant).RunAsync(s =>
            s.RaiseAsync(new ImprovementActionInput(chair, null, "x", "y", new DateOnly(2026, 6, 30)))));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.As<QualityService>(Seller).RunAsync(s => s.GetAsync(chair)));
    }
}
