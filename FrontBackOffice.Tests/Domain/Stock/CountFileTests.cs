using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Stock;

namespace FrontBackOffice.Tests.Domain.Stock;

public class CountFileTests
{
    private static readonly string[] Header = ["sku", "counted"];

    private static SkuStatus Status(string sku) => sku switch
    {
        "A-1" or "B-2" or "C-3" => SkuStatus.OnCount,
        "OTHER" => SkuStatus.NotInLocation,
        _ => SkuStatus.Unknown,
    };

    /// <summary>The lines after the header, numbered from 2 as in the file.</summary>
    private static IEnumerable<CountFileRow> Rows(params string[][] lines) => lines.Select((fields, i) => new CountFileRow(i + 2, fields));

    [Fact]
    public void GoodFile_GivesEveryLine()
    {
        var (lines, errors, _) = CountFile.Check(Header, Rows(["A-1", "12"], ["b-2", " 0"]), Status);

        Assert.Empty(errors);
        Assert.Equal([new CountFileLine(2, "A-1", 12), new CountFileLine(3, "B-2", 0)], lines);
    }

    [Fact]
    public void EveryKindOfBadLine_IsReportedByItsNumber_AndNothingIsTaken()
    {
        var (lines, errors, _) = CountFile.Check(Header,
            Rows(["A-1", "5"], ["NOPE", "3"], ["OTHER", "2"], ["B-2", "-4"], ["C-3", "many"], ["A-1", "6"], ["C-3"]), Status);

        Assert.Empty(lines);
        Assert.Equal(
        [
            "Line 3: Unknown SKU 'NOPE'.",
            "Line 4: SKU 'OTHER' is not counted at this location.",
            "Line 5: The counted quantity -4 is negative.",
            "Line 6: The counted quantity 'many' is not a whole number.",
            "Line 7: SKU 'A-1' already appears on line 2.",
            "Line 8: Expected two fields, sku and counted.",
        ], errors.Select(e => e.ToString()));
    }

    [Fact]
    public void ALineWithTwoProblems_SaysBoth_OneSentenceAfterTheOther()
    {
        var (_, errors, bad) = CountFile.Check(Header, Rows(["NOPE", "-1"]), Status);

        Assert.Equal(1, bad);
        Assert.Equal("Line 2: Unknown SKU 'NOPE'. The counted quantity -1 is negative.", errors.Single().ToString());
    }

    [Fact]
    public void WrongHeader_IsReported()
    {
        var (lines, errors, _) = CountFile.Check(["product;qty"], Rows(["A-1", "5"]), Status);

        Assert.Empty(lines);
        Assert.Equal(["Line 1: The header must be 'sku,counted'."], errors.Select(e => e.ToString()));
    }

    [Fact]
    public void DecimalQuantity_IsNotAWholeNumber() =>
        Assert.Equal(["Line 2: The counted quantity '2.5' is not a whole number."], CountFile.Check(Header, Rows(["A-1", "2.5"]), Status).Errors.Select(e => e.ToString()));

    [Fact]
    public void ManyBadLines_ListTheFirstHundred_AndCountTheRest()
    {
        var (lines, errors, bad) = CountFile.Check(Header, Enumerable.Range(0, 5000).Select(i => new CountFileRow(i + 2, [$"NOPE-{i}", "1"])), Status);

        Assert.Empty(lines);
        Assert.Equal((FileLineRefusals.Listed, 5000), (errors.Count, bad));
        Assert.Equal("Line 2: Unknown SKU 'NOPE-0'.", errors[0].ToString());
    }
}
