using FrontBackOffice.Domain.Customers;
using FrontBackOffice.Domain.Marketing;
using FrontBackOffice.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontBackOffice.Web.Features.Marketing;

public sealed class CustomerSegmentConfiguration : IEntityTypeConfiguration<CustomerSegment>
{
    public void Configure(EntityTypeBuilder<CustomerSegment> segment)
    {
        segment.HasKey(s => s.CustomerId);
        segment.Property(s => s.CustomerId).ValueGeneratedNever();
        segment.HasOne<Customer>().WithOne().HasForeignKey<CustomerSegment>(s => s.CustomerId).OnDelete(DeleteBehavior.Cascade);
        segment.Property(s => s.Segment).HasConversion<string>().HasMaxLength(20);
        segment.HasIndex(s => s.Segment);
        segment.ToTable(t => t.HasCheckConstraint("CK_CustomerSegments_Scores",
            "\"Recency\" BETWEEN 0 AND 5 AND \"Frequency\" BETWEEN 0 AND 5 AND \"Monetary\" BETWEEN 0 AND 5 AND \"Orders\" >= 0"));
    }
}

public sealed class SegmentChangeConfiguration : IEntityTypeConfiguration<SegmentChange>
{
    public void Configure(EntityTypeBuilder<SegmentChange> change)
    {
        change.ToTable("SegmentChanges");
        change.HasOne<Customer>().WithMany().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Cascade);
        change.Property(c => c.From).HasConversion<string>().HasMaxLength(20);
        change.Property(c => c.To).HasConversion<string>().HasMaxLength(20);
        // A run changes a customer's segment once: a run resumed after a crash cannot write the change again.
        change.HasIndex(c => new { c.CustomerId, c.RunId }).IsUnique();
    }
}

public sealed class SegmentationRunConfiguration : IEntityTypeConfiguration<SegmentationRun>
{
    public void Configure(EntityTypeBuilder<SegmentationRun> run)
    {
        run.HasKey(r => r.RunId);
        run.Property(r => r.RunId).ValueGeneratedNever();
        run.Property(r => r.Bounds).HasMaxLength(2000);
    }
}

public sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> campaign)
    {
        campaign.Ignore(c => c.Input);
        campaign.Property(c => c.Name).HasMaxLength(CampaignInput.NameMaxLength);
        campaign.Property(c => c.Code).HasMaxLength(CampaignInput.CodeMaxLength);
        campaign.Property(c => c.Channel).HasConversion<string>().HasMaxLength(20);
        campaign.Property(c => c.TargetSegment).HasConversion<string>().HasMaxLength(20);
        campaign.Property(c => c.CreatedBy).HasMaxLength(200);
        campaign.HasRowVersion();
        campaign.HasIndex(c => c.Code).IsUnique();
        campaign.HasIndex(c => c.StartsOn);
        campaign.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Campaigns_Budget", "\"Budget\" >= 0");
            t.HasCheckConstraint("CK_Campaigns_Dates", "\"EndsOn\" >= \"StartsOn\"");
        });
    }
}
