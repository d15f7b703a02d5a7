using System.Globalization;

namespace FrontBackOffice.Domain.Ledger;

/// <summary>The document a journal entry books: each is booked at most once.</summary>
public sealed record PostingSource(string Type, long Id)
{
    public const string Shipment = nameof(Shipment);
    public const string Invoice = nameof(Invoice);
    public const string Payroll = nameof(Payroll);
    public const string StockCount = nameof(StockCount);
    public const string GoodsReceipt = nameof(GoodsReceipt);
    public const string SupplierBill = nameof(SupplierBill);
    public const string WorkOrder = nameof(WorkOrder);
    public const string Reversal = nameof(Reversal);

    public override string ToString() => $"{Type} #{Id}";
}

/// <summary>
/// The days on which nothing may be posted any more: the nightly close closes days oldest first, so every day
/// up to the last closed one is closed.
/// </summary>
public sealed record LockDate(DateOnly? LastClosedDay)
{
    public bool IsClosed(DateOnly day) => LastClosedDay is { } last && day <= last;

    public void EnsureOpen(DateOnly day)
    {
        if (IsClosed(day))
        {
            throw new DomainException(
                $"{day:yyyy-MM-dd} is a closed accounting day (the books are closed up to {LastClosedDay:yyyy-MM-dd}); post into an open day, e.g. with a correcting entry today.");
        }
    }
}

/// <summary>
/// A posted journal entry. It is only built balanced (debits equal credits) with at least two lines, and it
/// never changes afterwards: a correction is a reversing entry.
/// </summary>
public sealed class JournalEntry
{
    private readonly List<JournalLine> lines = [];

    private JournalEntry()
    {
    }

    public const int DescriptionMaxLength = 500;
    public const int DescriptionValuesMaxLength = 2000;

    /// <remarks>
    /// The entry keeps its description in English, as search, logs and exports read it, and the message it was said
    /// with (its format and its values, written out), so the ledger can say it in each reader's language.
    /// </remarks>
    private JournalEntry(DateOnly date, UserMessage description, PostingSource source, string postedBy, DateTime postedAt, long? reverses)
    {
        Date = date;
        Description = Text.Bounded(description.ToString(CultureInfo.InvariantCulture), DescriptionMaxLength);
        (DescriptionFormat, DescriptionValues) = description.ToKeep(DescriptionMaxLength, DescriptionValuesMaxLength);
        SourceType = source.Type;
        SourceId = source.Id;
        PostedBy = postedBy;
        PostedAt = postedAt;
        ReversesEntryId = reverses;
    }

    public long Id { get; private set; }
    public DateOnly Date { get; private set; }
    public string Description { get; private set; } = "";

    /// <summary>The format <see cref="Description"/> was said with; null on an entry older than it, whose description is shown as it is.</summary>
    public string? DescriptionFormat { get; private set; }

    /// <summary>The values of <see cref="DescriptionFormat"/>, written out as <see cref="UserMessage.ValuesAsJson"/> does.</summary>
    public string? DescriptionValues { get; private set; }

    /// <summary>The description as a message to say in the reader's language.</summary>
    public UserMessage Said => Described(Description, DescriptionFormat, DescriptionValues);
    public string SourceType { get; private set; } = "";
    public long SourceId { get; private set; }
    public string PostedBy { get; private set; } = "";
    public DateTime PostedAt { get; private set; }
    public long? ReversesEntryId { get; private set; }

    public IReadOnlyList<JournalLine> Lines => lines;

    public PostingSource Source => new(SourceType, SourceId);

    /// <summary>A stored description as a message: the one it was said with, or its English text on an older entry.</summary>
    public static UserMessage Described(string description, string? format, string? values) =>
        UserMessage.Read(format, values) ?? UserMessage.Of(description);

    public decimal TotalDebit => lines.Sum(l => l.Debit);

    public decimal TotalCredit => lines.Sum(l => l.Credit);

