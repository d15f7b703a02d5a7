using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Complaints;
using FrontBackOffice.Domain.Making;
using FrontBackOffice.Domain.Marketing;
using FrontBackOffice.Domain.Orders;
using FrontBackOffice.Domain.Payroll;
using FrontBackOffice.Domain.Pipeline;
using FrontBackOffice.Domain.Purchasing;
using FrontBackOffice.Domain.Stock;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Web.Company;
using FrontBackOffice.Web.Jobs;
using FrontBackOffice.Web.Shared.Ledger;
using FrontBackOffice.Web.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace FrontBackOffice.Tests.Localization;

/// <summary>The Domain says a refusal as a format and its values; the app says it in the user's language.</summary>
public class MessageWordingTests
{
    /// <summary>The app's messages, as a page says them: through the localizers the app registers.</summary>
    internal static readonly IStringLocalizer<Messages> Said =
        new ServiceCollection().AddLogging().AddAppLocalization().BuildServiceProvider().GetRequiredService<IStringLocalizer<Messages>>();

    private static readonly PromotionTerms Spring =
        new(1, "SPRING-26", DiscountKind.Percentage, 10m, new DateOnly(2026, 3, 5), new DateOnly(2026, 3, 15), 1500m, new HashSet<int>());

    [Fact]
    public void ADomainRefusal_IsKeptAsItsFormatAndValues()
    {
        var refusal = Spring.RefusalOf([new OrderLineInput(7, 2, 600m, 0.21m)], null)!;

        Assert.Equal("Promotion {0} needs an order of at least {1:N2} before VAT; this one is {2:N2}.", refusal.Format);
        Assert.Equal(["SPRING-26", 1500m, 1200m], refusal.Arguments);
    }

    [Fact]
    public void ForAPortugueseSpeaker_ARefusalIsSaidInPortuguese_WithBrazilianNumbers()
    {
        using var _ = new CultureScope("pt-BR");

        var refusal = Spring.RefusalOf([new OrderLineInput(7, 2, 600m, 0.21m)], null)!;

        Assert.Equal("A promoção SPRING-26 exige um pedido de pelo menos 1.500,00 antes dos impostos; este é de 1.200,00.", Said.Say(refusal));
    }

    [Fact]
    public void ForAnEnglishSpeaker_ARefusalIsSaidAsTheDomainWroteIt()
    {
        using var _ = new CultureScope("en-US");

        Assert.Equal("Promotion SPRING-26 needs an order of at least 1,500.00 before VAT; this one is 1,200.00.",
            Said.Say(Spring.RefusalOf([new OrderLineInput(7, 2, 600m, 0.21m)], null)!));
    }

    [Fact]
    public void TheStatesAndActsAMessageNames_AreTranslatedToo_AndOtherValuesAreNot()
    {
        using var _ = new CultureScope("pt-BR");
        var now = new DateTime(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);
        var order = new SalesOrder(new OrderInput(1, 1, [new OrderLineInput(7, 5, 10m, 0.21m)]), now, "Sam");

        Assert.Equal("Este pedido está em rascunho e não pode ser expedido.", Said.Say(Assert.Throws<DomainException>(() => order.Ship(_ => default!, now, DateOnly.FromDateTime(now))).Said));
        Assert.Equal("Estoque insuficiente para confirmar: Widget (W-1): 5 pedidas, 4 disponíveis.",
            Said.Say(Assert.Throws<DomainException>(() => order.Confirm([new StockAvailability(7, "W-1", "Widget", 4)], now)).Said));
    }

    /// <summary>A refusal names the thing's state as the Domain says it ("This order is cancelled…"): each is a translated word.</summary>
    [Fact]
    public void EveryStateARefusalNames_HasItsPortugueseWord()
    {
        using var _ = new CultureScope("pt-BR");
        string[] states =
        [
            .. new Enum[][]
            {
                [.. Enum.GetValues<ComplaintStatus>()], [.. Enum.GetValues<OrderStatus>()], [.. Enum.GetValues<PayrollRunState>()],
                [.. Enum.GetValues<LeadStatus>()], [.. Enum.GetValues<PipelineStage>()],
            }.SelectMany(values => values).Select(value => value.ToString().ToLowerInvariant()),
            .. Enum.GetValues<WorkOrderStatus>().Select(WorkOrderStatuses.Describe),
            .. Enum.GetValues<CountState>().Select(CountStates.Describe),
            .. Enum.GetValues<PurchaseOrderStatus>().Select(PurchaseOrderStatuses.Describe),
        ];

        Assert.DoesNotContain(states, state => Said[state].ResourceNotFound);
    }

