using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Ledger;
using FrontBackOffice.Domain.Making;
using FrontBackOffice.Domain.Staff;
using FrontBackOffice.Domain.Stock;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Features.Making;
using FrontBackOffice.Web.Features.Stock;
using FrontBackOffice.Web.Security;
using FrontBackOffice.Web.Shared.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace FrontBackOffice.Tests.Features.Making;

/// <summary>
/// Making on a small company with a clock of its own and labour at 15.00 a unit: a desk made of a top (40.00), four legs
/// (12.50) and 16 screws with 10 % scrap (0.05); the components come in through the warehouse's receipts.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class WorkOrderFlowTests : IAsyncLifetime
{
    private const string Keeper = "keeper@test.local";
    private const string Accountant = "accountant@test.local";
    private const string Seller = "seller@test.local";

    private readonly AppFactory app = new()
    {
        Demo = false,
        RunJobServer = false,
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero)),
        Settings = { ["Making:LabourPerUnit"] = "15.00" },
    };

    private int desk;
    private int top;
    private int leg;
    private int screw;
    private int location;

    private ServiceCaller<WorkOrderService> Warehouse => app.As<WorkOrderService>(Keeper);

    public async Task InitializeAsync()
    {
        await app.StaffAsync(Keeper, [StaffRoles.Warehouse]);
        await app.StaffAsync(Accountant, [StaffRoles.Accounting]);
        await app.StaffAsync(Seller, [StaffRoles.Sales]);
        await using (var db = app.CreateDbContext())
        {
            var main = new Location("MAIN", "Main warehouse");
            Product Make(string sku, decimal cost, ProductSourcing sourcing) => new(new ProductDetails(sku, sku.ToLowerInvariant(), 0, cost, 0, sourcing));
            var products = new[] { Make("DESK", 0, ProductSourcing.Made), Make("TOP", 40, ProductSourcing.Bought), Make("LEG", 12.5m, ProductSourcing.Bought), Make("SCR", 0.05m, ProductSourcing.Bought) };
            db.Locations.Add(main);
            db.Products.AddRange(products);
            await db.SaveChangesAsync();
            (desk, top, leg, screw, location) = (products[0].Id, products[1].Id, products[2].Id, products[3].Id, main.Id);
        }
        await app.As<BomService>(Keeper).RunAsync(s => s.SaveVersionAsync(new BomInput(desk, [new(top, 1), new(leg, 4), new(screw, 16, 10)])));
    }

    public Task DisposeAsync() => app.DisposeAsync().AsTask();

    private async Task StockAsync(int tops, int legs, int screws)
    {
        foreach (var (product, quantity, cost) in new[] { (top, tops, 40m), (leg, legs, 12.5m), (screw, screws, 0.05m) }.Where(p => p.Item2 > 0))
        {
            await app.As<StockService>(Keeper).RunAsync(s => s.ReceiveAsync(product, location, quantity, cost, null, "Opening stock"));
        }
    }

    private Task<int> DraftAsync(int quantity) => Warehouse.RunAsync(s => s.CreateAsync(new WorkOrderInput(desk, location, quantity)));

    [Fact]
    public async Task AWorkOrder_ReservesItsComponents_ConsumesThemWhenDone_AndTheUnitsMadeComeInAtWhatTheyCost()
    {
        await StockAsync(tops: 12, legs: 48, screws: 200);
        var id = await DraftAsync(10);

        await Warehouse.RunAsync(s => s.ReleaseAsync(id));
        var reserved = (await app.LevelAsync(screw, location)).Reserved;
        await Warehouse.RunAsync(s => s.StartAsync(id));
        await Warehouse.RunAsync(s => s.CompleteAsync(id, produced: 6, scrapped: 1));

        var order = await app.As<WorkOrderService>(Accountant).RunAsync(s => s.GetAsync(id));
        // 10 desks need ⌈10 × 16 × 1.1⌉ = 176 screws. 7 attempted: 7 tops, 28 legs, ⌈176 × 0.7⌉ = 124 screws
        // = 280.00 + 350.00 + 6.20 = 636.20 of materials and 7 × 15.00 of labour; the 6 made carry 6/7 of 741.20.
        Assert.Equal(176, reserved);
        Assert.Equal(("WO-2026-00001", WorkOrderStatus.Done, 6, 1), (order.Number, order.Status, order.Produced, order.Scrapped));
        Assert.Equal((636.20m, 105.00m, 635.31m, 105.89m), (order.MaterialValue, order.LabourValue, order.FinishedValue, order.Variance));
        var (tops, legs, screws, made) = (await Level(top), await Level(leg), await Level(screw), await Level(desk));
        Assert.Equal([(5, 0), (20, 0), (76, 0)], new[] { tops, legs, screws }.Select(l => (l.OnHand, l.Reserved)));
        await using var db = app.CreateDbContext();
        var product = await db.Products.SingleAsync(p => p.Id == desk);
        Assert.Equal((6, 0, 6, 635.31m, 105.885m), (made.OnHand, made.Reserved, product.OnHand, product.StockValue, product.UnitCost));
        var movements = await db.StockMovements.Where(m => m.SourceType == StockSource.WorkOrder && m.SourceId == id)
            .OrderBy(m => m.Id).Select(m => new { m.ProductId, m.Kind, m.Quantity }).ToListAsync();
        Assert.Equal([(top, MovementKind.Consumption, -7), (leg, MovementKind.Consumption, -28), (screw, MovementKind.Consumption, -124), (desk, MovementKind.Production, 6)],
            movements.Select(m => (m.ProductId, m.Kind, m.Quantity)));
    }

    private Task<StockLevel> Level(int product) => app.LevelAsync(product, location);

    [Fact]
    public async Task TheNightlyClose_BooksAFinishedWorkOrderOnceThroughWorkInProgress_AndTheBooksStillAgreeWithTheStock()
    {
        await StockAsync(tops: 10, legs: 40, screws: 176);
        var id = await DraftAsync(10);
        await Warehouse.RunAsync(s => s.ReleaseAsync(id));
        await Warehouse.RunAsync(s => s.CompleteAsync(id, produced: 6, scrapped: 1));
        app.Clock!.Advance(TimeSpan.FromDays(1));

        var summary = await app.CloseBooksAsync();
        app.Clock.Advance(TimeSpan.FromDays(1));
        await app.CloseBooksAsync();

        await using var db = app.CreateDbContext();
        var entries = await db.JournalEntries.Include(e => e.Lines).Where(e => e.SourceType == PostingSource.WorkOrder).ToListAsync();
        var lines = entries.Single().Lines.Select(l => (l.AccountCode, l.Debit, l.Credit)).ToList();
        Assert.Equal(
            [
                (Accounts.WorkInProgress, 636.20m, 0m), (Accounts.Inventory, 0m, 636.20m),
                (Accounts.WorkInProgress, 105.00m, 0m), (Accounts.LabourApplied, 0m, 105.00m),
                (Accounts.Inventory, 635.31m, 0m), (Accounts.ProductionVariance, 105.89m, 0m), (Accounts.WorkInProgress, 0m, 741.20m),
            ],
            lines);
        Assert.Equal("Work order WO-2026-00001: 6 × DESK made, 1 scrapped", entries.Single().Description);
        Assert.Contains("1 work order(s)", summary);
        Assert.Equal(0m, await db.JournalLines.Where(l => l.AccountCode == Accounts.WorkInProgress).SumAsync(l => l.Debit - l.Credit));
        var check = await BooksCheck.RunAsync(db, CancellationToken.None);
        Assert.True(check.Holds, string.Join("; ", check.Lines.Select(l => $"{l.Rule}: {l.Difference}")));
    }

    [Fact]
    public async Task BeforeTheCloseBooksIt_TheBooksCheckCountsAFinishedWorkOrderAsStillToBook()
    {
        await StockAsync(tops: 2, legs: 8, screws: 36);
        app.Clock!.Advance(TimeSpan.FromDays(1));
        await app.CloseBooksAsync();
        var id = await DraftAsync(2);
        await Warehouse.RunAsync(s => s.ReleaseAsync(id));

        await Warehouse.RunAsync(s => s.CompleteAsync(id, produced: 2, scrapped: 0));

        await using var db = app.CreateDbContext();
        var inventory = (await BooksCheck.RunAsync(db, CancellationToken.None)).Lines.Single(l => l.Rule == BooksCheck.InventoryRule);
        // Made 2 desks worth 2 × (40 + 50 + 0.05 × 18) + 30 = 211.80 from 181.80 of components: the stock is 30.00 more than the ledger yet.
        Assert.Equal((inventory.Ledger, 0m), (inventory.Records, inventory.Difference));
        Assert.Equal(await db.Products.SumAsync(p => p.StockValue) - 30m, inventory.Ledger);
    }

    [Fact]
    public async Task TwoReleasesOfTheLastComponents_AtOnce_ReserveThemForOneWorkOrderOnly()
    {
        await StockAsync(tops: 3, legs: 12, screws: 60);
        var first = await DraftAsync(3);
        var second = await DraftAsync(3);

        var attempts = await Task.WhenAll(new[] { first, second }.Select(async id =>
        {
            try
            {
                await Warehouse.RunAsync(s => s.ReleaseAsync(id));
                return null;
            }
            catch (DomainException refused)
            {
                return refused.Message;
            }
        }));

        var statuses = await Task.WhenAll(new[] { first, second }.Select(id => Warehouse.RunAsync(s => s.GetAsync(id))));
        Assert.Single(attempts, a => a is null);
        Assert.Matches("^Not enough components to release: .*top.*3 needed, 0 available", attempts.Single(a => a is not null));
        Assert.Equal(1, statuses.Count(o => o.Status == WorkOrderStatus.Released));
        Assert.Equal((3, 12, 53), ((await Level(top)).Reserved, (await Level(leg)).Reserved, (await Level(screw)).Reserved));
    }

    [Fact]
    public async Task AShortRelease_ReservesNothing_AndCancellingAReleasedOrder_FreesItsComponents()
    {
        await StockAsync(tops: 5, legs: 20, screws: 20);
        var short_ = await DraftAsync(5);
        var small = await DraftAsync(1);

        var refused = await Assert.ThrowsAsync<DomainException>(() => Warehouse.RunAsync(s => s.ReleaseAsync(short_)));
        var nothingReserved = ((await Level(top)).Reserved, (await Level(leg)).Reserved);
        await Warehouse.RunAsync(s => s.ReleaseAsync(small));
        await Warehouse.RunAsync(s => s.CancelAsync(small));

        Assert.Equal("Not enough components to release: scr (SCR): 88 needed, 20 available.", refused.Message);
        Assert.Equal((0, 0), nothingReserved);
        Assert.Equal((0, 0, 0), ((await Level(top)).Reserved, (await Level(leg)).Reserved, (await Level(screw)).Reserved));
        Assert.Equal(WorkOrderStatus.Cancelled, (await Warehouse.RunAsync(s => s.GetAsync(small))).Status);
    }

    [Fact]
    public async Task OnlyWarehouseMakes_AccountingReads_AndTheFrontOfficeSeesNoWorkOrder()
    {
        var id = await DraftAsync(1);
        var bought = await Assert.ThrowsAsync<InvalidInputException>(() => Warehouse.RunAsync(s => s.CreateAsync(new WorkOrderInput(top, location, 1))));

        Assert.Equal("This product has no bill of materials to make it by.", bought.Errors.For(nameof(WorkOrderInput.ProductId)));
        Assert.Equal("WO-2026-00001", (await app.As<WorkOrderService>(Accountant).RunAsync(s => s.SearchAsync(new PageRequest()))).Items.Single().Number);
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.As<WorkOrderService>(Accountant).RunAsync(s => s.ReleaseAsync(id)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.As<WorkOrderService>(Accountant).RunAsync(s => s.CreateAsync(new WorkOrderInput(desk, location, 1))));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.As<WorkOrderService>(Seller).RunAsync(s => s.GetAsync(id)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.As<WorkOrderService>(Seller).RunAsync(s => s.SearchAsync(new PageRequest())));
    }
}
