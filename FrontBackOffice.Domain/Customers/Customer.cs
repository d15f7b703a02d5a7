using System.Net.Mail;

namespace FrontBackOffice.Domain.Customers;

/// <summary>What a member of staff types about a customer.</summary>
public sealed record CustomerDetails(
    string Name,
    string TaxNumber,
    string? Email,
    string? Phone,
    string? BillingAddress,
    string? DeliveryAddress,
    string? Notes)
{
    public const int NameMaxLength = 200;
    public const int TaxNumberMaxLength = 32;

    /// <summary>What may be typed for a tax number: spaces, dots and dashes are ignored, so it may be longer than it is kept.</summary>
    public const int TaxNumberInputMaxLength = 64;

    public const int EmailMaxLength = 256;
    public const int PhoneMaxLength = 64;
    public const int AddressMaxLength = 500;
    public const int NotesMaxLength = 4000;

    public ValidationErrors Validate()
    {
        var errors = new ValidationErrors()
            .Require(!string.IsNullOrWhiteSpace(Name), nameof(Name), "Enter the customer's name.")
            .CheckText(nameof(Name), Name, NameMaxLength)
            .Require(!string.IsNullOrWhiteSpace(TaxNumber), nameof(TaxNumber), "Enter the customer's tax number.")
            .CheckText(nameof(TaxNumber), TaxNumber, TaxNumberInputMaxLength)
            .CheckText(nameof(Email), Email, EmailMaxLength)
            .CheckText(nameof(Phone), Phone, PhoneMaxLength)
            .CheckText(nameof(BillingAddress), BillingAddress, AddressMaxLength, lines: true)
            .CheckText(nameof(DeliveryAddress), DeliveryAddress, AddressMaxLength, lines: true)
            .CheckText(nameof(Notes), Notes, NotesMaxLength, lines: true);
        if (!string.IsNullOrWhiteSpace(TaxNumber)
            && !(NormalizeTaxNumber(TaxNumber) is { Length: >= 4 and <= TaxNumberMaxLength } tax && tax.All(char.IsAsciiLetterOrDigit)))
        {
            errors.Add(nameof(TaxNumber), "A tax number has 4 to 32 letters and digits (spaces, dots and dashes are ignored).");
        }
        if (!string.IsNullOrWhiteSpace(Email) && !IsEmail(Email.Trim()))
        {
            errors.Add(nameof(Email), "Enter a valid e-mail address, like name@example.com.");
        }
        return errors;
    }

    /// <summary>Tax numbers are compared without spaces, dots and dashes, in capitals.</summary>
    public static string NormalizeTaxNumber(string taxNumber) =>
        new(taxNumber.Where(c => !char.IsWhiteSpace(c) && c is not '.' and not '-').Select(char.ToUpperInvariant).ToArray());

    private static bool IsEmail(string value) =>
        MailAddress.TryCreate(value, out var address) && address.Address == value && address.Host.Contains('.', StringComparison.Ordinal);
}

public sealed class Customer
{
    private Customer()
    {
    }

    public Customer(CustomerDetails details, DateTime createdAt)
    {
        Apply(details);
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string TaxNumber { get; private set; } = "";
    public string? Email { get; private set; }
    public string? Phone { get; private set; }
    public string? BillingAddress { get; private set; }
    public string? DeliveryAddress { get; private set; }
    public string? Notes { get; private set; }
    public DateTime CreatedAt { get; private set; }

    public void Update(CustomerDetails details)
    {
        Apply(details);
    }

    private void Apply(CustomerDetails details)
    {
        details.Validate().ThrowIfAny();
        Name = details.Name.Trim();
        TaxNumber = CustomerDetails.NormalizeTaxNumber(details.TaxNumber);
        Email = Blank(details.Email);
        Phone = Blank(details.Phone);
        BillingAddress = Blank(details.BillingAddress);
        DeliveryAddress = Blank(details.DeliveryAddress);
        Notes = Blank(details.Notes);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
