using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Pipeline;

namespace FrontBackOffice.Tests.Domain.Pipeline;

public class PipelineTests
{
    private static readonly DateTime Now = new(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);
    private static readonly OpportunityTerms Terms = new("Twelve sit-stand desks", 9_600m, new DateOnly(2026, 12, 20));

    private static Lead NewLead(string? taxNumber = "nl 8612.3456-7b01") =>
        new(new LeadDetails(" Ingrid Vos ", "Vos Architecten", "ingrid@vos.example", null, taxNumber, LeadSource.Website, null), "Mia", Now);

    private static Opportunity Qualified() => NewLead().Qualify(Terms, "Sam", Now);

    [Fact]
    public void ALead_IsKeptTrimmed_WithItsTaxNumberNormalizedAsACustomersIs()
    {
        var lead = NewLead();

        Assert.Equal("Ingrid Vos", lead.Name);
        Assert.Equal("NL861234567B01", lead.TaxNumber);
        Assert.Equal("Vos Architecten", lead.Party);
        Assert.Equal(LeadStatus.New, lead.Status);
    }

    [Fact]
    public void ALeadNoOneCanReach_OrWithABadEmailOrTaxNumber_IsRefusedNextToTheField()
    {
        var unreachable = new LeadDetails("Tom", null, null, " ", null, LeadSource.Referral, null).Validate();
        var wrong = new LeadDetails("", null, "tom@", null, "X1", (LeadSource)42, null).Validate();

        Assert.Equal("Give an e-mail or a phone: how else would Sales reach them?", unreachable.For(nameof(LeadDetails.Email)));
        Assert.Equal("Enter the person's name.", wrong.For(nameof(LeadDetails.Name)));
        Assert.Equal("Enter a valid e-mail address, like name@example.com.", wrong.For(nameof(LeadDetails.Email)));
        Assert.Equal(Contacts.TaxNumberShape, wrong.For(nameof(LeadDetails.TaxNumber)));
        Assert.Equal("Choose where the lead came from.", wrong.For(nameof(LeadDetails.Source)));
    }

    [Fact]
    public void QualifyingALead_OpensAnOpportunityAtTheFirstStage_AndTheLeadIsQualifiedOnce()
    {
        var lead = NewLead();

        var opportunity = lead.Qualify(Terms, "Sam", Now);

        Assert.Equal(PipelineStage.Qualification, opportunity.Stage);
        Assert.Equal((9_600m, "Sam"), (opportunity.ExpectedValue, opportunity.Owner));
        Assert.Equal(LeadStatus.Qualified, lead.Status);
        Assert.Throws<DomainException>(() => lead.Qualify(Terms, "Sam", Now));
        Assert.Throws<DomainException>(() => lead.Disqualify("Changed our mind", Now));
        Assert.Throws<DomainException>(() => lead.Update(lead.Details));
    }

    [Fact]
    public void TermsWithoutATitle_WithANegativeOrSubCentValue_OrNoCloseDate_AreRefused()
    {
        var errors = new OpportunityTerms(" ", 10.005m, default).Validate();
        var negative = new OpportunityTerms("Desks", -1m, new DateOnly(2026, 12, 1)).Validate();

        Assert.Equal("Say what the opportunity is about.", errors.For(nameof(OpportunityTerms.Title)));
        Assert.Equal("The expected value has at most two decimals.", errors.For(nameof(OpportunityTerms.ExpectedValue)));
        Assert.Equal("Choose when it should close.", errors.For(nameof(OpportunityTerms.ExpectedClose)));
        Assert.NotNull(negative.For(nameof(OpportunityTerms.ExpectedValue)));
        Assert.Throws<InvalidInputException>(() => NewLead().Qualify(new OpportunityTerms("", 1m, default), "Sam", Now));
    }

    [Fact]
    public void AnOpenOpportunity_MovesBetweenTheOpenStagesInAnyOrder()
    {
        var opportunity = Qualified();

        opportunity.MoveTo(PipelineStage.Negotiation, Now.AddDays(1));
        Assert.Equal((PipelineStage.Proposal, (PipelineStage?)null), (opportunity.PreviousStage!.Value, opportunity.NextStage));
        opportunity.MoveTo(PipelineStage.Proposal, Now.AddDays(2));

        Assert.Equal(PipelineStage.Proposal, opportunity.Stage);
        Assert.Equal(Now.AddDays(2), opportunity.StageChangedAt);
        Assert.Equal((PipelineStage.Qualification, PipelineStage.Negotiation), (opportunity.PreviousStage!.Value, opportunity.NextStage!.Value));
    }

    [Theory]
    [InlineData(PipelineStage.Won)]
    [InlineData(PipelineStage.Lost)]
    public void WonAndLost_AreNotReachedByAMove_ButByTheirOwnStep(PipelineStage stage)
    {
        var opportunity = Qualified();

        var refused = Assert.Throws<DomainException>(() => opportunity.MoveTo(stage, Now));

        Assert.Contains("its own step", refused.Message);
        Assert.Equal(PipelineStage.Qualification, opportunity.Stage);
    }

    [Fact]
    public void AWonOpportunity_HasItsCustomer_AndMovesNoMore()
    {
        var opportunity = Qualified();

        Assert.Throws<DomainException>(() => opportunity.Win(0, Now));
        opportunity.Win(17, Now.AddDays(3));

        Assert.Equal((PipelineStage.Won, 17, Now.AddDays(3)), (opportunity.Stage, opportunity.CustomerId!.Value, opportunity.ClosedAt!.Value));
        Assert.Throws<DomainException>(() => opportunity.MoveTo(PipelineStage.Proposal, Now));
        Assert.Throws<DomainException>(() => opportunity.Lose("Too late", Now));
        Assert.Throws<DomainException>(() => opportunity.Reopen(Now));
    }

    [Fact]
    public void ALostOpportunity_NeedsItsReason_AndCanBeReopenedAtTheFirstStage()
    {
        var opportunity = Qualified();
        opportunity.MoveTo(PipelineStage.Negotiation, Now);

        var refused = Assert.Throws<InvalidInputException>(() => opportunity.Lose("  ", Now));
        Assert.Equal("Say why it was lost: price, timing, a competitor…", refused.Errors.For(nameof(Opportunity.LostReason)));
        opportunity.Lose(" A cheaper supplier ", Now.AddDays(1));
        Assert.Equal((PipelineStage.Lost, "A cheaper supplier"), (opportunity.Stage, opportunity.LostReason));
        Assert.Throws<DomainException>(() => opportunity.MoveTo(PipelineStage.Proposal, Now));

        opportunity.Reopen(Now.AddDays(9));

        Assert.Equal((PipelineStage.Qualification, null, null), (opportunity.Stage, opportunity.LostReason, opportunity.ClosedAt));
    }

    [Fact]
    public void ADisqualifiedLead_KeepsItsReason()
    {
        var lead = NewLead();

        Assert.Throws<InvalidInputException>(() => lead.Disqualify("", Now));
        lead.Disqualify("No budget this year.", Now);

        Assert.Equal((LeadStatus.Disqualified, "No budget this year."), (lead.Status, lead.DisqualifiedReason));
        Assert.Throws<DomainException>(() => lead.Qualify(Terms, "Sam", Now));
    }
}
