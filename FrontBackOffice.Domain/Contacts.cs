using System.Net.Mail;

namespace FrontBackOffice.Domain;

/// <summary>The rules of the details a company keeps of those it trades with: its customers and its suppliers.</summary>
public static class Contacts
{
    public const int NameMaxLength = 200;
    public const int TaxNumberMaxLength = 32;

    /// <summary>What may be typed for a tax number: spaces, dots and dashes are ignored, so it may be longer than it is kept.</summary>
    public const int TaxNumberInputMaxLength = 64;

    public const int EmailMaxLength = 256;
    public const int PhoneMaxLength = 64;
    public const int AddressMaxLength = 500;

    /// <summary>Tax numbers are compared without spaces, dots and dashes, in capitals.</summary>
    public static string NormalizeTaxNumber(string taxNumber) =>
        new(taxNumber.Where(c => !char.IsWhiteSpace(c) && c is not '.' and not '-').Select(char.ToUpperInvariant).ToArray());

    /// <summary>Checks a trading party's name, tax number, e-mail and phone; <paramref name="who"/> names it in the messages.</summary>
    public static ValidationErrors CheckParty(this ValidationErrors errors, string who, string name, string taxNumber, string? email, string? phone)
    {
        errors
            .Require(!string.IsNullOrWhiteSpace(name), "Name", $"Enter the {who}'s name.")
            .CheckText("Name", name, NameMaxLength)
            .Require(!string.IsNullOrWhiteSpace(taxNumber), "TaxNumber", $"Enter the {who}'s tax number.")
            .CheckText("TaxNumber", taxNumber, TaxNumberInputMaxLength)
            .CheckText("Email", email, EmailMaxLength)
            .CheckText("Phone", phone, PhoneMaxLength);
        if (!string.IsNullOrWhiteSpace(taxNumber) && !IsTaxNumber(taxNumber))
        {
            errors.Add("TaxNumber", TaxNumberShape);
        }
        if (!string.IsNullOrWhiteSpace(email) && !IsEmail(email.Trim()))
        {
            errors.Add("Email", "Enter a valid e-mail address, like name@example.com.");
        }
        return errors;
    }

    /// <summary>The refusal of a tax number another party holds, naming the holder (whose name may end in a full stop, as "B.V." does).</summary>
    public static string TaxNumberTakenBy(string holder) => $"This tax number already belongs to {holder.TrimEnd('.')}.";

    public const string TaxNumberShape = "A tax number has 4 to 32 letters and digits (spaces, dots and dashes are ignored).";

    public static bool IsTaxNumber(string taxNumber) =>
        NormalizeTaxNumber(taxNumber) is { Length: >= 4 and <= TaxNumberMaxLength } tax && tax.All(char.IsAsciiLetterOrDigit);

    public static bool IsEmail(string value) =>
        MailAddress.TryCreate(value, out var address) && address.Address == value && address.Host.Contains('.', StringComparison.Ordinal);
}
