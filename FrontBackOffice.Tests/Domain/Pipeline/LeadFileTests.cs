using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Pipeline;

namespace FrontBackOffice.Tests.Domain.Pipeline;

public class LeadFileTests
{
    private static readonly string[] Header = LeadFile.Header.Split(',');

    private static (IReadOnlyList<LeadFileLine> Lines, IReadOnlyList<UserMessage> Errors, int BadLines) Check(params string[][] rows) =>
        LeadFile.Check(Header, rows.Select((fields, i) => new LeadFileRow(i + 2, fields)));

    [Fact]
    public void AGoodFile_GivesEveryLead_WithItsSourceReadInAnyCase_AndBlankAsOther()
    {
        var (lines, errors, bad) = Check(
            ["Ingrid Vos", "Vos Architecten", "ingrid@vos.example", "", "NL861234567B01", "Website", "12 desks"],
            ["Tom Becker", "", "", "+31 6 5550 1234", "", "cold call", ""],
            ["Lena Richter", "", "lena@richter.example", "", "", "", ""]);

        Assert.Equal(0, bad);
        Assert.Empty(errors);
        Assert.Equal([LeadSource.Website, LeadSource.ColdCall, LeadSource.Other], lines.Select(l => l.Details.Source));
        Assert.Equal([2, 3, 4], lines.Select(l => l.LineNumber));
        Assert.Null(lines[1].Details.Company);
    }

    [Fact]
    public void ABadLine_RefusesTheWholeFile_AndEachBadLineIsNamedByItsNumber_WithEveryProblem()
    {
        var (lines, errors, bad) = Check(
            ["Ingrid Vos", "", "ingrid@vos.example", "", "", "Website", ""],
            ["", "", "", "", "", "", ""],
            ["Tom", "", "tom@", "", "X1", "Billboard", ""],
            ["Ingrid Again", "", "INGRID@vos.example", "", "", "", ""],
            ["Too", "few"]);

        Assert.Empty(lines);
        Assert.Equal(4, bad);
        Assert.Equal(
        [
            "Line 3: Enter the person's name. Give an e-mail or a phone: how else would Sales reach them?",
            "Line 4: Enter a valid e-mail address, like name@example.com. A tax number has 4 to 32 letters and digits (spaces, dots and dashes are ignored). Unknown source 'Billboard' (one of Website, Referral, Event, Advertising, ColdCall, Other).",
            "Line 5: The e-mail INGRID@vos.example is already on line 2.",
            "Line 6: Expected 7 fields (name,company,email,phone,tax_number,source,notes), found 2.",
        ], errors.Select(e => e.ToString()));
    }

    [Fact]
    public void AWrongHeader_IsLineOne()
    {
        var (_, errors, bad) = LeadFile.Check(["name", "email"], []);

        Assert.Equal(1, bad);
        Assert.Equal($"Line 1: The header must be '{LeadFile.Header}'.", errors.Single().ToString());
    }
}
