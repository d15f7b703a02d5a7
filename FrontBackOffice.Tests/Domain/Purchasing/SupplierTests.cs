using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Purchasing;

namespace FrontBackOffice.Tests.Domain.Purchasing;

public class SupplierTests
{
    private static readonly SupplierDetails Valid = new("Nordic Seating B.V.", "nl 8123.4567-8b01", "orders@nordic.example", null, "Industrieweg 12", 30);

    [Fact]
    public void NewSupplier_KeepsItsTaxNumberNormalized_AndBillsInTheGivenCurrency()
    {
        var supplier = new Supplier(Valid, "EUR", new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc));

        Assert.Equal(("NL812345678B01", "EUR", 30), (supplier.TaxNumber, supplier.Currency, supplier.PaymentTermsDays));
    }

    [Fact]
    public void BillsFallDue_ThePaymentTermsAfterTheirDate()
    {
        var supplier = new Supplier(Valid with { PaymentTermsDays = 45 }, "EUR", DateTime.UtcNow);

        Assert.Equal(new DateOnly(2026, 4, 16), supplier.DueDate(new DateOnly(2026, 3, 2)));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(366)]
    public void PaymentTermsOutsideAYear_AreRefused_NextToTheField(int days)
    {
        var refused = Assert.Throws<InvalidInputException>(() => new Supplier(Valid with { PaymentTermsDays = days }, "EUR", DateTime.UtcNow));

        Assert.Equal("Payment terms are 0 to 365 days.", refused.Errors.For(nameof(SupplierDetails.PaymentTermsDays)));
    }

    [Fact]
    public void MissingNameAndBadTaxNumberAndEmail_AreEachRefusedNextToTheirField_NamingTheSupplier()
    {
        var errors = new SupplierDetails(" ", "X1", "not-an-email", null, null, 30).Validate();

        Assert.Equal("Enter the supplier's name.", errors.For(nameof(SupplierDetails.Name)));
        Assert.Equal("A tax number has 4 to 32 letters and digits (spaces, dots and dashes are ignored).", errors.For(nameof(SupplierDetails.TaxNumber)));
        Assert.Equal("Enter a valid e-mail address, like name@example.com.", errors.For(nameof(SupplierDetails.Email)));
    }
}
