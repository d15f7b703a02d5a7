using FrontBackOffice.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontBackOffice.Web.Shared.Submissions;

/// <summary>A form that created a record: its key (one per form as the user filled it in) and what it created.</summary>
public sealed class Submission(Guid key, string kind, long resultId, DateTime at)
{
    public Guid Key { get; private set; } = key;
    public string Kind { get; private set; } = kind;
    public long ResultId { get; private set; } = resultId;
    public DateTime At { get; private set; } = at;
}

/// <summary>
/// Makes a create idempotent: a form sends the key it was given when it opened, and the same key never creates twice.
/// A double click, or a request sent again after a lost answer, gets the record the first one created; the database
/// refuses a second row for a key, so two at the same moment cannot both create.
/// </summary>
public sealed class Submissions(TimeProvider clock)
{
    /// <summary>
    /// Runs <paramref name="create"/> (which saves in <paramref name="db"/>) in one transaction with the key's record, or
    /// returns the id the key created before. Without a key it creates, in a transaction all the same.
    /// </summary>
    public async Task<int> OnceAsync(AppDbContext db, Guid? key, string kind, Func<Task<int>> create, CancellationToken cancellationToken)
    {
        if (key is { } known && await CreatedAsync(db, known, cancellationToken) is { } earlier)
        {
            return earlier;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var id = await create();
        if (key is not { } submission)
        {
            await transaction.CommitAsync(cancellationToken);
            return id;
        }
        db.Add(new Submission(submission, kind, id, clock.GetUtcNow().UtcDateTime));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return id;
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return await CreatedAsync(db, submission, cancellationToken)
                ?? throw new InvalidOperationException($"Submission {submission} was refused as a repeat but has no record.");
        }
    }

    private static async Task<int?> CreatedAsync(AppDbContext db, Guid key, CancellationToken cancellationToken) =>
        await db.Set<Submission>().AsNoTracking().Where(s => s.Key == key).Select(s => (int?)s.ResultId).SingleOrDefaultAsync(cancellationToken);
}

public sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    public void Configure(EntityTypeBuilder<Submission> submission)
    {
        submission.HasKey(s => s.Key);
        submission.Property(s => s.Kind).HasMaxLength(40);
        submission.HasIndex(s => s.At);
    }
}
