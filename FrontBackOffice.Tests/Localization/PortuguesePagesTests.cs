using System.Net;
using System.Text.RegularExpressions;
using FrontBackOffice.Tests.Infrastructure;

namespace FrontBackOffice.Tests.Localization;

/// <summary>
/// Pages of the demo company as a pt-BR user gets them (the server's first rendering, through the real culture cookie):
/// Portuguese words, and money and dates written the Brazilian way, in the company's currency.
/// </summary>
[Collection(AppCollection.Name)]
public partial class PortuguesePagesTests(DemoApp app)
{
    public static TheoryData<string, string, string[]> Pages => new()
    {
        { "sales@demo.local", "/front", ["Olá, Sam Sales", "Pedidos hoje", "Receita do mês (faturada, líquida)", "Suas áreas", "Reclamações", "Sair"] },
        { "accounting@demo.local", "/back", ["Olá, ", "Valor do estoque (a custo médio)", "Livros fechados até (por agendamento)", "Conferência dos livros", "Livro razão", "Balancete"] },
        { "accounting@demo.local", "/back/ledger/trial-balance", ["Balancete", "1200 Contas a receber", "4000 Receita de vendas", "Ativo"] },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task APage_ForAPortugueseSpeaker_IsInPortuguese_WithBrazilianNumbersAndDates(string email, string path, string[] words)
    {
        var client = await app.SignedInClientAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/language/pt-BR?returnUrl=%2F")).StatusCode);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(path));

        Assert.Contains("<html lang=\"pt-BR\">", html);
        Assert.All(words, word => Assert.Contains(word, html));
        Assert.Matches(BrazilianMoney(), html);
        Assert.DoesNotMatch(EnglishMoney(), html);
    }

    /// <summary>Hangfire ships its own pt-BR texts: the app's culture reaches them.</summary>
    [Fact]
    public async Task TheHangfireDashboard_ForAPortugueseSpeaker_IsInPortuguese()
    {
        var client = await app.SignedInClientAsync("admin@demo.local");
        await client.GetAsync("/language/pt-BR");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/hangfire"));

        Assert.Contains("<html lang=\"pt\">", html);
        Assert.All(["Painel de controle", "Tarefas Recorrentes", "Servidores", "Voltar"], word => Assert.Contains(word, html));
        Assert.DoesNotContain("Recurring Jobs", html);
    }

    [Fact]
    public async Task TheSamePage_ForAnEnglishSpeaker_StaysEnglish()
    {
        var client = await app.SignedInClientAsync("sales@demo.local");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/front"));

        Assert.Contains("<html lang=\"en-US\">", html);
        Assert.Contains("Orders today", html);
        Assert.Matches(EnglishMoney(), html);
    }

    /// <summary>1.234,56 EUR: dots group the thousands, a comma before the cents.</summary>
    [GeneratedRegex(@"\d,\d\d EUR")]
    private static partial Regex BrazilianMoney();

    [GeneratedRegex(@"\d\.\d\d EUR")]
    private static partial Regex EnglishMoney();
}
