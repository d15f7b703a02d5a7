using FrontBackOffice.Domain.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontBackOffice.Web.Jobs;

public sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> run)
    {
        run.Ignore(r => r.IsActive);
        run.Property(r => r.JobType).HasMaxLength(40);
        run.Property(r => r.Subject).HasMaxLength(100);
        run.Property(r => r.Parameters).HasMaxLength(2000);
        run.Property(r => r.StartedBy).HasMaxLength(200);
        run.Property(r => r.StartedById).HasMaxLength(450);
        run.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        run.Property(r => r.Summary).HasMaxLength(4000);
        run.Property(r => r.Error).HasMaxLength(4000);
        run.Property(r => r.SaidFormat).HasMaxLength(JobRun.ResultMaxLength);
        run.Property(r => r.SaidValues).HasMaxLength(JobRun.ResultMaxLength);
        run.Ignore(r => r.Said);
        run.Property(r => r.HangfireJobId).HasMaxLength(100);
        run.Property(r => r.LeaseOwner).HasMaxLength(100);
        run.HasIndex(r => new { r.JobType, r.QueuedAt });
        run.HasIndex(r => r.QueuedAt);
        run.HasIndex(r => r.LeaseExpiresAt);
        // The database lets at most one run of a job over a subject be queued or running.
        run.HasIndex(r => new { r.JobType, r.Subject }).IsUnique()
            .HasFilter("\"State\" IN ('Queued', 'Running')")
            .HasDatabaseName("IX_JobRuns_OneActivePerSubject");
    }
}
