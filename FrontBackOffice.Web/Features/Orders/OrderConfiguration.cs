using FrontBackOffice.Web.Data;
using FrontBackOffice.Domain.Customers;
using FrontBackOffice.Domain.Marketing;
using FrontBackOffice.Domain.Orders;
using FrontBackOffice.Domain.Stock;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontBackOffice.Web.Features.Orders;

public sealed class SalesOrderConfiguration : IEntityTypeConfiguration<SalesOrder>
{
    public void Configure(EntityTypeBuilder<SalesOrder> order)
    {
        order.Ignore(o => o.Number);
        order.Ignore(o => o.CanEdit);
        order.Ignore(o => o.CanConfirm);
        order.Ignore(o => o.CanShip);
        order.Ignore(o => o.CanInvoice);
        order.Ignore(o => o.CanCancel);
        order.Ignore(o => o.HoldsReservation);
        order.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        order.Property(o => o.CreatedBy).HasMaxLength(200);
        order.Property(o => o.InvoiceNumber).HasMaxLength(20);
        order.HasRowVersion();
        order.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        order.Navigation(o => o.Lines).HasField("lines").UsePropertyAccessMode(PropertyAccessMode.Field);
        order.HasOne<Customer>().WithMany().HasForeignKey(o => o.CustomerId).OnDelete(DeleteBehavior.Restrict);
        order.HasOne<Location>().WithMany().HasForeignKey(o => o.LocationId).OnDelete(DeleteBehavior.Restrict);
        order.HasOne<Campaign>().WithMany().HasForeignKey(o => o.CampaignId).OnDelete(DeleteBehavior.Restrict);
        order.HasOne<Promotion>().WithMany().HasForeignKey(o => o.PromotionId).OnDelete(DeleteBehavior.Restrict);
        order.HasIndex(o => new { o.CampaignId, o.InvoiceDate });
        order.HasIndex(o => o.PromotionId);
        order.HasIndex(o => new { o.CustomerId, o.CreatedAt });
        order.HasIndex(o => new { o.Status, o.CreatedAt });
        order.HasIndex(o => o.CreatedAt);
        // The list's other sorts, read a page at a time from either end.
        order.HasIndex(o => new { o.Status, o.Id });
        order.HasIndex(o => new { o.NetTotal, o.Id });
        order.HasIndex(o => new { o.GrossTotal, o.Id });
        order.HasIndex(o => o.ShippedOn);
        order.HasIndex(o => o.InvoiceDate);
        order.HasIndex(o => o.InvoiceNumber).IsUnique();
        order.HasIndex(o => new { o.InvoiceYear, o.InvoiceSequence }).IsUnique();
        order.ToTable(t =>
        {
            t.HasCheckConstraint("CK_SalesOrders_Totals", "\"GrossTotal\" = \"NetTotal\" + \"VatTotal\"");
            // Only a promotion takes anything off.
            t.HasCheckConstraint("CK_SalesOrders_Discount", "\"DiscountTotal\" = 0 OR (\"DiscountTotal\" > 0 AND \"PromotionId\" IS NOT NULL)");
        });
    }
}

public sealed class SalesOrderLineConfiguration : IEntityTypeConfiguration<SalesOrderLine>
{
    public void Configure(EntityTypeBuilder<SalesOrderLine> line)
    {
        line.HasOne<Product>().WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
        line.HasIndex(l => l.ProductId);
        line.ToTable(t =>
        {
            t.HasCheckConstraint("CK_SalesOrderLines_Quantity", "\"Quantity\" > 0");
            t.HasCheckConstraint("CK_SalesOrderLines_Amounts", "\"UnitPrice\" >= 0 AND \"Discount\" >= 0 AND \"Net\" >= 0 AND \"Gross\" = \"Net\" + \"Vat\"");
        });
    }
}

public sealed class InvoiceSequenceConfiguration : IEntityTypeConfiguration<InvoiceSequence>
{
    public void Configure(EntityTypeBuilder<InvoiceSequence> sequence)
    {
        sequence.HasKey(s => s.Year);
        sequence.Property(s => s.Year).ValueGeneratedNever();
        sequence.HasRowVersion();
    }
}
