namespace FrontBackOffice.Domain.Ledger;

/// <summary>A business day the nightly close has booked and closed; nothing may be posted into it any more.</summary>
public sealed class ClosedDay
{
    private ClosedDay()
    {
    }

    public ClosedDay(DateOnly date, int entries, decimal debits, decimal credits, string closedBy, DateTime closedAt)
    {
        if (debits != credits)
        {
            throw new DomainException($"{date:yyyy-MM-dd} cannot be closed: its debits {debits:0.00} do not equal its credits {credits:0.00}.");
        }
        Date = date;
        Entries = entries;
        Debits = debits;
        ClosedBy = closedBy;
        ClosedAt = closedAt;
    }

    public DateOnly Date { get; private set; }
    public int Entries { get; private set; }

    /// <summary>The day's debits, equal to its credits.</summary>
    public decimal Debits { get; private set; }

    public string ClosedBy { get; private set; } = "";
    public DateTime ClosedAt { get; private set; }
}
