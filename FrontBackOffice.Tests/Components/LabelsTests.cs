using FrontBackOffice.Domain.Audit;
using FrontBackOffice.Domain.Complaints;
using FrontBackOffice.Domain.Jobs;
using FrontBackOffice.Domain.Staff;
using FrontBackOffice.Domain.Stock;
using FrontBackOffice.Web.Components;

namespace FrontBackOffice.Tests.Components;

public class LabelsTests
{
    public static TheoryData<Enum, string> Words => new()
    {
        { CountState.AwaitingApproval, "Awaiting approval" },
        { ComplaintCategory.ProductQuality, "Product quality" },
        { AuditKind.SignInFailed, "Failed sign-in" },
        { AuditKind.RolesChanged, "Roles changed" },
        { JobRunState.Succeeded, "Succeeded" },
        { Office.Back, "Back" },
    };

    [Theory]
    [MemberData(nameof(Words))]
    public void InternalName_IsShownAsWords(Enum value, string shown) => Assert.Equal(shown, Labels.Of(value));

    [Fact]
    public void Routing_NamesTheCategoryAndItsTeam_InWords() =>
        Assert.Equal("Product quality, answered by Warehouse", Labels.Routing(ComplaintCategory.ProductQuality));

    [Fact]
    public void EveryStateAndKind_HasWordsOfItsOwn()
    {
        Enum[] values = [.. Enum.GetValues<AuditKind>().Cast<Enum>(), .. Enum.GetValues<CountState>().Cast<Enum>(), .. Enum.GetValues<ComplaintCategory>().Cast<Enum>()];

        Assert.All(values, v => Assert.DoesNotMatch("[a-z][A-Z]", Labels.Of(v)));
    }
}
