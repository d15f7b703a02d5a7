using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Ledger;
using FrontBackOffice.Web.Company;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Localization;
using FrontBackOffice.Web.Security;
using FrontBackOffice.Web.Shared.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FrontBackOffice.Web.Features.Ledger;

public sealed record JournalLineRow(string AccountCode, decimal Debit, decimal Credit);

/// <summary>An entry of the journal, with the entry that reversed it, if one did.</summary>
public sealed record JournalRow(
    long Id, DateOnly Date, string Description, string SourceType, long SourceId, string PostedBy, DateTime PostedAt, long? ReversesEntryId,
    long? ReversedByEntryId, decimal Total, IReadOnlyList<JournalLineRow> Lines, string? DescriptionFormat = null, string? DescriptionValues = null)
{
    /// <summary>The description to say in the reader's language.</summary>
    public UserMessage Said => JournalEntry.Described(Description, DescriptionFormat, DescriptionValues);

    public bool CanReverse => JournalEntry.CanReverse(SourceType, ReversedByEntryId is not null);
}

public sealed record JournalFilter(DateOnly? From = null, DateOnly? To = null, string? AccountCode = null, string? SourceType = null);

public sealed record TrialBalanceRow(string Code, string Name, AccountType Type, decimal Debit, decimal Credit)
{
    public decimal Balance => Debit - Credit;
}

public sealed record TrialBalance(DateOnly From, DateOnly To, IReadOnlyList<TrialBalanceRow> Rows, decimal TotalDebit, decimal TotalCredit)
{
    public bool Balanced => TotalDebit == TotalCredit;
}

public sealed record ClosedDayRow(DateOnly Date, int Entries, decimal Debits, string ClosedBy, DateTime ClosedAt);

public sealed record AccountRow(string Code, string Name, AccountType Type);

