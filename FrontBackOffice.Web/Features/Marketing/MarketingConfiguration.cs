using FrontBackOffice.Domain.Customers;
using FrontBackOffice.Domain.Marketing;
using FrontBackOffice.Domain.Stock;
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

public sealed class PromotionConfiguration : IEntityTypeConfiguration<Promotion>
{
    public void Configure(EntityTypeBuilder<Promotion> promotion)
    {
        promotion.Ignore(p => p.Input);
        promotion.Ignore(p => p.Terms);
        promotion.Property(p => p.Name).HasMaxLength(PromotionInput.NameMaxLength);
        promotion.Property(p => p.Code).HasMaxLength(CampaignInput.CodeMaxLength);
        promotion.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        promotion.Property(p => p.CreatedBy).HasMaxLength(200);
        promotion.HasRowVersion();
        promotion.HasMany(p => p.Products).WithOne().HasForeignKey(p => p.PromotionId).OnDelete(DeleteBehavior.Cascade);
        promotion.Navigation(p => p.Products).HasField("products").UsePropertyAccessMode(PropertyAccessMode.Field);
        promotion.HasIndex(p => p.Code).IsUnique();
        promotion.HasIndex(p => p.StartsOn);
        promotion.ToTable(t =>
        {
            // A percentage above 100 (refused by the domain) would leave a line below zero, which the lines refuse.
            t.HasCheckConstraint("CK_Promotions_Value", "\"Value\" > 0");
            t.HasCheckConstraint("CK_Promotions_MinimumOrder", "\"MinimumOrder\" >= 0");
            t.HasCheckConstraint("CK_Promotions_Dates", "\"EndsOn\" >= \"StartsOn\"");
        });
    }
}

public sealed class PromotionProductConfiguration : IEntityTypeConfiguration<PromotionProduct>
{
    public void Configure(EntityTypeBuilder<PromotionProduct> product)
    {
        product.ToTable("PromotionProducts");
        product.HasKey(p => new { p.PromotionId, p.ProductId });
        product.HasOne<Product>().WithMany().HasForeignKey(p => p.ProductId).OnDelete(DeleteBehavior.Restrict);
        product.HasIndex(p => p.ProductId);
    }
}
