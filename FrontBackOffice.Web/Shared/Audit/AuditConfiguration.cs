using FrontBackOffice.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontBackOffice.Web.Shared.Audit;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.ToTable("AuditLog");
        entry.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
        entry.Property(e => e.ActorId).HasMaxLength(450);
        entry.Property(e => e.ActorName).HasMaxLength(AuditEntry.ActorNameMaxLength);
        entry.Property(e => e.Subject).HasMaxLength(AuditEntry.SubjectMaxLength);
        entry.Property(e => e.Text).HasMaxLength(AuditEntry.TextMaxLength);
        entry.Property(e => e.TextFormat).HasMaxLength(AuditEntry.TextMaxLength);
        entry.Property(e => e.TextValues).HasMaxLength(AuditEntry.TextMaxLength);
        entry.Property(e => e.RemoteAddress).HasMaxLength(AuditEntry.RemoteAddressMaxLength);
        entry.HasIndex(e => e.At);
        entry.HasIndex(e => new { e.Kind, e.At });
        entry.HasIndex(e => new { e.ActorName, e.At });
    }
}
