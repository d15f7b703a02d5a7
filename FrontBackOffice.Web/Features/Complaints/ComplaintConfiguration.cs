using FrontBackOffice.Web.Data;
using FrontBackOffice.Domain.Complaints;
using FrontBackOffice.Domain.Customers;
using FrontBackOffice.Domain.Orders;
using FrontBackOffice.Domain.Stock;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontBackOffice.Web.Features.Complaints;

public sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> complaint)
    {
        complaint.Ignore(c => c.Number);
        complaint.Ignore(c => c.IsPending);
        complaint.Property(c => c.Category).HasConversion<string>().HasMaxLength(20);
        complaint.Property(c => c.Priority).HasConversion<string>().HasMaxLength(20);
        complaint.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        complaint.Property(c => c.Team).HasMaxLength(20);
        complaint.Property(c => c.Subject).HasMaxLength(ComplaintInput.SubjectMaxLength);
        complaint.Property(c => c.Text).HasMaxLength(ComplaintInput.TextMaxLength);
        complaint.Property(c => c.Answer).HasMaxLength(ComplaintInput.TextMaxLength);
        complaint.Property(c => c.OpenedBy).HasMaxLength(200);
        complaint.Property(c => c.AssignedToId).HasMaxLength(450);
        complaint.Property(c => c.AssignedToName).HasMaxLength(200);
        complaint.HasRowVersion();
        complaint.HasMany(c => c.Events).WithOne().HasForeignKey(e => e.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        complaint.Navigation(c => c.Events).HasField("events").UsePropertyAccessMode(PropertyAccessMode.Field);
        complaint.HasOne<Customer>().WithMany().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Restrict);
        complaint.HasOne<SalesOrder>().WithMany().HasForeignKey(c => c.OrderId).OnDelete(DeleteBehavior.Restrict);
        complaint.HasOne<Product>().WithMany().HasForeignKey(c => c.ProductId).OnDelete(DeleteBehavior.Restrict);
        complaint.HasIndex(c => new { c.ProductId, c.OpenedAt });
        complaint.HasIndex(c => new { c.Team, c.Status });
        complaint.HasIndex(c => new { c.Status, c.DueAt });
        complaint.HasIndex(c => new { c.CustomerId, c.OpenedAt });
        complaint.HasIndex(c => c.OpenedAt);
    }
}

public sealed class ComplaintEventConfiguration : IEntityTypeConfiguration<ComplaintEvent>
{
    public void Configure(EntityTypeBuilder<ComplaintEvent> entry)
    {
        entry.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        entry.Property(e => e.ActorId).HasMaxLength(450);
        entry.Property(e => e.ActorName).HasMaxLength(200);
        entry.Property(e => e.Text).HasMaxLength(ComplaintInput.TextMaxLength);
        entry.Property(e => e.TextFormat).HasMaxLength(ComplaintEvent.TextFormatMaxLength);
        entry.Property(e => e.TextValues).HasMaxLength(ComplaintEvent.TextValuesMaxLength);
        entry.HasIndex(e => new { e.ComplaintId, e.At });
    }
}
