namespace FrontBackOffice.Domain.Staff;

public enum Office
{
    Front,
    Back,
}

/// <summary>The seven roles of the company's staff and the office each belongs to.</summary>
public static class StaffRoles
{
    public const string Sales = nameof(Sales);
    public const string Support = nameof(Support);
    public const string Marketing = nameof(Marketing);
    public const string HR = nameof(HR);
    public const string Accounting = nameof(Accounting);
    public const string Warehouse = nameof(Warehouse);
    public const string Admin = nameof(Admin);

    public static IReadOnlyList<string> All { get; } = [Sales, Support, Marketing, HR, Accounting, Warehouse, Admin];

    /// <summary>Roles named one after the other, <paramref name="separator"/> between each two ("Sales or Support"), each a word the app translates.</summary>
    public static UserMessage Named(IEnumerable<string> roles, string separator) =>
        roles.Any() ? UserMessage.Join(separator, roles.Select(UserMessage.Of)) : UserMessage.Of("no role");

    public static Office OfficeOf(string role) => role switch
    {
        Sales or Support or Marketing => Office.Front,
        HR or Accounting or Warehouse or Admin => Office.Back,
        _ => throw new DomainException($"'{role}' is not a role of this company."),
    };

    /// <summary>
    /// The one office a set of roles belongs to, or null for no roles.
    /// A user belongs to exactly one office, so roles of both are refused.
    /// </summary>
    public static Office? OfficeOf(IEnumerable<string> roles)
    {
        var offices = roles.Select(OfficeOf).Distinct().ToList();
        return offices.Count switch
        {
            0 => null,
            1 => offices[0],
            _ => throw new DomainException(
                "A user belongs to exactly one office: front-office roles (Sales, Support, Marketing) and back-office roles (HR, Accounting, Warehouse, Admin) cannot be combined."),
        };
    }
}

/// <summary>The claim added to the principal at sign-in that names the user's office.</summary>
public static class OfficeClaim
{
    public const string Type = "office";
    public const string Front = "front";
    public const string Back = "back";

    public static string ValueOf(Office office) => office == Office.Front ? Front : Back;
}
