using FrontBackOffice.Domain.Customers;

namespace FrontBackOffice.Tests.Domain.Customers;

public class CustomerTests
{
    private static CustomerDetails Valid => new("Acme B.V.", "nl 8001.23.456-B01", "buyer@acme.example", null, null, null, null);

    [Fact]
    public void Create_NormalizesTheTaxNumber_AndTrims()
    {
        var customer = new Customer(Valid with { Name = "  Acme B.V. " }, DateTime.UtcNow);

        Assert.Equal("NL800123456B01", customer.TaxNumber);
        Assert.Equal("Acme B.V.", customer.Name);
    }

    [Fact]
    public void Validate_NamesEveryBadField()
    {
        var errors = (Valid with { Name = " ", TaxNumber = "", Email = "not-an-email" }).Validate();

        Assert.Equal(["Email", "Name", "TaxNumber"], errors.ByField.Keys.Order());
    }

    [Theory]
    [InlineData("a@b")]
    [InlineData("a b@example.com")]
    [InlineData("Name <a@example.com>")]
    public void Validate_RefusesEmailsThatAreNotPlainAddresses(string email) =>
        Assert.Contains("Email", (Valid with { Email = email }).Validate().ByField.Keys);

    [Fact]
    public void Update_ChangesTheDetails()
    {
        var customer = new Customer(Valid, DateTime.UtcNow);

        customer.Update(Valid with { Phone = "+31 20 123 4567" });

        Assert.Equal("+31 20 123 4567", customer.Phone);
    }
}
