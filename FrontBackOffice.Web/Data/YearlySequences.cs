using FrontBackOffice.Domain.Orders;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Data;

public static class YearlySequences
{
    /// <summary>
    /// The year's sequence of a kind of document, added to the context when the year has none yet. Its next number is
    /// saved with the document: two documents at once conflict, on the row's version or, when both start the year, on
    /// its key, and the one that lost takes the next number on a fresh attempt.
    /// </summary>
    public static async Task<TSequence> OfYearAsync<TSequence>(
        this DbSet<TSequence> sequences, int year, Func<int, TSequence> start, CancellationToken cancellationToken)
        where TSequence : YearlySequence
    {
        var sequence = await sequences.SingleOrDefaultAsync(s => s.Year == year, cancellationToken);
        if (sequence is null)
        {
            sequence = start(year);
            sequences.Add(sequence);
        }
        return sequence;
    }
}
