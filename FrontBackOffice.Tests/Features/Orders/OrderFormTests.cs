using Bunit;
using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Orders;
using FrontBackOffice.Domain.Staff;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Company;
using FrontBackOffice.Web.Features.Customers;
using FrontBackOffice.Web.Features.Orders;
using FrontBackOffice.Web.Shared.Locations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace FrontBackOffice.Tests.Features.Orders;

public class OrderFormTests
{
    private static readonly ProductChoice Widget = new(7, "W-1", "Widget", 12.50m, 4);

    private static BunitContext Context()
    {
        var ctx = ComponentTestContext.For(StaffRoles.Sales);
        ctx.Services.AddSingleton(TimeProvider.System);
        ctx.Services.AddSingleton(Options.Create(new CompanyOptions()));
        ctx.Services.AddSingleton<BusinessCalendar>();
        ctx.Services.AddSingleton<Formats>();
        ctx.Render<MudPopoverProvider>();
        return ctx;
    }

    private static IRenderedComponent<OrderForm> Render(BunitContext ctx, OrderFormModel model, Action<OrderInput> onSave, ValidationErrors? errors = null) =>
        ctx.Render<OrderForm>(p => p
            .Add(f => f.Model, model)
            .Add(f => f.Locations, [new LocationChoice(1, "MAIN", "Main warehouse")])
            .Add(f => f.SearchCustomers, (_, _) => Task.FromResult<IEnumerable<CustomerChoice>>([]))
            .Add(f => f.SearchProducts, (_, _, _) => Task.FromResult<IEnumerable<ProductChoice>>([Widget]))
            .Add(f => f.DefaultVatRate, 0.21m)
            .Add(f => f.Errors, errors)
            .Add(f => f.OnSave, onSave));

    /// <summary>The helper text MudBlazor shows under the input marked with the test id, in the given line.</summary>
    private static string MessageUnder(IRenderedComponent<OrderForm> form, string testId, int line = 0)
    {
        var scope = testId is "customer" or "location" ? form.Find("[data-testid=order-form]") : form.Find($"[data-line='{line}']");
        var input = scope.QuerySelector($"[data-testid={testId}]") ?? throw new InvalidOperationException($"No {testId} input.");
        var field = input.Closest(".mud-input-control") ?? throw new InvalidOperationException($"{testId} is not in a MudBlazor field.");
        return field.QuerySelector(".mud-input-helper-text")?.TextContent.Trim() ?? "";
    }

    [Fact]
    public async Task Save_ShowsEachMessageNextToItsField_AndSendsNothing_WhenTheInputIsBad()
    {
        await using var ctx = Context();
        var model = new OrderFormModel();
        model.Lines.Add(new OrderLineForm { Quantity = 0, UnitPrice = -5m, VatPercent = 21m });
        var sent = 0;
        var form = Render(ctx, model, _ => sent++);

        form.Find("[data-testid=save-order]").Click();

        Assert.Equal(0, sent);
        Assert.Equal("Choose the customer.", MessageUnder(form, "customer"));
        Assert.Equal("Choose a product.", MessageUnder(form, "product"));
        Assert.Equal("The quantity must be more than zero.", MessageUnder(form, "quantity"));
        Assert.Equal("The unit price cannot be negative.", MessageUnder(form, "unit-price"));
        Assert.Equal("", MessageUnder(form, "vat"));
    }

    [Fact]
    public async Task ForAPortugueseSpeaker_TheFormAndTheDomainsMessagesAreInPortuguese_WithBrazilianAmounts()
    {
        using var _ = new CultureScope("pt-BR");
        await using var ctx = Context();
        var model = new OrderFormModel();
        model.Lines.Add(new OrderLineForm { Product = Widget, Quantity = 0, UnitPrice = 1234.5m, VatPercent = 21m });
        var form = Render(ctx, model, _ => { });

        form.Find("[data-testid=save-order]").Click();

        Assert.Equal("Escolha o cliente.", MessageUnder(form, "customer"));
        Assert.Equal("A quantidade precisa ser maior que zero.", MessageUnder(form, "quantity"));
        Assert.Contains("Itens", form.Markup);
        Assert.Contains("Salvar rascunho", form.Find("[data-testid=save-order]").TextContent);
        model.Lines[0].Quantity = 2;
        form.Render();
        Assert.Contains("Total 2.987,49 EUR", form.Find("[data-testid=totals]").TextContent);
    }

