using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Marketing;
using FrontBackOffice.Domain.Orders;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Company;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Features.Marketing;
using FrontBackOffice.Web.Features.Orders;
using FrontBackOffice.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontBackOffice.Tests.Features.Marketing;

[Collection(AppCollection.Name)]
public class PromotionServiceTests(DemoApp app)
{
    private ServiceCaller<PromotionService> Promotions => app.As<PromotionService>("marketing@demo.local");

    private ServiceCaller<OrderService> Orders => app.As<OrderService>("sales@demo.local");

    private DateOnly Today => app.Services.GetRequiredService<BusinessCalendar>().Today;

    private async Task<string> PromotionAsync(DiscountKind kind, decimal value, int startsIn = -3, int endsIn = 10, decimal minimum = 0m, params int[] products)
    {
        var code = "P-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        await Promotions.RunAsync(s => s.CreateAsync(new PromotionInput($"Test {code}", code, kind, value, Today.AddDays(startsIn), Today.AddDays(endsIn), minimum, products)));
        return code;
    }

    private async Task<OrderInput> OrderAsync(string? promotion, params (int Quantity, decimal Price, decimal Vat)[] lines)
    {
        var customer = await app.CustomerAsync();
        var location = 0;
        var inputs = new List<OrderLineInput>();
        foreach (var (quantity, price, vat) in lines)
        {
            (var product, location) = await app.ProductInStockAsync(20, price: price);
            inputs.Add(new OrderLineInput(product, quantity, price, vat));
        }
        return new OrderInput(customer, location, inputs, PromotionCode: promotion);
    }

    [Fact]
    public async Task AnOrderEnteredWithAPromotionsCode_CarriesItsDiscountPerLine_AndVatOnWhatIsLeft()
    {
        var code = await PromotionAsync(DiscountKind.Percentage, 15m);
        var input = await OrderAsync(code.ToLowerInvariant(), (3, 19.99m, 0.21m), (1, 5.00m, 0.09m));

        var id = await Orders.RunAsync(s => s.CreateDraftAsync(input));
        var order = await Orders.RunAsync(s => s.GetAsync(id));

        Assert.Equal(code, order.Promotion?.Code);
        Assert.Equal([9.00m, 0.75m], order.Lines.Select(l => l.Discount));
        Assert.Equal([10.70m, 0.38m], order.Lines.Select(l => l.Vat));
        Assert.Equal((9.75m, 55.22m, 11.08m, 66.30m), (order.DiscountTotal, order.NetTotal, order.VatTotal, order.GrossTotal));
    }

    [Fact]
    public async Task APromotionOutsideItsDates_OrUnknown_OrBelowItsMinimum_IsRefusedNextToTheCode_AndNothingIsSaved()
    {
        var ended = await PromotionAsync(DiscountKind.Percentage, 10m, startsIn: -20, endsIn: -1);
        var planned = await PromotionAsync(DiscountKind.Percentage, 10m, startsIn: 1, endsIn: 20);
        var large = await PromotionAsync(DiscountKind.FixedAmount, 10m, minimum: 500m);
        await using var before = app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext();
        var orders = await before.SalesOrders.CountAsync();

        foreach (var (code, message) in new[]
        {
            (ended, "not today"), (planned, "not today"), ("NO-SUCH-PROMO", "There is no promotion NO-SUCH-PROMO."), (large, "needs an order of at least 500.00"),
        })
        {
            var input = await OrderAsync(code, (1, 100m, 0.21m));
            var refused = await Assert.ThrowsAsync<InvalidInputException>(() => Orders.RunAsync(s => s.CreateDraftAsync(input)));
            Assert.Contains(message, refused.Errors.For(nameof(OrderInput.PromotionCode)));
        }

        await using var after = app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext();
        Assert.Equal(orders, await after.SalesOrders.CountAsync());
        var preview = await Assert.ThrowsAsync<InvalidInputException>(() => Orders.RunAsync(s => s.PromotionAsync(ended)));
        Assert.Contains("not today", preview.Errors.For(nameof(OrderInput.PromotionCode)));
    }

