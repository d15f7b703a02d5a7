using FrontBackOffice.Web.Data;
using FrontBackOffice.Domain.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontBackOffice.Web.Features.Customers;

public sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> customer)
    {
        customer.Property(c => c.Name).HasMaxLength(CustomerDetails.NameMaxLength);
        customer.Property(c => c.TaxNumber).HasMaxLength(CustomerDetails.TaxNumberMaxLength);
        customer.Property(c => c.Email).HasMaxLength(CustomerDetails.EmailMaxLength);
        customer.Property(c => c.Phone).HasMaxLength(CustomerDetails.PhoneMaxLength);
        customer.Property(c => c.BillingAddress).HasMaxLength(CustomerDetails.AddressMaxLength);
        customer.Property(c => c.DeliveryAddress).HasMaxLength(CustomerDetails.AddressMaxLength);
        customer.Property(c => c.Notes).HasMaxLength(CustomerDetails.NotesMaxLength);
        customer.HasRowVersion();
        customer.HasIndex(c => c.TaxNumber).IsUnique();
        customer.HasIndex(c => c.Name);
        customer.HasIndex(c => c.Email);
        // With the id, as the list sorts: many customers have the same phone, or none.
        customer.HasIndex(c => new { c.Phone, c.Id });
    }
}
