using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Ledger;

namespace FrontBackOffice.Tests.Domain.Ledger;

public class JournalEntryTests
{
    private static readonly DateOnly Day = new(2026, 3, 10);
    private static readonly DateTime Now = new(2026, 3, 10, 9, 0, 0, DateTimeKind.Utc);
    private static readonly LockDate Open = new(null);
    private static readonly PostingSource Source = new("Test", 1);

    private static JournalEntry Post(LockDate lockDate, params JournalLine[] lines) =>
        JournalEntry.Post(Day, UserMessage.Of("Test"), Source, lines, lockDate, "Alex", Now);

    [Fact]
    public void Post_BuildsABalancedEntry()
    {
        var entry = Post(Open, JournalLine.DebitOf("1200", 121m), JournalLine.CreditOf("4000", 100m), JournalLine.CreditOf("2100", 21m));

        Assert.Equal(121m, entry.TotalDebit);
        Assert.Equal(121m, entry.TotalCredit);
        Assert.Equal(3, entry.Lines.Count);
    }

    [Fact]
    public void Post_RefusesAnEntryThatDoesNotBalance()
    {
        var refused = Assert.Throws<DomainException>(() => Post(Open, JournalLine.DebitOf("1200", 121m), JournalLine.CreditOf("4000", 100m)));

        Assert.Contains("must balance: debits 121.00 ≠ credits 100.00", refused.Message);
    }

    [Fact]
    public void Post_RefusesASingleLine() =>
        Assert.Throws<DomainException>(() => Post(Open, JournalLine.DebitOf("1200", 0m), JournalLine.CreditOf("4000", 0m), JournalLine.DebitOf("5000", 10m)));

    [Fact]
    public void Post_LeavesOutZeroLines()
    {
        var entry = Post(Open, JournalLine.DebitOf("1200", 100m), JournalLine.CreditOf("4000", 100m), JournalLine.CreditOf("2100", 0m));

        Assert.Equal(["1200", "4000"], entry.Lines.Select(l => l.AccountCode));
    }

    [Fact]
    public void Line_IsADebitOrACredit_NeverBoth() =>
        Assert.Throws<DomainException>(() => new JournalLine("1200", 1m, 1m));

    [Fact]
    public void Line_RefusesFractionsOfACent() =>
        Assert.Throws<DomainException>(() => JournalLine.DebitOf("1200", 1.005m));

    [Fact]
    public void NegativeDebit_IsBookedAsACredit()
    {
        var line = JournalLine.DebitOf("1300", -5m);

        Assert.Equal((0m, 5m), (line.Debit, line.Credit));
    }

    [Fact]
    public void Post_IsRefused_OnOrBeforeTheLockDate()
    {
        Assert.Throws<DomainException>(() => Post(new LockDate(Day), JournalLine.DebitOf("1", 1m), JournalLine.CreditOf("2", 1m)));
        var refused = Assert.Throws<DomainException>(() => Post(new LockDate(Day.AddDays(3)), JournalLine.DebitOf("1", 1m), JournalLine.CreditOf("2", 1m)));
        Assert.Contains("closed accounting day", refused.Message);
    }

    [Fact]
    public void Post_IsAllowed_AfterTheLockDate() =>
        Assert.Equal(Day, Post(new LockDate(Day.AddDays(-1)), JournalLine.DebitOf("1", 1m), JournalLine.CreditOf("2", 1m)).Date);

    [Fact]
    public void Reverse_PutsEveryLineOnTheOtherSide_AsAnEntryOfItsOwn()
    {
        var entry = Post(Open, JournalLine.DebitOf("5000", 26.80m), JournalLine.CreditOf("1300", 26.80m));

        var reversal = entry.Reverse(Day.AddDays(2), "wrong cost", new LockDate(Day), "Alex", Now);

        Assert.Equal(Day.AddDays(2), reversal.Date);
        Assert.Equal(PostingSource.Reversal, reversal.SourceType);
        Assert.Equal([("5000", 0m, 26.80m), ("1300", 26.80m, 0m)], reversal.Lines.Select(l => (l.AccountCode, l.Debit, l.Credit)));
        Assert.Equal(26.80m, entry.TotalDebit);
    }

    [Fact]
    public void Reverse_IsRefused_IntoAClosedDay()
    {
        var entry = Post(Open, JournalLine.DebitOf("5000", 1m), JournalLine.CreditOf("1300", 1m));

        Assert.Throws<DomainException>(() => entry.Reverse(Day, "x", new LockDate(Day), "Alex", Now));
    }

    [Fact]
    public void Description_IsKeptInEnglish_AndAsTheMessageItWasSaidWith()
    {
        var (count, gains) = (3, 1234.5m);
        var said = UserMessage.Of($"Stock count #{count} at {"Main"}: gains {gains:N2}, losses {0m:N2}");

        var entry = JournalEntry.Post(Day, said, Source, [JournalLine.DebitOf("1300", gains), JournalLine.CreditOf("5100", gains)], Open, "Alex", Now);

        Assert.Equal("Stock count #3 at Main: gains 1,234.50, losses 0.00", entry.Description);
        Assert.Equal(said, entry.Said);
    }

    [Fact]
    public void ADescriptionWhoseValuesDoNotFit_IsShownAsItsEnglishText()
    {
        var entry = Post(Open, JournalLine.DebitOf("5000", 1m), JournalLine.CreditOf("1300", 1m));
        entry.StoredAs(5);

        var reversal = entry.Reverse(Day, new string('ç', 400), Open, "Alex", Now);

        Assert.Null(reversal.DescriptionFormat);
        Assert.Equal(UserMessage.Of(reversal.Description), reversal.Said);
        Assert.StartsWith("Reversal of entry #5: ççç", reversal.Description);
    }

    [Fact]
    public void ClosedDay_RefusesDaysThatDoNotBalance() =>
        Assert.Throws<DomainException>(() => new ClosedDay(Day, 2, 10m, 9.99m, "schedule", Now));
}
