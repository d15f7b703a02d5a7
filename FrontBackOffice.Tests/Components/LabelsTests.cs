using FrontBackOffice.Domain.Audit;
using FrontBackOffice.Domain.Complaints;
using FrontBackOffice.Domain.Jobs;
using FrontBackOffice.Domain.Ledger;
using FrontBackOffice.Domain.Staff;
using FrontBackOffice.Domain.Stock;
using FrontBackOffice.Tests.Infrastructure;
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
    public void InPortuguese_StatesAndTeamsAreSaidAsABrazilianCompanySaysThem()
    {
        using var _ = new CultureScope("pt-BR");

        Assert.Equal("Aguardando aprovação", Labels.Of(CountState.AwaitingApproval));
        Assert.Equal("Qualidade do produto, respondida por Almoxarifado", Labels.Routing(ComplaintCategory.ProductQuality));
        Assert.Equal("Conta de fornecedor", Labels.OfSource(PostingSource.SupplierBill));
    }

    [Fact]
    public void TheChartsAccounts_AreNamedInTheReadersLanguage_AndAnyOtherByItsOwnName()
    {
        using (new CultureScope("en-US"))
        {
            Assert.All(Accounts.Chart, account => Assert.Equal(account.Name, Labels.OfAccount(account.Code, "?")));
        }
        using var _ = new CultureScope("pt-BR");

        Assert.Equal("Contas a receber", Labels.OfAccount(Accounts.AccountsReceivable, "Accounts receivable"));
        Assert.Equal("Custo das mercadorias vendidas", Labels.OfAccount(Accounts.CostOfGoodsSold, "Cost of goods sold"));
        Assert.Equal("Petty cash", Labels.OfAccount("1050", "Petty cash"));
    }

    public static TheoryData<string> Languages => new(FrontBackOffice.Web.Localization.Languages.All.Select(l => l.Culture));

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryDomainStateKindAndRole_HasWordsOfItsOwn_InEachLanguage(string culture)
    {
        using var _ = new CultureScope(culture);
        var values = typeof(Office).Assembly.GetTypes().Where(t => t.IsEnum && t.IsPublic)
            .SelectMany(t => Enum.GetValues(t).Cast<Enum>()).ToList();

        Assert.True(values.Count > 100);
        Assert.All(values, v => Assert.DoesNotMatch(@"[a-z][A-Z]|\.", Labels.Of(v)));
        Assert.All(StaffRoles.All, r => Assert.DoesNotContain("Role.", Labels.OfRole(r)));
    }
}
