using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Audit;
using FrontBackOffice.Domain.Customers;
using FrontBackOffice.Domain.Payroll;
using FrontBackOffice.Domain.Stock;

namespace FrontBackOffice.Tests.Domain;

public class TextTests
{
    [Theory]
    [InlineData("Acme\0 Ltd")]
    [InlineData("Acme \u202Edtl")]
    [InlineData("Acme\u2066 Ltd")]
    [InlineData("Acme\nLtd")]
    public void Name_WithControlOrDirectionCharacters_IsRefusedNextToTheField(string name)
    {
        var errors = new CustomerDetails(name, "NL123456789B01", null, null, null, null, null).Validate();

        Assert.Contains("Remove the", errors.For(nameof(CustomerDetails.Name)));
    }

    [Fact]
    public void Address_MayHaveLineBreaks_ButNoOtherControlCharacters()
    {
        Assert.True(new CustomerDetails("Acme", "NL123456789B01", null, null, "Keizersgracht 1\r\n1015 CJ Amsterdam", null, null).Validate().IsEmpty);
        Assert.NotNull(new CustomerDetails("Acme", "NL123456789B01", null, null, "Keizersgracht 1\u0007", null, null).Validate().For("BillingAddress"));
    }

    [Fact]
    public void EveryNamedField_HasItsMaximum()
    {
        Assert.Contains("at most 200", new EmployeeDetails(new string('a', 201), "TX1", "Office", new DateOnly(2025, 1, 1), null, PayType.Salaried, 1000m, null).Validate().For("Name"));
        Assert.Contains("at most 100", new EmployeeDetails("Ann", "TX1", new string('d', 101), new DateOnly(2025, 1, 1), null, PayType.Salaried, 1000m, null).Validate().For("Department"));
        Assert.Contains("at most 200", new ProductDetails("P-1", new string('p', 201), 1m, 1m, 0).Validate().For("Name"));
        Assert.Contains("at most 4000", new CustomerDetails("Acme", "NL123456789B01", null, null, null, null, new string('n', 4001)).Validate().For("Notes"));
    }

    [Fact]
    public void AuditLine_KeepsABoundedCleanedCopy_OfWhatAStrangerTyped()
    {
        var flood = new string('a', 3_000_000) + "\0";

        var entry = new AuditEntry(AuditKind.SignInFailed, flood, null, UserMessage.Of("Sign-in failed."), flood + "\u202E", "10.0.0.1", DateTime.UtcNow);

        Assert.Equal(AuditEntry.ActorNameMaxLength, entry.ActorName.Length);
        Assert.Equal(AuditEntry.SubjectMaxLength, entry.Subject!.Length);
        Assert.EndsWith("…", entry.Subject);
        Assert.Equal("a b", Text.Bounded("a\0b", 10));
    }
}
