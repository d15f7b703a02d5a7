using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Purchasing;
using FrontBackOffice.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontBackOffice.Web.Features.Purchasing;

public sealed class SupplierConfiguration : IEntityTypeConfiguration<Supplier>
{
    public void Configure(EntityTypeBuilder<Supplier> supplier)
    {
        supplier.Property(s => s.Name).HasMaxLength(Contacts.NameMaxLength);
        supplier.Property(s => s.TaxNumber).HasMaxLength(Contacts.TaxNumberMaxLength);
        supplier.Property(s => s.Email).HasMaxLength(Contacts.EmailMaxLength);
        supplier.Property(s => s.Phone).HasMaxLength(Contacts.PhoneMaxLength);
        supplier.Property(s => s.Address).HasMaxLength(Contacts.AddressMaxLength);
        supplier.Property(s => s.Currency).HasMaxLength(3);
        supplier.HasRowVersion();
        supplier.HasIndex(s => s.TaxNumber).IsUnique();
        supplier.HasIndex(s => s.Name);
        supplier.ToTable(t => t.HasCheckConstraint("CK_Suppliers_PaymentTerms",
            $"\"PaymentTermsDays\" >= 0 AND \"PaymentTermsDays\" <= {SupplierDetails.MaxPaymentTermsDays}"));
    }
}
