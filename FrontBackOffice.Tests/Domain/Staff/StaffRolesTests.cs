using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Staff;

namespace FrontBackOffice.Tests.Domain.Staff;

public class StaffRolesTests
{
    [Theory]
    [InlineData(StaffRoles.Sales, Office.Front)]
    [InlineData(StaffRoles.Support, Office.Front)]
    [InlineData(StaffRoles.HR, Office.Back)]
    [InlineData(StaffRoles.Accounting, Office.Back)]
    [InlineData(StaffRoles.Warehouse, Office.Back)]
    [InlineData(StaffRoles.Admin, Office.Back)]
    public void OfficeOf_ReturnsTheRolesOffice(string role, Office office) =>
        Assert.Equal(office, StaffRoles.OfficeOf(role));

    [Fact]
    public void OfficeOf_ReturnsTheSharedOffice_WhenAllRolesAreOfOneOffice() =>
        Assert.Equal(Office.Back, StaffRoles.OfficeOf([StaffRoles.HR, StaffRoles.Accounting]));

    [Fact]
    public void OfficeOf_ReturnsNull_WhenThereAreNoRoles() => Assert.Null(StaffRoles.OfficeOf([]));

    [Fact]
    public void OfficeOf_Refuses_WhenRolesOfBothOfficesAreCombined()
    {
        var refused = Assert.Throws<DomainException>(() => StaffRoles.OfficeOf([StaffRoles.Sales, StaffRoles.Warehouse]));
        Assert.Contains("exactly one office", refused.Message);
    }

    [Fact]
    public void OfficeOf_Refuses_WhenTheRoleIsUnknown() =>
        Assert.Throws<DomainException>(() => StaffRoles.OfficeOf("Janitor"));
}
