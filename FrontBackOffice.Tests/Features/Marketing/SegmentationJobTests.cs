using FrontBackOffice.Domain.Customers;
using FrontBackOffice.Domain.Jobs;
using FrontBackOffice.Domain.Marketing;
using FrontBackOffice.Domain.Orders;
using FrontBackOffice.Domain.Staff;
using FrontBackOffice.Domain.Stock;
using FrontBackOffice.Tests.Domain.Marketing;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Features.Customers;
using FrontBackOffice.Web.Features.Jobs;
using FrontBackOffice.Web.Jobs;
using FrontBackOffice.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FrontBackOffice.Tests.Features.Marketing;

/// <summary>
/// The segmentation job on the customers of <see cref="RfmTests"/>, as it reads them from the database, in chunks of two
/// customers: A, B, H, C and D bought in the window; E only before it; F never; G has only a draft and a cancelled order.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class SegmentationJobTests : IAsyncLifetime
{
    private const string Marketer = "marketer@test.local";
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider clock = new(Now);
    private readonly AppFactory app;
    private readonly Dictionary<string, int> customers = [];

    public SegmentationJobTests() => app = new AppFactory
    {
        Demo = false,
        RunJobServer = false,
        Clock = clock,
        Settings = { ["Marketing:SegmentationChunkSize"] = "2", ["Marketing:SegmentationWindowDays"] = "365" },
    };

    public async Task InitializeAsync()
    {
        await app.StaffAsync(Marketer, [StaffRoles.Marketing]);
        await using var db = app.CreateDbContext();
        var location = new Location("MAIN", "Main warehouse");
        var product = new Product(new ProductDetails("SEG-1", "Segmented product", 10m, 5m, 0));
        db.Locations.Add(location);
        db.Products.Add(product);
        foreach (var who in new[] { "A", "B", "H", "C", "D", "E", "F", "G" })
        {
            db.Customers.Add(new Customer(new CustomerDetails($"Customer {who}", $"SEG{who}0001", null, null, null, null, null), Now.UtcDateTime.AddYears(-3)));
        }
        await db.SaveChangesAsync();
        foreach (var customer in await db.Customers.ToListAsync())
        {
            customers[customer.Name[^1..]] = customer.Id;
        }
        SalesOrder Order(string who, int daysAgo, decimal net, OrderStatus status = OrderStatus.Confirmed)
        {
            var at = Now.UtcDateTime.AddDays(-daysAgo).AddHours(-1);
            var order = new SalesOrder(new OrderInput(customers[who], location.Id, [new OrderLineInput(product.Id, 1, net, 0m)]), at, "test");
            if (status != OrderStatus.Draft)
            {
                order.Confirm([new StockAvailability(product.Id, "SEG-1", "Segmented product", 1_000)], at);
            }
            if (status == OrderStatus.Cancelled)
            {
                order.Cancel(at);
            }
            return order;
        }
        db.SalesOrders.AddRange(Enumerable.Range(1, 6).Select(i => Order("A", i * 3 - 2, 1000m)));
        db.SalesOrders.Add(Order("B", 2, 50m));
        db.SalesOrders.AddRange(Enumerable.Range(0, 3).Select(i => Order("H", 60 + i * 10, 300m)));
        db.SalesOrders.AddRange(Enumerable.Range(0, 5).Select(i => Order("C", 200 + i * 20, 500m)));
        db.SalesOrders.Add(Order("D", 300, 20m));
        db.SalesOrders.Add(Order("E", 400, 80m));
        db.SalesOrders.Add(Order("G", 5, 70m, OrderStatus.Draft));
        db.SalesOrders.Add(Order("G", 6, 70m, OrderStatus.Cancelled));
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => app.DisposeAsync().AsTask();

    private async Task<JobRun> SegmentAsync()
    {
        var runId = await app.As<JobsService>(Marketer).RunAsync(s => s.RunSegmentationAsync());
        await app.RunJobAsync(runId);
        return await app.RunWhenEndedAsync(runId);
    }

    private async Task<Dictionary<string, CustomerSegment>> SegmentsAsync()
    {
        await using var db = app.CreateDbContext();
        var byId = await db.CustomerSegments.AsNoTracking().ToDictionaryAsync(s => s.CustomerId);
        return customers.Where(c => byId.ContainsKey(c.Value)).ToDictionary(c => c.Key, c => byId[c.Value]);
    }

    [Fact]
    public async Task TheJob_ScoresTheHandWorkedCustomers_FromTheDatabase()
    {
        var run = await SegmentAsync();
        var segments = await SegmentsAsync();

        Assert.Equal(JobRunState.Succeeded, run.State);
        Assert.Equal(["A", "B", "C", "D", "E", "H"], segments.Keys.Order());
        Assert.Equal(Segment.Champions, segments["A"].Segment);
        Assert.Equal((5, 4, 4, 1, 6, 6000m), (segments["A"].Recency, segments["A"].Frequency, segments["A"].Monetary, segments["A"].DaysSinceLast!.Value, segments["A"].Orders, segments["A"].Net));
        Assert.Equal(Segment.New, segments["B"].Segment);
        Assert.Equal(Segment.Promising, segments["H"].Segment);
        Assert.Equal((Segment.AtRisk, 2, 3, 3), (segments["C"].Segment, segments["C"].Recency, segments["C"].Frequency, segments["C"].Monetary));
        Assert.Equal(Segment.Lost, segments["D"].Segment);
        Assert.Equal((Segment.Lost, 0, (int?)null), (segments["E"].Segment, segments["E"].Recency, segments["E"].DaysSinceLast));
        Assert.Equal("Scored 6 customer(s) on 365 days of orders: 1 champions, 0 loyal, 1 promising, 1 new, 1 at risk, 2 lost; 6 changed segment.", run.Summary);
    }

    [Fact]
    public async Task ARunResumedAfterACrash_SkipsWhatItScored_AndKeepsEachChangeOnce()
    {
        var run = await SegmentAsync();
        List<long> before;
        await using (var db = app.CreateDbContext())
        {
            before = await db.SegmentChanges.OrderBy(c => c.Id).Select(c => c.Id).ToListAsync();
        }

        // The same run again, as a job server resuming it would.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var job = scope.ServiceProvider.GetRequiredKeyedService<IBatchJob>(JobKinds.Segmentation.Type);
            var summary = await job.RunAsync(new JobRunContext(run.Id, ScheduledJobs.Subject, null, "schedule", null, (_, _) => Task.CompletedTask), CancellationToken.None);
            Assert.Equal(run.Summary, summary.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        await using var check = app.CreateDbContext();
        Assert.Equal(before, await check.SegmentChanges.OrderBy(c => c.Id).Select(c => c.Id).ToListAsync());
    }

    [Fact]
    public async Task TheNextNight_KeepsOnlyTheChangesOfSegment_AndTheCustomerPageShowsTheHistory()
    {
        await SegmentAsync();
        var second = await SegmentAsync();
        Assert.EndsWith("; 0 changed segment.", second.Summary);

        // Half a year on, no one has ordered again.
        clock.Advance(TimeSpan.FromDays(182));
        var third = await SegmentAsync();
        var segments = await SegmentsAsync();

        Assert.Equal(Segment.Lost, segments["C"].Segment);
        Assert.All(segments.Values, s => Assert.Equal(third.Id, s.RunId));
        // Only those who may read customers see a customer's segment.
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.As<CustomerService>(Marketer).RunAsync(s => s.SegmentAsync(customers["B"])));
        await app.StaffAsync("seller@test.local", [StaffRoles.Sales]);
        var c = await app.As<CustomerService>("seller@test.local").RunAsync(s => s.SegmentAsync(customers["C"]));
        Assert.Equal(Segment.Lost, c.Segment);
        Assert.Equal([(Segment?)Segment.AtRisk, null], c.History.Select(h => h.From));
        Assert.Equal([Segment.Lost, Segment.AtRisk], c.History.Select(h => h.To));
        Assert.Equal(new DateOnly(2026, 8, 31), c.History[0].On);
    }

    [Fact]
    public async Task OnlyMarketingAndAdmin_RunTheSegmentation()
    {
        await app.StaffAsync("seller@test.local", [StaffRoles.Sales]);
        await app.StaffAsync("keeper@test.local", [StaffRoles.Warehouse]);

        await Assert.ThrowsAsync<AccessDeniedException>(() => app.As<JobsService>("seller@test.local").RunAsync(s => s.RunSegmentationAsync()));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.As<JobsService>("keeper@test.local").RunAsync(s => s.RunSegmentationAsync()));
        Assert.DoesNotContain(JobKinds.Segmentation, await app.As<JobsService>("keeper@test.local").RunAsync(s => s.KindsAsync()));
        Assert.Equal([JobKinds.Segmentation], await app.As<JobsService>(Marketer).RunAsync(s => s.KindsAsync()));
    }
}
