using FrontBackOffice.Domain.Complaints;
using FrontBackOffice.Domain.Making;
using FrontBackOffice.Domain.Purchasing;
using FrontBackOffice.Domain.Stock;
using FrontBackOffice.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontBackOffice.Web.Features.Making;

public sealed class BillOfMaterialsConfiguration : IEntityTypeConfiguration<BillOfMaterials>
{
    public void Configure(EntityTypeBuilder<BillOfMaterials> bom)
    {
        bom.ToTable("BillsOfMaterials", t => t.HasCheckConstraint("CK_BillsOfMaterials_Version", "\"Version\" >= 1"));
        bom.Ignore(b => b.IsActive);
        bom.Property(b => b.CreatedBy).HasMaxLength(200);
        bom.HasOne<Product>().WithMany().HasForeignKey(b => b.ProductId).OnDelete(DeleteBehavior.Restrict);
        bom.HasMany(b => b.Lines).WithOne().HasForeignKey("BomId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        bom.Navigation(b => b.Lines).HasField("lines").UsePropertyAccessMode(PropertyAccessMode.Field);
        // Versions are numbered once per product, and a product has at most one active version.
        bom.HasIndex(b => new { b.ProductId, b.Version }).IsUnique();
        bom.HasIndex(b => b.ProductId).IsUnique()
            .HasFilter("\"ReplacedAt\" IS NULL")
            .HasDatabaseName("IX_BillsOfMaterials_OneActivePerProduct");
    }
}

public sealed class BomLineConfiguration : IEntityTypeConfiguration<BomLine>
{
    public void Configure(EntityTypeBuilder<BomLine> line)
    {
        line.HasOne<Product>().WithMany().HasForeignKey(l => l.ComponentId).OnDelete(DeleteBehavior.Restrict);
        line.HasIndex("BomId", nameof(BomLine.ComponentId)).IsUnique();
        line.HasIndex(l => l.ComponentId);
        line.ToTable("BomLines", t => t.HasCheckConstraint("CK_BomLines_Quantities", "\"QuantityPerUnit\" > 0 AND \"ScrapPercent\" >= 0"));
    }
}

public sealed class WorkOrderConfiguration : IEntityTypeConfiguration<WorkOrder>
{
    public void Configure(EntityTypeBuilder<WorkOrder> order)
    {
        order.Ignore(o => o.Variance);
        order.Ignore(o => o.CanRelease);
        order.Ignore(o => o.CanStart);
        order.Ignore(o => o.CanComplete);
        order.Ignore(o => o.CanCancel);
        order.Ignore(o => o.HoldsComponents);
        order.Property(o => o.Number).HasMaxLength(20);
        order.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        order.Property(o => o.CreatedBy).HasMaxLength(200);
        order.HasRowVersion();
        order.HasMany(o => o.Components).WithOne().HasForeignKey("WorkOrderId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        order.Navigation(o => o.Components).HasField("components").UsePropertyAccessMode(PropertyAccessMode.Field);
        order.HasOne<Product>().WithMany().HasForeignKey(o => o.ProductId).OnDelete(DeleteBehavior.Restrict);
        order.HasOne<Location>().WithMany().HasForeignKey(o => o.LocationId).OnDelete(DeleteBehavior.Restrict);
        order.HasOne<BillOfMaterials>().WithMany().HasForeignKey(o => o.BomId).OnDelete(DeleteBehavior.Restrict);
        order.HasIndex(o => o.Number).IsUnique();
        order.HasIndex(o => new { o.Status, o.CreatedAt });
        order.HasIndex(o => new { o.ProductId, o.Status });
        order.HasIndex(o => o.DoneOn);
        // What was made and scrapped never exceeds the quantity, and what the units made carry never exceeds what they cost.
        order.ToTable(t => t.HasCheckConstraint("CK_WorkOrders_Quantities",
            "\"Quantity\" > 0 AND \"Produced\" >= 0 AND \"Scrapped\" >= 0 AND \"Produced\" + \"Scrapped\" <= \"Quantity\""
            + " AND \"MaterialValue\" >= 0 AND \"LabourValue\" >= 0 AND \"FinishedValue\" >= 0"
            + " AND \"FinishedValue\" <= \"MaterialValue\" + \"LabourValue\""));
    }
}

public sealed class WorkOrderComponentConfiguration : IEntityTypeConfiguration<WorkOrderComponent>
{
    public void Configure(EntityTypeBuilder<WorkOrderComponent> component)
    {
        component.HasOne<Product>().WithMany().HasForeignKey(c => c.ComponentId).OnDelete(DeleteBehavior.Restrict);
        component.HasIndex("WorkOrderId", nameof(WorkOrderComponent.ComponentId)).IsUnique();
        component.HasIndex(c => c.ComponentId);
        component.ToTable("WorkOrderComponents", t => t.HasCheckConstraint("CK_WorkOrderComponents_Quantities",
            "\"Required\" > 0 AND \"Consumed\" >= 0 AND \"Consumed\" <= \"Required\" AND \"ConsumedValue\" >= 0"));
    }
}

public sealed class WorkOrderSequenceConfiguration : IEntityTypeConfiguration<WorkOrderSequence>
{
    public void Configure(EntityTypeBuilder<WorkOrderSequence> sequence)
    {
        sequence.HasKey(s => s.Year);
        sequence.Property(s => s.Year).ValueGeneratedNever();
        sequence.HasRowVersion();
    }
}

public sealed class ReplenishmentProposalConfiguration : IEntityTypeConfiguration<ReplenishmentProposal>
{
    public void Configure(EntityTypeBuilder<ReplenishmentProposal> proposal)
    {
        proposal.Ignore(p => p.Projected);
        proposal.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        proposal.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        proposal.Property(p => p.AcceptedBy).HasMaxLength(200);
        proposal.Property(p => p.DocumentNumber).HasMaxLength(20);
        proposal.HasRowVersion();
        proposal.HasOne<Product>().WithMany().HasForeignKey(p => p.ProductId).OnDelete(DeleteBehavior.Restrict);
        proposal.HasOne<Supplier>().WithMany().HasForeignKey(p => p.SupplierId).OnDelete(DeleteBehavior.Restrict);
        // A run proposes a product once; the open proposals are what the page lists.
        proposal.HasIndex(p => new { p.RunId, p.ProductId }).IsUnique();
        proposal.HasIndex(p => new { p.Status, p.Kind, p.SupplierId });
        proposal.HasIndex(p => p.ProductId);
        proposal.ToTable(t => t.HasCheckConstraint("CK_ReplenishmentProposals_Quantity", "\"Quantity\" > 0"));
    }
}

public sealed class ImprovementActionConfiguration : IEntityTypeConfiguration<ImprovementAction>
{
    public void Configure(EntityTypeBuilder<ImprovementAction> action)
    {
        action.Ignore(a => a.IsOpen);
        action.Ignore(a => a.Description);
        action.Property(a => a.Note).HasMaxLength(ImprovementActionInput.NoteMaxLength);
        action.Property(a => a.Owner).HasMaxLength(ImprovementActionInput.OwnerMaxLength);
        action.Property(a => a.RaisedBy).HasMaxLength(200);
        action.Property(a => a.DoneBy).HasMaxLength(200);
        action.HasRowVersion();
        action.HasOne<Product>().WithMany().HasForeignKey(a => a.ProductId).OnDelete(DeleteBehavior.Restrict);
        action.HasOne<Complaint>().WithMany().HasForeignKey(a => a.ComplaintId).OnDelete(DeleteBehavior.Restrict);
        action.HasIndex(a => new { a.ProductId, a.DoneAt });
        action.HasIndex(a => a.ComplaintId);
    }
}