    /// <summary>The app words a complaint's timeline; what a user wrote there (the answer) stays as written.</summary>
    [Fact]
    public void AComplaintsTimeline_IsSaidInPortuguese_FromWhatItKept()
    {
        var (support, walt) = (new ComplaintActor("u1", "Sue Support"), new ComplaintActor("u2", "Walt Warehouse"));
        var at = new DateTime(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);
        var sla = new ComplaintSla(Enum.GetValues<ComplaintPriority>().ToDictionary(p => p, _ => 24), false);
        var complaint = new Complaint(new ComplaintInput(1, null, ComplaintCategory.ProductQuality, ComplaintPriority.High, "Broken", "It broke.", 7), sla, support, at);
        complaint.Escalate(support, at);
        complaint.AssignTo(walt, walt, at);
        complaint.AnswerWith("Sent a new one.", walt, at);
        complaint.Resolve(null, support, at);
        complaint.Reopen(null, support, at);
        complaint.Escalate(support, at);
        complaint.AnswerWith("Sent a new one.", walt, at);
        complaint.Resolve(null, support, at);
        complaint.Close(support, at);

        using var _ = new CultureScope("pt-BR");
        Assert.Equal(
            [
                "Aberta (qualidade do produto, prioridade alta).", "Encaminhada para Almoxarifado.", "Atribuída a Walt Warehouse.", "Sent a new one.",
                "O cliente foi informado.", "Reaberta.", "Encaminhada para Almoxarifado.", "Sent a new one.", "O cliente foi informado.", "Encerrada.",
            ],
            complaint.Events.Select(e => UserMessage.Read(e.TextFormat, e.TextValues) is { } said ? Said.Say(said) : e.Text));
        Assert.Equal("Opened (product quality, high priority).", complaint.Events[0].Text);
    }

    [Fact]
    public void EveryCategoryAndPriorityOfAComplaint_HasItsPortugueseWord()
    {
        using var _ = new CultureScope("pt-BR");
        string[] words = [.. Enum.GetValues<ComplaintCategory>().Select(Complaint.WordFor), .. Enum.GetValues<ComplaintPriority>().Select(p => p.ToString().ToLowerInvariant())];

        Assert.DoesNotContain(words, word => Said[word].ResourceNotFound);
    }

    [Fact]
    public void AStateOrActOfAFeminineThing_IsSaidInTheFeminine_WhereTheSentenceAsksForIt()
    {
        using var _ = new CultureScope("pt-BR");
        var now = new DateTime(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);
        var tables = new WorkOrder("WO-2026-00001", new WorkOrderInput(1, 1, 10), FrontBackOffice.Tests.Domain.Making.BillOfMaterialsTests.Bom(1, new BomLineInput(2, 4)), "Wes", now);

        Assert.Equal("Componentes insuficientes para liberar: Leg (LEG): 40 necessárias, 39 disponíveis.",
            Said.Say(Assert.Throws<DomainException>(() => tables.Release([new StockAvailability(2, "LEG", "Leg", 39)], now)).Said));
        tables.Release([new StockAvailability(2, "LEG", "Leg", 40)], now);
        Assert.Equal("A ordem de produção WO-2026-00001 está liberada e não pode ser liberada.",
            Said.Say(Assert.Throws<DomainException>(() => tables.Release([new StockAvailability(2, "LEG", "Leg", 40)], now)).Said));
        var (closed, reopened, cancelled, shipped) = ("closed", "reopened", "cancelled", "shipped");
        Assert.Equal("Esta reclamação está encerrada e não pode ser reaberta.", Said.Say(UserMessage.Of($"This complaint is {closed} and cannot be {reopened}.")));
        Assert.Equal("Este pedido está cancelado e não pode ser expedido.", Said.Say(UserMessage.Of($"This order is {cancelled} and cannot be {shipped}.")));
    }

