using FrontBackOffice.Domain.Orders;

namespace FrontBackOffice.Tests.Domain.Orders;

public class InvoiceSequenceTests
{
    [Fact]
    public void Next_HandsOutConsecutiveNumbers_WithinTheYear()
    {
        var sequence = new InvoiceSequence(2026);

        Assert.Equal(["INV-2026-00001", "INV-2026-00002", "INV-2026-00003"],
            Enumerable.Range(0, 3).Select(_ => sequence.Next().ToString()));
    }
}
