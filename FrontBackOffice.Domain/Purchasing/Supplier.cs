namespace FrontBackOffice.Domain.Purchasing;

/// <summary>What a member of staff types about a supplier.</summary>
public sealed record SupplierDetails(string Name, string TaxNumber, string? Email, string? Phone, string? Address, int PaymentTermsDays)
{
    /// <summary>The longest payment terms taken: a year.</summary>
    public const int MaxPaymentTermsDays = 365;

    public ValidationErrors Validate() => new ValidationErrors()
        .CheckParty("supplier", Name, TaxNumber, Email, Phone)
        .CheckText(nameof(Address), Address, Contacts.AddressMaxLength, lines: true)
        .Require(PaymentTermsDays is >= 0 and <= MaxPaymentTermsDays, nameof(PaymentTermsDays), $"Payment terms are 0 to {MaxPaymentTermsDays} days.");
}

/// <summary>A company the back office buys from. Its bills fall due the payment terms after their date.</summary>
public sealed class Supplier
{
    private Supplier()
    {
    }

    public Supplier(SupplierDetails details, string currency, DateTime createdAt)
    {
        Apply(details);
        Currency = currency;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string TaxNumber { get; private set; } = "";
    public string? Email { get; private set; }
    public string? Phone { get; private set; }
    public string? Address { get; private set; }
    public int PaymentTermsDays { get; private set; }

    /// <summary>The currency the supplier bills in: the company's currency when the supplier was added.</summary>
    public string Currency { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public void Update(SupplierDetails details) => Apply(details);

    /// <summary>When a bill of this supplier dated <paramref name="billDate"/> is due.</summary>
    public DateOnly DueDate(DateOnly billDate) => billDate.AddDays(PaymentTermsDays);

    private void Apply(SupplierDetails details)
    {
        details.Validate().ThrowIfAny();
        Name = details.Name.Trim();
        TaxNumber = Contacts.NormalizeTaxNumber(details.TaxNumber);
        Email = Optional(details.Email);
        Phone = Optional(details.Phone);
        Address = Optional(details.Address);
        PaymentTermsDays = details.PaymentTermsDays;
    }

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
