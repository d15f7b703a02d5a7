using FrontBackOffice.Domain.Stock;

namespace FrontBackOffice.Tests.Domain.Stock;

public class CountFileTests
{
    private static SkuStatus Status(string sku) => sku switch
    {
        "A-1" or "B-2" or "C-3" => SkuStatus.OnCount,
        "OTHER" => SkuStatus.NotInLocation,
        _ => SkuStatus.Unknown,
    };

    [Fact]
    public void GoodFile_GivesEveryLine()
    {
        var (lines, errors) = CountFile.Parse("\uFEFFsku,counted\r\nA-1,12\r\n\"b-2\", 0\r\n\r\n", Status);

        Assert.Empty(errors);
        Assert.Equal([new CountFileLine(2, "A-1", 12), new CountFileLine(3, "B-2", 0)], lines);
    }

    [Fact]
    public void EveryKindOfBadLine_IsReportedByItsNumber_AndNothingIsTaken()
    {
        const string file = "sku,counted\nA-1,5\nNOPE,3\nOTHER,2\nB-2,-4\nC-3,many\nA-1,6\nC-3\n";

        var (lines, errors) = CountFile.Parse(file, Status);

        Assert.Empty(lines);
        Assert.Equal(
        [
            "Line 3: unknown SKU 'NOPE'.",
            "Line 4: SKU 'OTHER' is not counted at this location.",
            "Line 5: the counted quantity -4 is negative.",
            "Line 6: the counted quantity 'many' is not a whole number.",
            "Line 7: SKU 'A-1' already appears on line 2.",
            "Line 8: expected two fields, sku and counted.",
        ], errors);
    }

    [Fact]
    public void WrongHeader_IsReported()
    {
        var (lines, errors) = CountFile.Parse("product;qty\nA-1,5\n", Status);

        Assert.Empty(lines);
        Assert.Equal(["Line 1: the header must be 'sku,counted'."], errors);
    }

    [Fact]
    public void DecimalQuantity_IsNotAWholeNumber() =>
        Assert.Equal(["Line 2: the counted quantity '2.5' is not a whole number."], CountFile.Parse("sku,counted\nA-1,2.5", Status).Errors);
}
