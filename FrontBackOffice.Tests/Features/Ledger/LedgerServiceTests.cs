using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Ledger;
using FrontBackOffice.Tests.Infrastructure;
using FrontBackOffice.Tests.Localization;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Features.Ledger;
using FrontBackOffice.Web.Localization;
using FrontBackOffice.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontBackOffice.Tests.Features.Ledger;

[Collection(AppCollection.Name)]
public class LedgerServiceTests : IAsyncLifetime
{
    private readonly LedgerCompany company = new();

    public async Task InitializeAsync()
    {
        await company.TradeForFiveDaysAsync();
        await company.CloseAsync();
    }

    public async Task DisposeAsync()
    {
        var (debits, credits) = await company.AllTotalsAsync();
        Assert.Equal(debits, credits);
        await company.DisposeAsync();
    }

    private ServiceCaller<LedgerService> Ledger => company.As<LedgerService>(LedgerCompany.Accountant);

    [Fact]
    public async Task TrialBalance_SumsEachAccountInTheDatabase_AndBalances()
    {
        var balance = await Ledger.RunAsync(l => l.TrialBalanceAsync(company.FirstDay, company.FirstDay.AddDays(4)));

        await using var db = company.CreateDbContext();
        var orders = await db.SalesOrders.ToListAsync();
        var invoiced = orders.Where(o => o.InvoiceDate is not null).ToList();
        Assert.True(balance.Balanced);
        Assert.Equal(invoiced.Sum(o => o.NetTotal), balance.Rows.Single(r => r.Code == Accounts.SalesRevenue).Credit);
        Assert.Equal(invoiced.Sum(o => o.VatTotal), balance.Rows.Single(r => r.Code == Accounts.VatPayable).Credit);
        Assert.Equal(orders.Sum(o => o.CostOfGoodsSold!.Value), balance.Rows.Single(r => r.Code == Accounts.Inventory).Credit);
        Assert.Equal(invoiced.Sum(o => o.GrossTotal) + orders.Sum(o => o.CostOfGoodsSold!.Value), balance.TotalDebit);
        Assert.Equal(Accounts.Chart.Count, balance.Rows.Count);
    }

    /// <summary>An entry keeps its description in English for search and exports, and as a message the journal says in Portuguese.</summary>
    [Fact]
    public async Task Journal_ForAPortugueseSpeaker_DescribesEachEntryInPortuguese()
    {
        var invoice = (await Ledger.RunAsync(l => l.JournalAsync(new PageRequest(PageSize: 1), new JournalFilter(SourceType: PostingSource.Invoice)))).Items.Single();
        var shipment = (await Ledger.RunAsync(l => l.JournalAsync(new PageRequest(PageSize: 1), new JournalFilter(SourceType: PostingSource.Shipment)))).Items.Single();
        var reversalId = await Ledger.RunAsync(l => l.ReverseAsync(invoice.Id, "Cliente errado"));
        var reversal = (await Ledger.RunAsync(l => l.JournalAsync(new PageRequest(PageSize: 1), new JournalFilter(SourceType: PostingSource.Reversal)))).Items.Single();
        await using var db = company.CreateDbContext();
        var posted = await db.AuditLog.SingleAsync(e => e.Kind == FrontBackOffice.Domain.Audit.AuditKind.EntryPosted && e.Subject == $"entry-{invoice.Id}");
        var sold = await db.SalesOrders.SingleAsync(o => o.Id == invoice.SourceId);

        Assert.Equal($"Invoice {sold.InvoiceNumber} ({sold.Number})", invoice.Description);
        using var _ = new CultureScope("pt-BR");
        Assert.Equal($"Nota fiscal {sold.InvoiceNumber} ({sold.Number})", MessageWordingTests.Said.Say(invoice.Said));
        Assert.StartsWith("Custo das mercadorias expedidas (SO-", MessageWordingTests.Said.Say(shipment.Said));
        Assert.Equal($"Estorno do lançamento nº {invoice.Id}: Cliente errado", MessageWordingTests.Said.Say(reversal.Said));
        Assert.Equal($"Contabilizou o lançamento: Estorno do lançamento nº {invoice.Id}: Cliente errado.",
            MessageWordingTests.Said.Say(UserMessage.Read(posted.TextFormat, posted.TextValues)!));
        Assert.Equal(reversalId, reversal.Id);
    }

