using FrontBackOffice.Domain.Making;
using FrontBackOffice.Domain.Stock;
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
