using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Audit;
using FrontBackOffice.Web.Company;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Features.Admin;

public sealed record AuditRow(long Id, DateTime At, AuditKind Kind, string ActorName, string? Subject, string Text, string? RemoteAddress,
    string? TextFormat = null, string? TextValues = null)
{
    /// <summary>What the line says, as it was said (to say again in the reader's language); null on an older line.</summary>
    public UserMessage? Message => UserMessage.Read(TextFormat, TextValues);
}

public sealed record AuditFilter(string? User = null, AuditKind? Kind = null, DateOnly? From = null, DateOnly? To = null);

/// <summary>The Admin reads the audit log: paged, filtered by user, kind and date, in the database.</summary>
public sealed class AuditLogService(IDbContextFactory<AppDbContext> dbFactory, AccessGuard guard, BusinessCalendar calendar)
{
    private static readonly SortMap<AuditEntry> Sorts = new SortMap<AuditEntry>(nameof(AuditRow.At), true).ThenBy(e => e.Id)
        .Add(nameof(AuditRow.At), e => e.At)
        .Add(nameof(AuditRow.Kind), e => e.Kind)
        .Add(nameof(AuditRow.ActorName), e => e.ActorName);

    public async Task<PageResult<AuditRow>> ListAsync(PageRequest request, AuditFilter filter, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ReadAudit, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.AuditLog.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            var user = filter.User.Trim().ToLowerInvariant();
            query = query.Where(e => e.ActorName.ToLower().Contains(user) || (e.Subject != null && e.Subject.ToLower().Contains(user)));
        }
        if (filter.Kind is { } kind)
        {
            query = query.Where(e => e.Kind == kind);
        }
        if (filter.From is { } from)
        {
            var start = calendar.StartOf(from);
            query = query.Where(e => e.At >= start);
        }
        if (filter.To is { } to)
        {
            var end = calendar.StartOf(to.AddDays(1));
            query = query.Where(e => e.At < end);
        }
        return await query.ToPageAsync(request, Sorts, e => new AuditRow(e.Id, e.At, e.Kind, e.ActorName, e.Subject, e.Text, e.RemoteAddress, e.TextFormat, e.TextValues), cancellationToken);
    }
}
