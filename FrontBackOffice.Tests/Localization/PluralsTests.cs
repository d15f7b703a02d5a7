using System.Globalization;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Features.Orders;
using FrontBackOffice.Web.Features.Purchasing;
using FrontBackOffice.Web.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace FrontBackOffice.Tests.Localization;

/// <summary>A number a text shows chooses the form of its word, as the reader's language counts.</summary>
public class PluralsTests
{
    [Theory]
    [InlineData("en", 0, "0 days")]
    [InlineData("en", 1, "1 day")]
    [InlineData("en", 2, "2 days")]
    [InlineData("en", 1234, "1,234 days")]
    [InlineData("pt-BR", 0, "0 dia")]
    [InlineData("pt-BR", 1, "1 dia")]
    [InlineData("pt-BR", 2, "2 dias")]
    [InlineData("pt-BR", 1234, "1.234 dias")]
    public void AWholeNumber_TakesTheSingularOnlyWhereItsLanguageDoes(string culture, int count, string expected)
    {
        var format = culture == "en" ? "{0:N0} {0:day|days}" : "{0:N0} {0:dia|dias}";

        Assert.Equal(expected, string.Format(CultureInfo.GetCultureInfo(culture), format, Plurals.Countable([count])));
    }

    [Theory]
    [InlineData("en", "1", "1 unit")]
    [InlineData("en", "1.0", "1.0 units")]
    [InlineData("en", "1.5", "1.5 units")]
    [InlineData("pt-BR", "1.5", "1,5 unidade")]
    [InlineData("pt-BR", "2.5", "2,5 unidades")]
    public void AQuantity_CountsAsItIsWritten(string culture, string quantity, string expected)
    {
        var format = culture == "en" ? "{0} {0:unit|units}" : "{0} {0:unidade|unidades}";

        Assert.Equal(expected, string.Format(CultureInfo.GetCultureInfo(culture), format, Plurals.Countable([decimal.Parse(quantity, CultureInfo.InvariantCulture)])));
    }

    [Fact]
    public void WhatIsNotANumber_IsWrittenAsBefore()
    {
        var day = new DateOnly(2026, 3, 2);

        Assert.Equal("SO-1 on 02/03/2026", string.Format(CultureInfo.GetCultureInfo("pt-BR"), "{0} on {1:dd/MM/yyyy}", Plurals.Countable(["SO-1", day])));
    }

    [Fact]
    public void ThePagesLocalizers_AndTheResourcesReadByCode_LetTheirNumbersCount()
    {
        var pages = new ServiceCollection().AddLogging().AddAppLocalization().BuildServiceProvider();
        var orders = pages.GetRequiredService<IStringLocalizer<OrdersText>>();
        var suppliers = new ResourceText(typeof(PurchasingText));

        using (new CultureScope("en"))
        {
            Assert.Equal("1 product", orders["{0} product(s)", 1]);
            Assert.Equal("3 products", orders["{0} product(s)", 3]);
            Assert.Equal("1 day", suppliers["{0} days", 1]);
            Assert.Equal("30 days", suppliers["{0} days", 30]);
        }
        using var _ = new CultureScope("pt-BR");
        Assert.Equal("0 produto", orders["{0} product(s)", 0]);
        Assert.Equal("3 produtos", orders["{0} product(s)", 3]);
        Assert.Equal("1 dia", suppliers["{0} days", 1]);
        Assert.Equal("30 dias", suppliers["{0} days", 30]);
    }
}