/// <summary>The ledger as Accounting reads it: the journal, the trial balance, the closed days, and reversals.</summary>
public sealed class LedgerService(IDbContextFactory<AppDbContext> dbFactory, AccessGuard guard, LedgerPosting ledger, BusinessCalendar calendar,
    IStringLocalizer<Messages> messages)
{
    /// <summary>The reason fits the reversing entry's description with the words around it.</summary>
    public const int ReversalReasonMaxLength = 400;

    private static readonly SortMap<JournalEntry> Sorts = new SortMap<JournalEntry>(nameof(JournalRow.Date), true).ThenBy(e => e.Id)
        .Add(nameof(JournalRow.Id), e => e.Id)
        .Add(nameof(JournalRow.Date), e => e.Date)
        .Add(nameof(JournalRow.Description), e => e.Description)
        .Add(nameof(JournalRow.SourceType), e => e.SourceType)
        .Add(nameof(JournalRow.PostedAt), e => e.PostedAt);

    private static readonly SortMap<ClosedDay> DaySorts = new SortMap<ClosedDay>(nameof(ClosedDayRow.Date), true).ThenBy(d => d.Date)
        .Add(nameof(ClosedDayRow.Date), d => d.Date)
        .Add(nameof(ClosedDayRow.Entries), d => d.Entries)
        .Add(nameof(ClosedDayRow.Debits), d => d.Debits)
        .Add(nameof(ClosedDayRow.ClosedAt), d => d.ClosedAt);

    public async Task<PageResult<JournalRow>> JournalAsync(PageRequest request, JournalFilter filter, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageLedger, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.JournalEntries.AsNoTracking();
        if (filter.From is { } from)
        {
            query = query.Where(e => e.Date >= from);
        }
        if (filter.To is { } to)
        {
            query = query.Where(e => e.Date <= to);
        }
        if (!string.IsNullOrEmpty(filter.AccountCode))
        {
            query = query.Where(e => e.Lines.Any(l => l.AccountCode == filter.AccountCode));
        }
        if (!string.IsNullOrEmpty(filter.SourceType))
        {
            query = query.Where(e => e.SourceType == filter.SourceType);
        }
        if (request.Term is { } term)
        {
            // By the English description every entry keeps, or by the words the reader sees ("nota fiscal").
            var worded = messages.FormatsSaying(term);
            query = query.Where(e => e.Description.ToLower().Contains(term) || (e.DescriptionFormat != null && worded.Contains(e.DescriptionFormat)));
        }
        return await query.ToPageAsync(request, Sorts,
            e => new JournalRow(e.Id, e.Date, e.Description, e.SourceType, e.SourceId, e.PostedBy, e.PostedAt, e.ReversesEntryId,
                db.JournalEntries.Where(r => r.ReversesEntryId == e.Id).Select(r => (long?)r.Id).FirstOrDefault(),
                e.Lines.Sum(l => l.Debit), e.Lines.OrderBy(l => l.Id).Select(l => new JournalLineRow(l.AccountCode, l.Debit, l.Credit)).ToList(), e.DescriptionFormat, e.DescriptionValues),
            cancellationToken);
    }

    public async Task<IReadOnlyList<AccountRow>> AccountsAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageLedger, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Accounts.OrderBy(a => a.Code).Select(a => new AccountRow(a.Code, a.Name, a.Type)).ToListAsync(cancellationToken);
    }

    /// <summary>Debits and credits per account over the entries dated in the range; the database sums them.</summary>
    public async Task<TrialBalance> TrialBalanceAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageLedger, cancellationToken);
        if (to < from)
        {
            throw new InvalidInputException(new ValidationErrors().Add("To", "The end of the range comes before its start."));
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var sums = await db.JournalEntries.Where(e => e.Date >= from && e.Date <= to)
            .SelectMany(e => e.Lines)
            .GroupBy(l => l.AccountCode)
            .Select(g => new { Code = g.Key, Debit = g.Sum(l => l.Debit), Credit = g.Sum(l => l.Credit) })
            .ToDictionaryAsync(s => s.Code, cancellationToken);
        var rows = (await db.Accounts.OrderBy(a => a.Code).ToListAsync(cancellationToken))
            .Select(a => sums.TryGetValue(a.Code, out var s)
                ? new TrialBalanceRow(a.Code, a.Name, a.Type, s.Debit, s.Credit)
                : new TrialBalanceRow(a.Code, a.Name, a.Type, 0, 0))
            .ToList();
        return new TrialBalance(from, to, rows, rows.Sum(r => r.Debit), rows.Sum(r => r.Credit));
    }

    public async Task<PageResult<ClosedDayRow>> ClosedDaysAsync(PageRequest request, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageLedger, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ClosedDays.AsNoTracking().ToPageAsync(request, DaySorts,
            d => new ClosedDayRow(d.Date, d.Entries, d.Debits, d.ClosedBy, d.ClosedAt), cancellationToken);
    }

    public async Task<DateOnly?> LastClosedDayAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageLedger, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return (await db.LockDateAsync(cancellationToken)).LastClosedDay;
    }

    /// <summary>Corrects a posted entry by posting its reverse today; an entry is reversed at most once.</summary>
    public async Task<long> ReverseAsync(long entryId, string reason, CancellationToken cancellationToken = default)
    {
        var actor = await guard.DemandAsync(Policies.ManageLedger, cancellationToken);
        new ValidationErrors()
            .Require(!string.IsNullOrWhiteSpace(reason), "Reason", "Say why the entry is reversed.")
            .CheckText("Reason", reason, ReversalReasonMaxLength)
            .ThrowIfAny();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entry = await db.JournalEntries.AsNoTracking().Include(e => e.Lines.OrderBy(l => l.Id)).SingleOrDefaultAsync(e => e.Id == entryId, cancellationToken)
            ?? throw new NotFoundException($"There is no journal entry #{entryId}.");
        var reversal = await ledger.PostAsync(db, lockDate => entry.Reverse(calendar.Today, reason.Trim(), lockDate, actor.Name, calendar.UtcNow),
                actor.Name, actor.UserId, $"entry-{entryId}", cancellationToken)
            ?? throw new DomainException($"Entry #{entryId} has already been reversed.");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            throw new DomainException($"Entry #{entryId} has just been reversed by someone else.");
        }
        return reversal.Id;
    }
}