    [Fact]
    public async Task Save_NamesTheLine_WhoseFieldIsBad()
    {
        await using var ctx = Context();
        var model = new OrderFormModel { Customer = new CustomerChoice(1, "Acme", "NL1") };
        model.Lines.Add(new OrderLineForm { Product = Widget, Quantity = 2, UnitPrice = 12.5m, VatPercent = 21m });
        model.Lines.Add(new OrderLineForm { Product = Widget, Quantity = 1, UnitPrice = 12.5m, VatPercent = 150m });
        var form = Render(ctx, model, _ => { });

        form.Find("[data-testid=save-order]").Click();

        Assert.Equal("", MessageUnder(form, "vat", line: 0));
        Assert.Equal("The VAT rate must be between 0 % and 100 %.", MessageUnder(form, "vat", line: 1));
    }

    [Fact]
    public async Task Save_ShowsTheServersRefusal_NextToTheField()
    {
        await using var ctx = Context();
        var model = new OrderFormModel { Customer = new CustomerChoice(1, "Acme", "NL1") };
        model.Lines.Add(new OrderLineForm { Product = Widget, Quantity = 2, UnitPrice = 12.5m, VatPercent = 21m });

        var form = Render(ctx, model, _ => { }, new ValidationErrors().Add("Lines[0].ProductId", "This product does not exist."));

        Assert.Equal("This product does not exist.", MessageUnder(form, "product"));
    }

    [Fact]
    public async Task FieldMessage_Goes_AsSoonAsTheFieldIsChanged_AndTheOthersStay()
    {
        await using var ctx = Context();
        var model = new OrderFormModel { Customer = new CustomerChoice(1, "Acme", "NL1") };
        model.Lines.Add(new OrderLineForm { Quantity = 0, UnitPrice = 12.5m, VatPercent = 21m });
        var form = Render(ctx, model, _ => { });
        form.Find("[data-testid=save-order]").Click();
        // MudBlazor's autocomplete renders its message once it has taken its new parameters: wait for it.
        form.WaitForAssertion(() => Assert.Equal("Choose a product.", MessageUnder(form, "product")));

        var product = form.FindComponents<MudAutocomplete<ProductChoice>>().Single();
        await form.InvokeAsync(() => product.Instance.ValueChanged.InvokeAsync(Widget));

        form.WaitForAssertion(() => Assert.Equal("", MessageUnder(form, "product")));
        Assert.Equal("The quantity must be more than zero.", MessageUnder(form, "quantity"));
        Assert.Equal(Widget.UnitPrice, model.Lines[0].UnitPrice);
    }

    [Fact]
    public async Task Save_SendsTheOrder_WithTheVatRateAsAFraction_WhenTheInputIsGood()
    {
        await using var ctx = Context();
        var model = new OrderFormModel { Customer = new CustomerChoice(3, "Acme", "NL1") };
        model.Lines.Add(new OrderLineForm { Product = Widget, Quantity = 2, UnitPrice = 12.5m, VatPercent = 21m });
        OrderInput? sent = null;
        var form = Render(ctx, model, input => sent = input);

        form.Find("[data-testid=save-order]").Click();

        Assert.Equal(new OrderLineInput(7, 2, 12.5m, 0.21m), Assert.Single(sent!.Lines));
        Assert.Equal((3, 1), (sent.CustomerId, sent.LocationId));
        Assert.Contains("Total 30.25 EUR", form.Find("[data-testid=totals]").TextContent);
        Assert.Empty(form.FindAll(".mud-input-error"));
    }
}
