using System.Reflection;
using FrontBackOffice.Domain.Staff;
using FrontBackOffice.Web.Security;

namespace FrontBackOffice.Tests.Security;

public class PolicyTableTests
{
    private static IEnumerable<string> DeclaredPolicies() =>
        typeof(Policies).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!);

    [Fact]
    public void Table_HasARowForEveryDeclaredPolicy_AndNoOther() =>
        Assert.Equal(DeclaredPolicies().Order(), Policies.Table.Keys.Order());

    [Fact]
    public void EveryCapability_MapsToKnownRolesOfExactlyOneOffice()
    {
        foreach (var (policy, roles) in Policies.Table)
        {
            Assert.NotEmpty(roles);
            Assert.All(roles, role => Assert.Contains(role, StaffRoles.All));
            var offices = roles.Select(StaffRoles.OfficeOf).Distinct();
            Assert.True(offices.Count() == 1, $"{policy} mixes the offices: {string.Join(", ", roles)}");
        }
    }

    [Theory]
    [InlineData(Policies.AdminUsers)]
    [InlineData(Policies.AdminAudit)]
    [InlineData(Policies.HangfireDashboard)]
    public void AdminCapabilities_AreAdminOnly(string policy) =>
        Assert.Equal([StaffRoles.Admin], Policies.Table[policy]);

    [Theory]
    [InlineData(Policies.FrontOffice, Office.Front)]
    [InlineData(Policies.CustomersRead, Office.Front)]
    [InlineData(Policies.Orders, Office.Front)]
    [InlineData(Policies.Complaints, Office.Front)]
    [InlineData(Policies.BackOffice, Office.Back)]
    [InlineData(Policies.ComplaintInbox, Office.Back)]
    [InlineData(Policies.PayrollApprove, Office.Back)]
    [InlineData(Policies.Ledger, Office.Back)]
    [InlineData(Policies.Stock, Office.Back)]
    public void Capability_BelongsToItsOffice(string policy, Office office) =>
        Assert.Equal(office, Policies.OfficeOf(policy));

    [Fact]
    public void OfficeHomes_AreOpenToEveryRoleOfTheOffice_AndNoOther()
    {
        Assert.Equal(StaffRoles.All.Where(r => StaffRoles.OfficeOf(r) == Office.Front).Order(), Policies.Table[Policies.FrontOffice].Order());
        Assert.Equal(StaffRoles.All.Where(r => StaffRoles.OfficeOf(r) == Office.Back).Order(), Policies.Table[Policies.BackOffice].Order());
    }

    [Fact]
    public void PayrollApproval_IsNotHeldByThoseWhoCompute() =>
        Assert.Empty(Policies.Table[Policies.PayrollCompute].Intersect(Policies.Table[Policies.PayrollApprove]));
}
