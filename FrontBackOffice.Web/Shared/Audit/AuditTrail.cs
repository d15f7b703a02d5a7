using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Audit;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Shared.Audit;

/// <summary>
/// The one way anything writes the audit log. <c>Add</c> puts the line in the caller's unit of work, so it is
/// saved with the change it records (or not at all); <see cref="RecordAsync"/> saves it on its own.
/// Nothing updates or deletes an audit line (the database refuses it too).
/// </summary>
public sealed class AuditTrail(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public void Add(AppDbContext db, AuditKind kind, Actor actor, UserMessage text, string? subject = null) =>
        db.AuditLog.Add(new AuditEntry(kind, actor.Name, actor.UserId, text, subject, null, clock.GetUtcNow().UtcDateTime));

    public void Add(AppDbContext db, AuditKind kind, string actorName, string? actorId, UserMessage text, string? subject = null) =>
        db.AuditLog.Add(new AuditEntry(kind, actorName, actorId, text, subject, null, clock.GetUtcNow().UtcDateTime));

    public async Task RecordAsync(AuditKind kind, string actorName, string? actorId, UserMessage text, string? subject = null, string? remoteAddress = null)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        db.AuditLog.Add(new AuditEntry(kind, actorName, actorId, text, subject, remoteAddress, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync();
    }
}
