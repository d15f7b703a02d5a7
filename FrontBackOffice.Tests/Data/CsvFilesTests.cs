using System.Text;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Features.Stock;

namespace FrontBackOffice.Tests.Data;

public class CsvFilesTests
{
    [Fact]
    public void Read_TakesTheHeader_ThenEveryLineWithItsNumber_QuotesAndByteOrderMarkUnderstood()
    {
        var (header, lines) = CsvFiles.Read(new StringReader("\uFEFFsku,counted\r\nA-1,12\r\n\"b,2\", 0\r\n\r\nC-3\n"));

        Assert.Equal(["sku", "counted"], header);
        Assert.Equal([(2, "A-1|12"), (3, "b,2|0"), (5, "C-3")], lines.Select(l => (l.LineNumber, string.Join("|", l.Fields))));
    }

    [Fact]
    public async Task Write_GivesAmountsTwoDecimals_AndDefusesFormulas_ButNotNegativeNumbers()
    {
        using var output = new MemoryStream();
        await using var rest = Rows().GetAsyncEnumerator();

        await CsvFiles.WriteAsync(output, new VarianceExportRow("LAMP", "=HYPERLINK(\"x\")", 20, 23, 20, 3, 12.3456m, 37m, false, null), rest, CancellationToken.None);

        Assert.Equal(
            "Sku,Product,SystemQuantity,Counted,Expected,Variance,UnitCost,Value,NeedsApproval,ApprovedBy\r\n" +
            "LAMP,\"'=HYPERLINK(\"\"x\"\")\",20,23,20,3,12.3456,37.00,False,\r\n" +
            "DESK,Desk,10,5,10,-5,98.70,-493.50,True,Walt\r\n",
            Encoding.UTF8.GetString(output.ToArray()));
    }

    private static async IAsyncEnumerable<VarianceExportRow> Rows()
    {
        await Task.Yield();
        yield return new VarianceExportRow("DESK", "Desk", 10, 5, 10, -5, 98.7m, -493.5m, true, "Walt");
    }
}
