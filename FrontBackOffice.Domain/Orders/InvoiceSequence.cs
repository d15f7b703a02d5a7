namespace FrontBackOffice.Domain.Orders;

/// <summary>
/// The last invoice number handed out in a year. The number is taken in the same transaction that stamps
/// the invoice, so a failed invoice leaves no gap; two invoices at once conflict on the row's version.
/// </summary>
public sealed class InvoiceSequence
{
    private InvoiceSequence()
    {
    }

    public InvoiceSequence(int year) => Year = year;

    public int Year { get; private set; }
    public int Last { get; private set; }

    public InvoiceNumber Next()
    {
        Last++;
        return new InvoiceNumber(Year, Last);
    }
}
