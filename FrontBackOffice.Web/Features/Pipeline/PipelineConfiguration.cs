using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Customers;
using FrontBackOffice.Domain.Marketing;
using FrontBackOffice.Domain.Pipeline;
using FrontBackOffice.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontBackOffice.Web.Features.Pipeline;

public sealed class LeadConfiguration : IEntityTypeConfiguration<Lead>
{
    /// <summary>A column has a value exactly when the state column says <paramref name="state"/>, in SQL every provider takes.</summary>
    public static string Both(string stateColumn, Enum state, string column) =>
        $"(\"{stateColumn}\" = '{state}' AND \"{column}\" IS NOT NULL) OR (\"{stateColumn}\" <> '{state}' AND \"{column}\" IS NULL)";

    public void Configure(EntityTypeBuilder<Lead> lead)
    {
        lead.Ignore(l => l.Party);
        lead.Ignore(l => l.Details);
        lead.Property(l => l.Name).HasMaxLength(Contacts.NameMaxLength);
        lead.Property(l => l.Company).HasMaxLength(Contacts.NameMaxLength);
        lead.Property(l => l.Email).HasMaxLength(Contacts.EmailMaxLength);
        lead.Property(l => l.Phone).HasMaxLength(Contacts.PhoneMaxLength);
        lead.Property(l => l.TaxNumber).HasMaxLength(Contacts.TaxNumberMaxLength);
        lead.Property(l => l.Notes).HasMaxLength(LeadDetails.NotesMaxLength);
        lead.Property(l => l.Source).HasConversion<string>().HasMaxLength(20);
        lead.Property(l => l.Status).HasConversion<string>().HasMaxLength(20);
        lead.Property(l => l.DisqualifiedReason).HasMaxLength(Lead.ReasonMaxLength);
        lead.Property(l => l.CreatedBy).HasMaxLength(200);
        lead.HasRowVersion();
        lead.HasIndex(l => new { l.Status, l.CreatedAt });
        lead.HasIndex(l => l.Email);
        lead.HasIndex(l => l.TaxNumber);
        lead.HasOne<Campaign>().WithMany().HasForeignKey(l => l.CampaignId).OnDelete(DeleteBehavior.Restrict);
        lead.HasIndex(l => l.CampaignId);
        lead.ToTable(t => t.HasCheckConstraint("CK_Leads_Disqualified", Both("Status", LeadStatus.Disqualified, "DisqualifiedReason")));
    }
}

public sealed class OpportunityConfiguration : IEntityTypeConfiguration<Opportunity>
{
    public void Configure(EntityTypeBuilder<Opportunity> opportunity)
    {
        opportunity.Ignore(o => o.IsOpen);
        opportunity.Ignore(o => o.PreviousStage);
        opportunity.Ignore(o => o.NextStage);
        opportunity.Property(o => o.Title).HasMaxLength(OpportunityTerms.TitleMaxLength);
        opportunity.Property(o => o.Stage).HasConversion<string>().HasMaxLength(20);
        opportunity.Property(o => o.Owner).HasMaxLength(200);
        opportunity.Property(o => o.LostReason).HasMaxLength(Opportunity.ReasonMaxLength);
        opportunity.HasRowVersion();
        // A lead is qualified once, into one opportunity.
        opportunity.HasOne<Lead>().WithMany().HasForeignKey(o => o.LeadId).OnDelete(DeleteBehavior.Restrict);
        opportunity.HasIndex(o => o.LeadId).IsUnique();
        opportunity.HasOne<Customer>().WithMany().HasForeignKey(o => o.CustomerId).OnDelete(DeleteBehavior.Restrict);
        opportunity.HasIndex(o => new { o.Stage, o.ExpectedClose });
        opportunity.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Opportunities_ExpectedValue", "\"ExpectedValue\" >= 0");
            t.HasCheckConstraint("CK_Opportunities_Won", LeadConfiguration.Both("Stage", PipelineStage.Won, "CustomerId"));
            t.HasCheckConstraint("CK_Opportunities_Lost", LeadConfiguration.Both("Stage", PipelineStage.Lost, "LostReason"));
        });
    }
}
