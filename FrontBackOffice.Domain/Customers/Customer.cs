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
    public const int NameMaxLength = Contacts.NameMaxLength;
    public const int TaxNumberMaxLength = Contacts.TaxNumberMaxLength;
    public const int TaxNumberInputMaxLength = Contacts.TaxNumberInputMaxLength;
    public const int EmailMaxLength = Contacts.EmailMaxLength;
    public const int PhoneMaxLength = Contacts.PhoneMaxLength;
    public const int AddressMaxLength = Contacts.AddressMaxLength;
    public const int NotesMaxLength = 4000;

    public ValidationErrors Validate() => new ValidationErrors()
        .CheckParty("customer", Name, TaxNumber, Email, Phone)
        .CheckText(nameof(BillingAddress), BillingAddress, AddressMaxLength, lines: true)
        .CheckText(nameof(DeliveryAddress), DeliveryAddress, AddressMaxLength, lines: true)
        .CheckText(nameof(Notes), Notes, NotesMaxLength, lines: true);
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
        TaxNumber = Contacts.NormalizeTaxNumber(details.TaxNumber);
        Email = Blank(details.Email);
        Phone = Blank(details.Phone);
        BillingAddress = Blank(details.BillingAddress);
        DeliveryAddress = Blank(details.DeliveryAddress);
        Notes = Blank(details.Notes);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
