using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Company;
using Microsoft.Extensions.Options;

namespace FrontBackOffice.Tests.Company;

public class FormatsTests
{
    private static readonly Formats Euro = new(Options.Create(new CompanyOptions()), new BusinessCalendar(TimeProvider.System, Options.Create(new CompanyOptions())));

    [Theory]
    [InlineData(5 * 60 + 20, "due in 5 h")]
    [InlineData(25, "due in 25 min")]
    [InlineData(30 * 60, "due in 1 d 6 h")]
    [InlineData(48 * 60, "due in 2 d")]
    [InlineData(-130, "overdue by 2 h")]
    [InlineData(0, "due in 1 min")]
    public void TimeLeft_ReadsAsPeopleSayIt(int minutes, string shown) => Assert.Equal(shown, Formats.Due(TimeSpan.FromMinutes(minutes)));

    [Fact]
    public void InPortuguese_MoneyAndDaysAreWrittenTheBrazilianWay_InTheCompanysCurrency()
    {
        using var _ = new CultureScope("pt-BR");

        Assert.Equal("1.234,56 EUR", Euro.Money(1234.56m));
        Assert.Equal("03/03/2026", Euro.Day(new DateOnly(2026, 3, 3)));
        Assert.Equal("vence em 1 d 6 h", Formats.Due(TimeSpan.FromHours(30)));
        Assert.Equal("atrasada há 2 h", Formats.Due(TimeSpan.FromMinutes(-130)));
    }
}
