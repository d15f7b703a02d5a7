using FrontBackOffice.Web.Data;
using FrontBackOffice.Domain.Purchasing;
using FrontBackOffice.Domain.Stock;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontBackOffice.Web.Features.Stock;

public sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> product)
    {
        product.Property(p => p.Sku).HasMaxLength(ProductDetails.SkuMaxLength);
        product.Property(p => p.Name).HasMaxLength(ProductDetails.NameMaxLength);
        product.Ignore(p => p.CanBeMade);
        product.Property(p => p.Sourcing).HasConversion<string>().HasMaxLength(20).HasDefaultValue(ProductSourcing.Bought).HasSentinel(ProductSourcing.Bought);
        product.HasRowVersion();
        product.HasIndex(p => p.Sku).IsUnique();
        product.HasIndex(p => p.Name);
        product.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Products_UnitPrice", "\"UnitPrice\" >= 0");
            t.HasCheckConstraint("CK_Products_UnitCost", "\"UnitCost\" >= 0");
            t.HasCheckConstraint("CK_Products_ReorderLevel", "\"ReorderLevel\" >= 0");
            // Stock has a value only while there is stock, and neither goes below zero.
            t.HasCheckConstraint("CK_Products_StockValue", "\"OnHand\" >= 0 AND \"StockValue\" >= 0 AND (\"OnHand\" > 0 OR \"StockValue\" = 0)");
        });
    }
}

public sealed class StockLevelConfiguration : IEntityTypeConfiguration<StockLevel>
{
    public void Configure(EntityTypeBuilder<StockLevel> level)
    {
        level.Ignore(l => l.Available);
        level.HasRowVersion();
        level.HasIndex(l => new { l.ProductId, l.LocationId }).IsUnique();
        level.HasIndex(l => l.LocationId);
        level.HasOne<Product>().WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
        level.HasOne<Location>().WithMany().HasForeignKey(l => l.LocationId).OnDelete(DeleteBehavior.Restrict);
        // Stock never goes negative and never reserves more than is on hand, whatever code writes it.
        level.ToTable(t => t.HasCheckConstraint("CK_StockLevels_Quantities",
            "\"OnHand\" >= 0 AND \"Reserved\" >= 0 AND \"Reserved\" <= \"OnHand\""));
    }
}

public sealed class StockMovementConfiguration : IEntityTypeConfiguration<StockMovement>
{
    public void Configure(EntityTypeBuilder<StockMovement> movement)
    {
        movement.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        movement.Property(m => m.SourceType).HasMaxLength(40);
        movement.HasIndex(m => new { m.ProductId, m.LocationId, m.Id });
        movement.HasIndex(m => new { m.SourceType, m.SourceId });
        // A count line is adjusted at most once, whatever code writes the movement.
        movement.HasIndex(m => m.SourceId).IsUnique().HasFilter($"\"SourceType\" = '{StockSource.StockCount}'")
            .HasDatabaseName("IX_StockMovements_OneAdjustmentPerCountLine");
        movement.HasIndex(m => m.OccurredAt);
        movement.HasOne<Product>().WithMany().HasForeignKey(m => m.ProductId).OnDelete(DeleteBehavior.Restrict);
        movement.HasOne<Location>().WithMany().HasForeignKey(m => m.LocationId).OnDelete(DeleteBehavior.Restrict);
        movement.ToTable(t => t.HasCheckConstraint("CK_StockMovements_Quantity", "\"Quantity\" <> 0"));
    }
}

public sealed class GoodsReceiptConfiguration : IEntityTypeConfiguration<GoodsReceipt>
{
    public void Configure(EntityTypeBuilder<GoodsReceipt> receipt)
    {
        receipt.Property(r => r.Reference).HasMaxLength(GoodsReceipt.ReferenceMaxLength);
        receipt.Property(r => r.ReceivedBy).HasMaxLength(200);
        receipt.HasOne<Product>().WithMany().HasForeignKey(r => r.ProductId).OnDelete(DeleteBehavior.Restrict);
        receipt.HasOne<Location>().WithMany().HasForeignKey(r => r.LocationId).OnDelete(DeleteBehavior.Restrict);
        receipt.Property(r => r.Reason).HasMaxLength(GoodsReceipt.ReasonMaxLength);
        receipt.Ignore(r => r.AgainstPurchaseOrder);
        receipt.HasOne<PurchaseOrder>().WithMany().HasForeignKey(r => r.PurchaseOrderId).OnDelete(DeleteBehavior.Restrict);
        receipt.HasOne<PurchaseOrderLine>().WithMany().HasForeignKey(r => r.PurchaseOrderLineId).OnDelete(DeleteBehavior.Restrict);
        receipt.HasIndex(r => r.ReceivedAt);
        receipt.HasIndex(r => r.ReceivedOn);
        receipt.HasIndex(r => r.PurchaseOrderId);
        receipt.HasIndex(r => r.PurchaseOrderLineId);
        // A receipt is either against an order line or says why it is not.
        receipt.ToTable(t => t.HasCheckConstraint("CK_GoodsReceipts_Quantity",
            "\"Quantity\" > 0 AND \"UnitCost\" >= 0 AND \"Value\" >= 0 AND (\"PurchaseOrderLineId\" IS NOT NULL OR \"Reason\" IS NOT NULL)"));
    }
}

public sealed class CountSessionConfiguration : IEntityTypeConfiguration<CountSession>
{
    public void Configure(EntityTypeBuilder<CountSession> session)
    {
        session.Property(s => s.State).HasConversion<string>().HasMaxLength(20);
        session.Property(s => s.OpenedBy).HasMaxLength(200);
        session.Property(s => s.SubmittedBy).HasMaxLength(200);
        session.Property(s => s.PostedBy).HasMaxLength(200);
        session.HasRowVersion();
        session.HasOne<Location>().WithMany().HasForeignKey(s => s.LocationId).OnDelete(DeleteBehavior.Restrict);
        // A location has at most one count going on.
        session.HasIndex(s => s.LocationId).IsUnique().HasFilter("\"State\" <> 'Closed'").HasDatabaseName("IX_CountSessions_OneOpenPerLocation");
    }
}

public sealed class CountLineConfiguration : IEntityTypeConfiguration<CountLine>
{
    public void Configure(EntityTypeBuilder<CountLine> line)
    {
        line.Ignore(l => l.WaitsForApproval);
        line.Property(l => l.Sku).HasMaxLength(ProductDetails.SkuMaxLength);
        line.Property(l => l.ProductName).HasMaxLength(ProductDetails.NameMaxLength);
        line.Property(l => l.ApprovedBy).HasMaxLength(200);
        line.HasOne<CountSession>().WithMany().HasForeignKey(l => l.SessionId).OnDelete(DeleteBehavior.Cascade);
        line.HasOne<Product>().WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
        line.HasIndex(l => new { l.SessionId, l.ProductId }).IsUnique();
        line.HasIndex(l => new { l.SessionId, l.Sku });
        // The reconciliation reads a count a chunk at a time in the order of its lines: without this index every chunk sorts the whole count.
        line.HasIndex(l => new { l.SessionId, l.Id });
        line.ToTable(t => t.HasCheckConstraint("CK_CountLines_Counted", "\"Counted\" IS NULL OR \"Counted\" >= 0"));
    }
}
