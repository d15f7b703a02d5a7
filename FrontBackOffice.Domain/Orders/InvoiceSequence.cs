namespace FrontBackOffice.Domain.Orders;

/// <summary>
/// The last number handed out in a year for one kind of document. The number is taken in the same transaction that
/// saves the document, so a failed save leaves no gap; two documents at once conflict on the row's version.
/// </summary>
public abstract class YearlySequence
{
    protected YearlySequence()
    {
    }

    protected YearlySequence(int year) => Year = year;

    public int Year { get; private set; }
    public int Last { get; private set; }

    protected int Take() => ++Last;
}

/// <summary>The invoice numbers of a year.</summary>
public sealed class InvoiceSequence : YearlySequence
{
    private InvoiceSequence()
    {
    }

    public InvoiceSequence(int year)
        : base(year)
    {
    }

    public InvoiceNumber Next() => new(Year, Take());
}