    /// <summary>Entries keep English; a Portuguese speaker still finds them by the words the journal shows them.</summary>
    [Fact]
    public async Task Journal_SearchedInTheReadersWords_FindsTheEntriesItDescribesSo()
    {
        var invoices = (await Ledger.RunAsync(l => l.JournalAsync(new PageRequest(PageSize: 200), new JournalFilter(SourceType: PostingSource.Invoice)))).Total;

        PageResult<JournalRow> found, foundInEnglish, notInEnglish;
        using (new CultureScope("pt-BR"))
        {
            found = await Ledger.RunAsync(l => l.JournalAsync(new PageRequest(PageSize: 200, Search: "Nota Fiscal"), new JournalFilter()));
            foundInEnglish = await Ledger.RunAsync(l => l.JournalAsync(new PageRequest(PageSize: 200, Search: "invoice"), new JournalFilter()));
        }
        using (new CultureScope("en-US"))
        {
            notInEnglish = await Ledger.RunAsync(l => l.JournalAsync(new PageRequest(PageSize: 200, Search: "nota fiscal"), new JournalFilter()));
        }

        Assert.True(invoices > 0);
        Assert.Equal(invoices, found.Total);
        Assert.All(found.Items, e => Assert.Equal(PostingSource.Invoice, e.SourceType));
        Assert.Equal(invoices, foundInEnglish.Total);
        Assert.Equal(0, notInEnglish.Total);
    }

    [Fact]
    public async Task TrialBalance_OfOneDay_HoldsOnlyThatDay()
    {
        var firstDay = await Ledger.RunAsync(l => l.TrialBalanceAsync(company.FirstDay, company.FirstDay));

        Assert.Equal(0m, firstDay.Rows.Single(r => r.Code == Accounts.SalesRevenue).Credit);
        Assert.True(firstDay.Rows.Single(r => r.Code == Accounts.CostOfGoodsSold).Debit > 0);
    }

    [Fact]
    public async Task Reverse_PostsTheOppositeEntryToday_Once_AndLeavesTheOriginal()
    {
        var original = (await Ledger.RunAsync(l => l.JournalAsync(new PageRequest(PageSize: 1), new JournalFilter(SourceType: PostingSource.Invoice)))).Items.Single();

        var reversalId = await Ledger.RunAsync(l => l.ReverseAsync(original.Id, "Invoice sent to the wrong customer"));
        var again = await Assert.ThrowsAsync<DomainException>(() => Ledger.RunAsync(l => l.ReverseAsync(original.Id, "again")));
        var ofReversal = await Assert.ThrowsAsync<DomainException>(() => Ledger.RunAsync(l => l.ReverseAsync(reversalId, "undo")));

        var journal = await Ledger.RunAsync(l => l.JournalAsync(new PageRequest(PageSize: 200), new JournalFilter()));
        var reversal = journal.Items.Single(e => e.Id == reversalId);
        Assert.Equal(DateOnly.FromDateTime(company.Clock!.GetUtcNow().UtcDateTime), reversal.Date);
        Assert.Equal(original.Id, reversal.ReversesEntryId);
        Assert.Equal(original.Lines.Select(l => (l.AccountCode, l.Credit, l.Debit)), reversal.Lines.Select(l => (l.AccountCode, l.Debit, l.Credit)));
        Assert.Equal(original with { ReversedByEntryId = reversalId }, journal.Items.Single(e => e.Id == original.Id) with { Lines = original.Lines });
        Assert.False(journal.Items.Single(e => e.Id == original.Id).CanReverse);
        Assert.False(reversal.CanReverse);
        Assert.Contains("already been reversed", again.Message);
        await using var db = company.CreateDbContext();
        Assert.Contains(await db.AuditLog.ToListAsync(), e => e.Kind == FrontBackOffice.Domain.Audit.AuditKind.EntryPosted && e.Subject == $"entry-{original.Id}" && e.ActorName == "accountant");
        Assert.Contains("is itself a reversal", ofReversal.Message);
    }

    [Fact]
    public async Task Journal_FiltersByDateAccountAndSource_InTheDatabase()
    {
        var day = company.FirstDay.AddDays(2);

        var page = await Ledger.RunAsync(l => l.JournalAsync(new PageRequest(PageSize: 200), new JournalFilter(day, day, Accounts.VatPayable)));

        Assert.NotEmpty(page.Items);
        Assert.All(page.Items, e => Assert.Equal((day, PostingSource.Invoice), (e.Date, e.SourceType)));
        Assert.Equal(3, page.Total);
    }

    [Fact]
    public async Task OtherRoles_CannotReadTheLedger()
    {
        await using var scope = await company.ScopeForAsync(LedgerCompany.Seller);
        var ledger = scope.ServiceProvider.GetRequiredService<LedgerService>();

        await Assert.ThrowsAsync<AccessDeniedException>(() => ledger.TrialBalanceAsync(company.FirstDay, company.FirstDay));
        await Assert.ThrowsAsync<AccessDeniedException>(() => ledger.JournalAsync(new PageRequest(), new JournalFilter()));
        await Assert.ThrowsAsync<AccessDeniedException>(() => ledger.ReverseAsync(1, "x"));
    }
}
