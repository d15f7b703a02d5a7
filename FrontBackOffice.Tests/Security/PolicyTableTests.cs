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
    [InlineData(Policies.ManageUsers)]
    [InlineData(Policies.ReadAudit)]
    [InlineData(Policies.UseHangfireDashboard)]
    public void AdminCapabilities_AreAdminOnly(string policy) =>
        Assert.Equal([StaffRoles.Admin], Policies.Table[policy]);

    [Theory]
    [InlineData(Policies.UseFrontOffice, Office.Front)]
    [InlineData(Policies.ReadCustomers, Office.Front)]
    [InlineData(Policies.ManageOrders, Office.Front)]
    [InlineData(Policies.ManageComplaints, Office.Front)]
    [InlineData(Policies.UseBackOffice, Office.Back)]
    [InlineData(Policies.AnswerComplaints, Office.Back)]
    [InlineData(Policies.ApprovePayroll, Office.Back)]
    [InlineData(Policies.ManageLedger, Office.Back)]
    [InlineData(Policies.ManageStock, Office.Back)]
    public void Capability_BelongsToItsOffice(string policy, Office office) =>
        Assert.Equal(office, Policies.OfficeOf(policy));

    [Fact]
    public void OfficeHomes_AreOpenToEveryRoleOfTheOffice_AndNoOther()
    {
        Assert.Equal(StaffRoles.All.Where(r => StaffRoles.OfficeOf(r) == Office.Front).Order(), Policies.Table[Policies.UseFrontOffice].Order());
        Assert.Equal(StaffRoles.All.Where(r => StaffRoles.OfficeOf(r) == Office.Back).Order(), Policies.Table[Policies.UseBackOffice].Order());
    }

    [Fact]
    public void EveryPolicyName_IsAVerbOfTheGrammar_ThenWhatItActsOn() =>
        Assert.All(DeclaredPolicies(), policy => Assert.Matches($"^({string.Join('|', Policies.Verbs)})[A-Z][A-Za-z]+$", policy));

    [Fact]
    public void FirstAdministrator_HoldsEveryAdministrationPolicy() =>
        Assert.All([Policies.ManageUsers, Policies.ReadAudit, Policies.UseHangfireDashboard, Policies.AnswerForEveryTeam],
            policy => Assert.Contains(Policies.FirstAdministratorRole, Policies.Table[policy]));

    [Fact]
    public void PayrollApproval_IsNotHeldByThoseWhoCompute() =>
        Assert.Empty(Policies.Table[Policies.ComputePayroll].Intersect(Policies.Table[Policies.ApprovePayroll]));
}