    /// <summary>Builds a balanced entry; zero amounts are left out, and what is left must still make two lines.</summary>
    public static JournalEntry Post(
        DateOnly date, UserMessage description, PostingSource source, IEnumerable<JournalLine> lines, LockDate lockDate, string postedBy, DateTime postedAt) =>
        Build(date, description, source, lines, lockDate, postedBy, postedAt, reverses: null);

    /// <summary>
    /// The number the store gave the entry when it was written without handing it back (in bulk): the entry takes it,
    /// and its lines take it as their entry's.
    /// </summary>
    public void StoredAs(long id)
    {
        Id = id;
        foreach (var line in lines)
        {
            line.EntryId = id;
        }
    }

    /// <summary>A correction is never itself reversed (a new entry is posted instead), and an entry is reversed at most once.</summary>
    public static bool CanReverse(string sourceType, bool alreadyReversed) => sourceType != PostingSource.Reversal && !alreadyReversed;

    /// <summary>The entry that cancels this one: every line on the other side, dated in an open day.</summary>
    public JournalEntry Reverse(DateOnly date, string reason, LockDate lockDate, string postedBy, DateTime postedAt)
    {
        if (!CanReverse(SourceType, alreadyReversed: false))
        {
            throw new DomainException($"Entry #{Id} is itself a reversal; post a new entry instead of reversing it.");
        }
        return Build(date, UserMessage.Of($"Reversal of entry #{Id}: {reason}"), new PostingSource(PostingSource.Reversal, Id),
            lines.Select(l => new JournalLine(l.AccountCode, l.Credit, l.Debit)), lockDate, postedBy, postedAt, Id);
    }

    private static JournalEntry Build(
        DateOnly date, UserMessage description, PostingSource source, IEnumerable<JournalLine> lines, LockDate lockDate, string postedBy,
        DateTime postedAt, long? reverses)
    {
        lockDate.EnsureOpen(date);
        var kept = lines.Where(l => l.Debit != 0 || l.Credit != 0).ToList();
        if (kept.Count < 2)
        {
            throw new DomainException($"A journal entry needs at least two lines with an amount ({source}).");
        }
        var debits = kept.Sum(l => l.Debit);
        var credits = kept.Sum(l => l.Credit);
        if (debits != credits)
        {
            throw new DomainException($"A journal entry must balance: debits {debits:0.00} ≠ credits {credits:0.00} ({source}).");
        }
        var entry = new JournalEntry(date, description, source, postedBy, postedAt, reverses);
        entry.lines.AddRange(kept);
        return entry;
    }
}

/// <summary>One side of an entry on one account: a debit or a credit, in cents, never both.</summary>
public sealed class JournalLine
{
    private JournalLine()
    {
    }

    public JournalLine(string accountCode, decimal debit, decimal credit)
    {
        if (debit != 0 && credit != 0)
        {
            throw new DomainException($"A line is a debit or a credit, not both (account {accountCode}).");
        }
        AccountCode = accountCode;
        Debit = Checked(debit);
        Credit = Checked(credit);
    }

    public long Id { get; private set; }
    public long EntryId { get; internal set; }
    public string AccountCode { get; private set; } = "";
    public decimal Debit { get; private set; }
    public decimal Credit { get; private set; }

    public static JournalLine DebitOf(string account, decimal amount) => amount >= 0 ? new(account, amount, 0) : new(account, 0, -amount);

    public static JournalLine CreditOf(string account, decimal amount) => amount >= 0 ? new(account, 0, amount) : new(account, -amount, 0);

    private static decimal Checked(decimal amount)
    {
        if (amount < 0)
        {
            throw new DomainException("A debit or credit amount cannot be negative.");
        }
        if (Money.Round(amount) != amount)
        {
            throw new DomainException($"Amounts are booked in cents: {amount} has more than two decimals.");
        }
        return amount;
    }
}
