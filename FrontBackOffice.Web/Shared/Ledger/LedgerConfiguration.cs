using FrontBackOffice.Domain.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontBackOffice.Web.Shared.Ledger;

public sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> account)
    {
        account.HasKey(a => a.Code);
        account.Property(a => a.Code).HasMaxLength(10);
        account.Property(a => a.Name).HasMaxLength(100);
        account.Property(a => a.Type).HasConversion<string>().HasMaxLength(20);
        account.HasData(Accounts.Chart.Select(a => new { a.Code, a.Name, a.Type }));
    }
}

public sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> entry)
    {
        entry.Ignore(e => e.Source);
        entry.Ignore(e => e.TotalDebit);
        entry.Ignore(e => e.TotalCredit);
        entry.Ignore(e => e.Said);
        entry.Property(e => e.Description).HasMaxLength(JournalEntry.DescriptionMaxLength);
        entry.Property(e => e.DescriptionFormat).HasMaxLength(JournalEntry.DescriptionMaxLength);
        entry.Property(e => e.DescriptionValues).HasMaxLength(JournalEntry.DescriptionValuesMaxLength);
        entry.Property(e => e.SourceType).HasMaxLength(40);
        entry.Property(e => e.PostedBy).HasMaxLength(200);
        entry.HasMany(e => e.Lines).WithOne().HasForeignKey(l => l.EntryId).OnDelete(DeleteBehavior.Restrict);
        entry.Navigation(e => e.Lines).HasField("lines").UsePropertyAccessMode(PropertyAccessMode.Field);
        // Each source document is posted at most once, whatever code writes the entry.
        entry.HasIndex(e => new { e.SourceType, e.SourceId }).IsUnique();
        entry.HasIndex(e => e.Date);
        entry.HasOne<JournalEntry>().WithMany().HasForeignKey(e => e.ReversesEntryId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class JournalLineConfiguration : IEntityTypeConfiguration<JournalLine>
{
    public void Configure(EntityTypeBuilder<JournalLine> line)
    {
        line.Property(l => l.AccountCode).HasMaxLength(10);
        line.HasOne<Account>().WithMany().HasForeignKey(l => l.AccountCode).OnDelete(DeleteBehavior.Restrict);
        line.HasIndex(l => new { l.AccountCode, l.EntryId });
        line.ToTable(t => t.HasCheckConstraint("CK_JournalLines_OneSide",
            "\"Debit\" >= 0 AND \"Credit\" >= 0 AND (\"Debit\" = 0 OR \"Credit\" = 0) AND \"Debit\" + \"Credit\" > 0"));
    }
}

public sealed class ClosedDayConfiguration : IEntityTypeConfiguration<ClosedDay>
{
    public void Configure(EntityTypeBuilder<ClosedDay> day)
    {
        day.HasKey(d => d.Date);
        day.Property(d => d.ClosedBy).HasMaxLength(200);
    }
}