    [Fact]
    public void AMessageWithBraces_InItsText_KeepsThem()
    {
        var message = UserMessage.Of($"Use {{name}} for {42}.");

        Assert.Equal("Use {{name}} for {0}.", message.Format);
        Assert.Equal("Use {name} for 42.", message.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void AJobsSummary_KeptAsARecord_IsSaidAgainInPortuguese_WithTheMessagesWithinIt()
    {
        var (counted, days, changed) = (50, 365, 4);
        var segments = UserMessage.Join(", ", [UserMessage.Of($"{5} champions"), UserMessage.Of($"{1} loyal"), UserMessage.Of($"{0} new"), UserMessage.Of($"{7} lost")]);
        var summary = UserMessage.Of($"Scored {counted} customer(s) on {days} days of orders: {segments}; {changed} changed segment.");

        var kept = UserMessage.Read(summary.Format, summary.ValuesAsJson())!;

        Assert.Equal("Scored 50 customer(s) on 365 days of orders: 5 champions, 1 loyal, 0 new, 7 lost; 4 changed segment.", kept.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using (new CultureScope("en"))
        {
            Assert.Equal("Scored 50 customers on 365 days of orders: 5 champions, 1 loyal, 0 new, 7 lost; 4 changed segment.", Said.Say(kept));
        }
        using var _ = new CultureScope("pt-BR");
        Assert.Equal("Pontuou 50 clientes em 365 dias de pedidos: 5 campeões, 1 fiel, 0 novo, 7 perdidos; 4 mudaram de segmento.", Said.Say(kept));
    }

    [Fact]
    public void ASummaryKeptBeforeItsSegmentsWereCounted_StillReadsInPortuguese()
    {
        var (counted, days, changed) = (50, 365, 1);
        var segments = new UserMessage("{0} {1:p}, {2} {3:p}, {4} {5:p}, {6} {7:p}", [5, "champions", 2, "at risk", 3, "new", 7, "lost"]);
        var summary = UserMessage.Of($"Scored {counted} customer(s) on {days} days of orders: {segments}; {changed} changed segment.");
        using var _ = new CultureScope("pt-BR");

        Assert.Equal("Pontuou 50 clientes em 365 dias de pedidos: 5 campeões, 2 em risco, 3 novos, 7 perdidos; 1 mudou de segmento.",
            Said.Say(UserMessage.Read(summary.Format, summary.ValuesAsJson())!));
    }

    [Theory]
    [InlineData("en", 0, "Closed 0 days", "0 goods receipts, 0 work orders, 0 shipments, 0 invoices and 0 supplier bills")]
    [InlineData("en", 1, "Closed 1 day", "1 goods receipt, 1 work order, 1 shipment, 1 invoice and 1 supplier bill")]
    [InlineData("en", 2, "Closed 2 days", "2 goods receipts, 2 work orders, 2 shipments, 2 invoices and 2 supplier bills")]
    [InlineData("pt-BR", 0, "Fechou 0 dia", "0 recebimento de mercadorias, 0 ordem de produção, 0 expedição, 0 nota fiscal e 0 conta de fornecedor")]
    [InlineData("pt-BR", 1, "Fechou 1 dia", "1 recebimento de mercadorias, 1 ordem de produção, 1 expedição, 1 nota fiscal e 1 conta de fornecedor")]
    [InlineData("pt-BR", 2, "Fechou 2 dias", "2 recebimentos de mercadorias, 2 ordens de produção, 2 expedições, 2 notas fiscais e 2 contas de fornecedor")]
    public void ACount_ChoosesTheFormOfItsWord_AsTheReadersLanguageCounts(string culture, int count, string closed, string posted)
    {
        var (first, last) = (new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 3));
        var summary = UserMessage.Of($"Closed {count} day(s), {first:d MMM yyyy} to {last:d MMM yyyy}: posted {count} goods receipt(s), {count} work order(s), {count} shipment(s), {count} invoice(s) and {count} supplier bill(s); every day balanced.");
        using var _ = new CultureScope(culture);

        var said = Said.Say(UserMessage.Read(summary.Format, summary.ValuesAsJson())!);

        Assert.StartsWith(closed + ",", said, StringComparison.Ordinal);
        Assert.Contains(posted, said, StringComparison.Ordinal);
    }

    [Fact]
    public void AMessageReadBackFromItsRecord_EqualsItself_SoARunReadAgainIsNotTakenForAChange()
    {
        var (lines, waiting) = (3, 2);
        var said = UserMessage.Of($"Count #{7}: {lines} line(s) reconciled; {waiting} line(s) wait for approval before posting. {UserMessage.Of("Fine.")}");

        Assert.Equal(UserMessage.Read(said.Format, said.ValuesAsJson()), UserMessage.Read(said.Format, said.ValuesAsJson()));
        Assert.NotEqual(UserMessage.Read(said.Format, said.ValuesAsJson()), UserMessage.Of($"Count #{8}: {lines} line(s) reconciled; {waiting} line(s) wait for approval before posting. {UserMessage.Of("Fine.")}"));
    }

    [Fact]
    public void AFilesBadLines_AreSaidInPortuguese_EachProblemOfALineInASentenceOfItsOwn()
    {
        var (_, errors, _) = CountFile.Check(["sku", "counted"], [new CountFileRow(2, ["NOPE", "-1"]), new CountFileRow(3, ["A-1", "many"])],
            sku => sku == "A-1" ? SkuStatus.OnCount : SkuStatus.Unknown);
        var (_, leadErrors, _) = LeadFile.Check(LeadFile.Header.Split(','), [new LeadFileRow(2, ["No Way", "", "", "", "", "Billboard", ""])]);
        using var _ = new CultureScope("pt-BR");

        Assert.Equal(
        [
            "Linha 2: SKU 'NOPE' desconhecido. A quantidade contada -1 é negativa.",
            "Linha 3: A quantidade contada 'many' não é um número inteiro.",
        ], errors.Select(Said.Say));
        Assert.StartsWith("Linha 2: Informe um e-mail ou um telefone", Said.Say(leadErrors.Single()));
        Assert.Contains("Origem 'Billboard' desconhecida", Said.Say(leadErrors.Single()));
    }

    [Fact]
    public void AJobsSummary_KeptAsARecord_WritesItsDaysAndAmounts_AsTheReadersLanguageDoes()
    {
        var (day, entries, debits) = (new DateOnly(2026, 3, 3), 12, 85156.36m);
        var summary = UserMessage.Of($"Closed {day:d MMM yyyy}: {entries} journal entries, debits = credits = {debits:N2} {"EUR"}.");

        var kept = UserMessage.Read(summary.Format, summary.ValuesAsJson())!;

        Assert.Equal(summary, kept);
        Assert.Equal("Closed 3 Mar 2026: 12 journal entries, debits = credits = 85,156.36 EUR.", kept.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var _ = new CultureScope("pt-BR");
        Assert.Equal("Fechou 03/03/2026: 12 lançamentos, débitos = créditos = 85.156,36 EUR.", Said.Say(kept));
        var payroll = UserMessage.Of($"Payroll of {new DateOnly(2026, 11, 1):MMMM yyyy}: {30} payslip(s), gross {98765.4m:N2} {"EUR"}, net {70000m:N2} {"EUR"}.");
        Assert.Equal("Folha de pagamento de novembro de 2026: 30 holerites, bruto 98.765,40 EUR, líquido 70.000,00 EUR.",
            Said.Say(UserMessage.Read(payroll.Format, payroll.ValuesAsJson())!));
    }

    [Fact]
    public void TheBooksCheck_AndAJobsName_AreSaidInPortuguese_WithTheirAmountsAndDays()
    {
        var euro = new Formats(Options.Create(new CompanyOptions()), new BusinessCalendar(TimeProvider.System, Options.Create(new CompanyOptions())));
        var report = new BooksCheckReport([new BooksCheckLine(BooksCheck.InventoryRule, 1234.5m, 1200m), new BooksCheckLine(BooksCheck.ReceivablesRule, 10m, 10m)],
            [new DateOnly(2026, 3, 3)]);
        var title = UserMessage.Of(JobKinds.StockReconciliation.Title);
        var refusal = UserMessage.Of($"{title} is already {"running"} (run #{7}, started by {"Walt Warehouse"}). Wait for it to finish.");
        var described = report.Describe(euro);

        Assert.Equal("Books check: Inventory (1300) = stock valuation: ledger 1,234.50 EUR, records 1,200.00 EUR, difference 34.50 EUR; "
            + "1 closed day(s) do not balance, the first 3 Mar 2026.", described.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var _ = new CultureScope("pt-BR");
        Assert.Equal("Conferência dos livros: Estoques (1300) = valorização do estoque: livro razão 1.234,50 EUR, registros 1.200,00 EUR, "
            + "diferença 34,50 EUR; 1 dia fechado não balanceia, o primeiro em 03/03/2026.", Said.Say(UserMessage.Read(described.Format, described.ValuesAsJson())!));
        Assert.Equal("Conciliação de estoque já está em execução (execução nº 7, iniciada por Walt Warehouse). Aguarde o término.", Said.Say(refusal));
    }
}
