using FrontBackOffice.Domain.Purchasing;
using FrontBackOffice.Domain.Stock;
using FrontBackOffice.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontBackOffice.Web.Features.Purchasing;

public sealed class PurchaseOrderConfiguration : IEntityTypeConfiguration<PurchaseOrder>
{
    public void Configure(EntityTypeBuilder<PurchaseOrder> order)
    {
        order.Ignore(o => o.CanEdit);
        order.Ignore(o => o.CanPlace);
        order.Ignore(o => o.CanReceive);
        order.Ignore(o => o.CanBill);
        order.Ignore(o => o.CanCancel);
        order.Property(o => o.Number).HasMaxLength(20);
        order.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        order.Property(o => o.CreatedBy).HasMaxLength(200);
        order.HasRowVersion();
        order.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        order.Navigation(o => o.Lines).HasField("lines").UsePropertyAccessMode(PropertyAccessMode.Field);
        order.HasOne<Supplier>().WithMany().HasForeignKey(o => o.SupplierId).OnDelete(DeleteBehavior.Restrict);
        order.HasOne<Location>().WithMany().HasForeignKey(o => o.LocationId).OnDelete(DeleteBehavior.Restrict);
        order.HasIndex(o => o.Number).IsUnique();
        order.HasIndex(o => new { o.SupplierId, o.CreatedAt });
        order.HasIndex(o => new { o.Status, o.CreatedAt });
        order.HasIndex(o => o.CreatedAt);
        order.ToTable(t => t.HasCheckConstraint("CK_PurchaseOrders_NetTotal", "\"NetTotal\" >= 0"));
    }
}

public sealed class PurchaseOrderLineConfiguration : IEntityTypeConfiguration<PurchaseOrderLine>
{
    public void Configure(EntityTypeBuilder<PurchaseOrderLine> line)
    {
        line.Ignore(l => l.Outstanding);
        line.Ignore(l => l.ToBill);
        line.HasOne<Product>().WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
        line.HasIndex(l => new { l.OrderId, l.ProductId }).IsUnique();
        line.HasIndex(l => l.ProductId);
        // Never billed more than received, never cleared more than received; the values are cents of the quantities.
        line.ToTable(t => t.HasCheckConstraint("CK_PurchaseOrderLines_Quantities",
            "\"Quantity\" > 0 AND \"UnitPrice\" >= 0 AND \"Received\" >= 0 AND \"Billed\" >= 0 AND \"Billed\" <= \"Received\""
            + " AND \"ReceivedValue\" >= 0 AND \"BilledReceivedValue\" >= 0 AND \"BilledReceivedValue\" <= \"ReceivedValue\""));
    }
}

public sealed class PurchaseOrderSequenceConfiguration : IEntityTypeConfiguration<PurchaseOrderSequence>
{
    public void Configure(EntityTypeBuilder<PurchaseOrderSequence> sequence)
    {
        sequence.HasKey(s => s.Year);
        sequence.Property(s => s.Year).ValueGeneratedNever();
        sequence.HasRowVersion();
    }
}

public sealed class SupplierBillConfiguration : IEntityTypeConfiguration<SupplierBill>
{
    public void Configure(EntityTypeBuilder<SupplierBill> bill)
    {
        bill.Ignore(b => b.PriceVariance);
        bill.Property(b => b.SupplierReference).HasMaxLength(BillInput.SupplierReferenceMaxLength);
        bill.Property(b => b.RecordedBy).HasMaxLength(200);
        bill.HasMany(b => b.Lines).WithOne().HasForeignKey(l => l.BillId).OnDelete(DeleteBehavior.Cascade);
        bill.Navigation(b => b.Lines).HasField("lines").UsePropertyAccessMode(PropertyAccessMode.Field);
        bill.HasOne<Supplier>().WithMany().HasForeignKey(b => b.SupplierId).OnDelete(DeleteBehavior.Restrict);
        bill.HasOne<PurchaseOrder>().WithMany().HasForeignKey(b => b.PurchaseOrderId).OnDelete(DeleteBehavior.Restrict);
        // A supplier's bill number is recorded once.
        bill.HasIndex(b => new { b.SupplierId, b.SupplierReference }).IsUnique();
        bill.HasIndex(b => b.PurchaseOrderId);
        bill.HasIndex(b => b.RecordedOn);
        bill.HasIndex(b => b.DueDate);
        bill.ToTable(t => t.HasCheckConstraint("CK_SupplierBills_Totals",
            "\"Gross\" = \"Net\" + \"Vat\" AND \"Net\" >= 0 AND \"Vat\" >= 0 AND \"ReceivedValue\" >= 0 AND \"DueDate\" >= \"BillDate\""));
    }
}

public sealed class SupplierBillLineConfiguration : IEntityTypeConfiguration<SupplierBillLine>
{
    public void Configure(EntityTypeBuilder<SupplierBillLine> line)
    {
        line.HasOne<PurchaseOrderLine>().WithMany().HasForeignKey(l => l.OrderLineId).OnDelete(DeleteBehavior.Restrict);
        line.HasOne<Product>().WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
        line.HasIndex(l => l.OrderLineId);
        line.ToTable(t => t.HasCheckConstraint("CK_SupplierBillLines_Amounts",
            "\"Quantity\" > 0 AND \"UnitPrice\" >= 0 AND \"Net\" >= 0 AND \"Vat\" >= 0 AND \"VatRate\" >= 0"));
    }
}
