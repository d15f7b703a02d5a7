using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Purchasing;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Features.Purchasing;
using FrontBackOffice.Web.Security;

namespace FrontBackOffice.Tests.Features.Purchasing;

[Collection(AppCollection.Name)]
public class SupplierServiceTests(DemoApp app)
{
    private ServiceCaller<SupplierService> Warehouse => app.As<SupplierService>("warehouse@demo.local");

    private static SupplierDetails Details(string taxNumber, string name = "Test Supplier B.V.") =>
        new(name, taxNumber, "orders@test-supplier.example", "+31 20 555 0000", "Testweg 1\n1000 AA Amsterdam", 21);

    private static string NewTaxNumber() => "NL" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

    [Fact]
    public async Task Warehouse_AddsASupplier_ThatBillsInTheCompanyCurrency_AndFindsIt()
    {
        var taxNumber = NewTaxNumber();

        var id = await Warehouse.RunAsync(s => s.CreateAsync(Details(taxNumber, $"Findable {taxNumber} B.V.")));

        var supplier = await Warehouse.RunAsync(s => s.GetAsync(id));
        var found = await app.As<SupplierService>("accounting@demo.local").RunAsync(s => s.SearchAsync(new PageRequest(Search: $"findable {taxNumber.ToLowerInvariant()}")));
        Assert.Equal((taxNumber, "EUR", 21), (supplier.TaxNumber, supplier.Currency, supplier.PaymentTermsDays));
        Assert.Equal(id, found.Items.Single().Id);
    }

    [Fact]
    public async Task ASecondSupplierWithTheSameTaxNumber_IsRefusedNextToTheField_HoweverItIsWritten()
    {
        var taxNumber = NewTaxNumber();
        await Warehouse.RunAsync(s => s.CreateAsync(Details(taxNumber, "First Holder B.V.")));

        var refused = await Assert.ThrowsAsync<InvalidInputException>(() =>
            Warehouse.RunAsync(s => s.CreateAsync(Details($"{taxNumber[..4]}.{taxNumber[4..].ToLowerInvariant()}", "Copy B.V."))));

        Assert.Equal("This tax number already belongs to First Holder B.V.", refused.Errors.For(nameof(SupplierDetails.TaxNumber)));
    }

    [Fact]
    public async Task EditOfAnOldVersion_IsRefused_AsAConcurrencyConflict()
    {
        var id = await Warehouse.RunAsync(s => s.CreateAsync(Details(NewTaxNumber())));
        var opened = await Warehouse.RunAsync(s => s.GetAsync(id));
        await Warehouse.RunAsync(s => s.UpdateAsync(id, opened.Version, opened.ToDetails() with { PaymentTermsDays = 60 }));

        var refused = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            Warehouse.RunAsync(s => s.UpdateAsync(id, opened.Version, opened.ToDetails() with { Phone = "+31 1" })));

        Assert.Contains("Someone else changed this supplier", refused.Message);
        Assert.Equal(60, (await Warehouse.RunAsync(s => s.GetAsync(id))).PaymentTermsDays);
    }

    [Fact]
    public async Task Accounting_ReadsSuppliersButCannotChangeThem_AndTheFrontOfficeCannotReadThem()
    {
        var id = (await Warehouse.RunAsync(s => s.SearchAsync(new PageRequest()))).Items.First().Id;

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            app.As<SupplierService>("accounting@demo.local").RunAsync(s => s.CreateAsync(Details(NewTaxNumber()))));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.As<SupplierService>("sales@demo.local").RunAsync(s => s.GetAsync(id)));
        Assert.Equal(id, (await app.As<SupplierService>("accounting@demo.local").RunAsync(s => s.GetAsync(id))).Id);
    }

    [Fact]
    public async Task TheDemoCompany_BuysFromSixSuppliers()
    {
        var page = await Warehouse.RunAsync(s => s.SearchAsync(new PageRequest(Search: "b.v.")));

        Assert.Contains(page.Items, s => s.Name == "Nordic Seating B.V." && s.PaymentTermsDays == 30);
        Assert.True((await Warehouse.RunAsync(s => s.SearchAsync(new PageRequest()))).Total >= 6);
    }
}