    [Fact]
    public async Task EditingADraft_WorksTheDiscountOutAgain_AndDroppingTheCodeTakesItAway()
    {
        var code = await PromotionAsync(DiscountKind.FixedAmount, 10m);
        var input = await OrderAsync(code, (3, 19.99m, 0.21m), (1, 5.00m, 0.09m));
        var id = await Orders.RunAsync(s => s.CreateDraftAsync(input));

        var saved = await Orders.RunAsync(s => s.GetAsync(id));
        await Orders.RunAsync(s => s.UpdateDraftAsync(id, saved.Version, input));
        var again = await Orders.RunAsync(s => s.GetAsync(id));
        await Orders.RunAsync(s => s.UpdateDraftAsync(id, again.Version, input with { PromotionCode = null }));
        var without = await Orders.RunAsync(s => s.GetAsync(id));

        Assert.Equal([9.23m, 0.77m], again.Lines.Select(l => l.Discount));
        Assert.Equal((10.00m, 66.01m), (again.DiscountTotal, again.GrossTotal));
        Assert.Null(without.Promotion);
        Assert.Equal((0m, 64.97m), (without.DiscountTotal, without.NetTotal));
    }

    [Fact]
    public async Task ADraftKeepsItsPromotion_WhenEditedAfterItEnded()
    {
        var code = await PromotionAsync(DiscountKind.Percentage, 15m);
        var input = await OrderAsync(code, (3, 19.99m, 0.21m));
        var id = await Orders.RunAsync(s => s.CreateDraftAsync(input));
        await using (var db = app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext())
        {
            await db.Promotions.Where(p => p.Code == code).ExecuteUpdateAsync(p => p
                .SetProperty(x => x.StartsOn, Today.AddDays(-20)).SetProperty(x => x.EndsOn, Today.AddDays(-1)));
        }

        var saved = await Orders.RunAsync(s => s.GetAsync(id));
        await Orders.RunAsync(s => s.UpdateDraftAsync(id, saved.Version, input with { Lines = [.. input.Lines, input.Lines[0] with { Quantity = 1 }] }));
        var edited = await Orders.RunAsync(s => s.GetAsync(id));

        // 59.97 × 15 % = 9.00 and 19.99 × 15 % = 2.9985 → 3.00.
        Assert.Equal(code, edited.Promotion?.Code);
        Assert.Equal([9.00m, 3.00m], edited.Lines.Select(l => l.Discount));
    }

    [Fact]
    public async Task TheList_CountsTheOrdersUsingAPromotion_AndWhatItGave()
    {
        var code = await PromotionAsync(DiscountKind.Percentage, 15m);
        await Orders.RunAsync(async s => await s.CreateDraftAsync(await OrderAsync(code, (3, 19.99m, 0.21m), (1, 5.00m, 0.09m))));
        await Orders.RunAsync(async s => await s.CreateDraftAsync(await OrderAsync(code, (1, 20.00m, 0.21m))));

        var row = (await Promotions.RunAsync(s => s.SearchAsync(new PageRequest { Search = code }))).Items.Single();

        Assert.Equal((2, 9.75m + 3.00m), (row.Orders, row.Discounts));
    }

    [Fact]
    public async Task ACodeIsOneAPromotions_ProductsMustExist_AndOnlyMarketingKeepsPromotions()
    {
        var code = await PromotionAsync(DiscountKind.Percentage, 5m);

        var taken = await Assert.ThrowsAsync<InvalidInputException>(() => Promotions.RunAsync(s => s.CreateAsync(
            new PromotionInput("Again", code.ToLowerInvariant(), DiscountKind.Percentage, 5m, Today, Today, 0m, []))));
        var unknown = await Assert.ThrowsAsync<InvalidInputException>(() => Promotions.RunAsync(s => s.CreateAsync(
            new PromotionInput("Ghost", "GHOST-" + code[2..], DiscountKind.Percentage, 5m, Today, Today, 0m, [int.MaxValue]))));

        Assert.StartsWith("This code already belongs to Test ", taken.Errors.For(nameof(PromotionInput.Code)));
        Assert.NotNull(unknown.Errors.For(nameof(PromotionInput.ProductIds)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.As<PromotionService>("sales@demo.local").RunAsync(s => s.SearchAsync(new())));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.As<PromotionService>("support@demo.local").RunAsync(s => s.GetAsync(1)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.As<OrderService>("marketing@demo.local").RunAsync(s => s.PromotionAsync(code)));
    }

    [Fact]
    public async Task TheDemoCompany_HasAPromotionRunningToday_UsedByItsRecentDrafts()
    {
        await using var db = app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext();
        var winter = await db.Promotions.SingleAsync(p => p.Code == "WINTER10");

        Assert.Equal(CampaignState.Running, Campaign.StateOn(winter.StartsOn, winter.EndsOn, Today));
        Assert.True(await db.SalesOrders.AnyAsync(o => o.PromotionId == winter.Id && o.DiscountTotal > 0));
    }
}
