using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Pipeline;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Security;
using FrontBackOffice.Web.Shared.Submissions;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Features.Pipeline;

public sealed record LeadRow(int Id, string Number, string Name, string? Company, string? Email, LeadSource Source, LeadStatus Status, DateTime CreatedAt);

/// <summary>Another lead or a customer with the same e-mail or tax number: perhaps the same party.</summary>
public sealed record PossibleDuplicate(string Kind, int Id, string Number, string Name, string Match);

/// <summary>A campaign a lead may name.</summary>
public sealed record CampaignChoice(int Id, string Code, string Name);

public sealed record LeadDetail(
    int Id, string Number, LeadDetails Details, string? CampaignCode, LeadStatus Status, string? DisqualifiedReason, string CreatedBy, DateTime CreatedAt,
    DateTime? ClosedAt, int? OpportunityId, IReadOnlyList<PossibleDuplicate> Duplicates, long Version);

/// <summary>What an import added: the leads, and the lines of those whose e-mail or tax number a lead or customer already has.</summary>
public sealed record LeadImport(int Imported, IReadOnlyList<int> PossibleDuplicateLines);

/// <summary>The people who may buy: Marketing and Sales capture them, qualify them into the pipeline or disqualify them.</summary>
public sealed class LeadService(IDbContextFactory<AppDbContext> dbFactory, AccessGuard guard, TimeProvider clock, Submissions submissions)
{
    /// <summary>The largest lead file taken.</summary>
    public const int ImportMaxMegabytes = 5;

    public const long ImportMaxBytes = ImportMaxMegabytes * 1024L * 1024L;

    /// <summary>How a refusal names a lead file.</summary>
    public const string LeadFileName = "a lead file";

    /// <summary>The most lines a lead file may have.</summary>
    public const int ImportMaxLines = 20_000;

    /// <summary>Values looked up per query: well under the parameters a statement may have (SQLite 32,766, SQL Server 2,100).</summary>
    private const int LookupBatch = 500;

    private static readonly SortMap<Lead> Sorts = new SortMap<Lead>(nameof(LeadRow.CreatedAt), true).ThenBy(l => l.Id)
        .Add(nameof(LeadRow.Number), l => l.Id)
        .Add(nameof(LeadRow.Name), l => l.Name)
        .Add(nameof(LeadRow.Company), l => l.Company)
        .Add(nameof(LeadRow.Email), l => l.Email)
        .Add(nameof(LeadRow.Source), l => l.Source)
        .Add(nameof(LeadRow.Status), l => l.Status)
        .Add(nameof(LeadRow.CreatedAt), l => l.CreatedAt);

    public async Task<PageResult<LeadRow>> SearchAsync(PageRequest request, LeadStatus? status = null, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageLeads, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var leads = db.Leads.AsNoTracking();
        if (status is { } wanted)
        {
            leads = leads.Where(l => l.Status == wanted);
        }
        if (request.Term is { } term)
        {
            var id = request.SearchedId("LEAD-");
            leads = leads.Where(l => l.Id == id || l.Name.ToLower().Contains(term) || (l.Company != null && l.Company.ToLower().Contains(term))
                || (l.Email != null && l.Email.ToLower().Contains(term)));
        }
        return await leads.ToPageAsync(request, Sorts,
            l => new LeadRow(l.Id, Lead.NumberOf(l.Id), l.Name, l.Company, l.Email, l.Source, l.Status, l.CreatedAt), cancellationToken);
    }

    public async Task<LeadDetail> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageLeads, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // Tracked, so that its row version is read with it.
        var lead = await db.Leads.SingleOrDefaultAsync(l => l.Id == id, cancellationToken)
            ?? throw new NotFoundException($"There is no lead {Lead.NumberOf(id)}.");
        var opportunity = await db.Opportunities.Where(o => o.LeadId == id).Select(o => (int?)o.Id).SingleOrDefaultAsync(cancellationToken);
        var campaign = await db.Campaigns.Where(c => c.Id == lead.CampaignId).Select(c => c.Code).SingleOrDefaultAsync(cancellationToken);
        return new LeadDetail(lead.Id, lead.Number, lead.Details, campaign, lead.Status, lead.DisqualifiedReason, lead.CreatedBy, lead.CreatedAt,
            lead.ClosedAt, opportunity, await DuplicatesAsync(db, lead, cancellationToken), db.RowVersionOf(lead));
    }

    /// <summary>The campaigns a lead may name, the latest first.</summary>
    public async Task<IReadOnlyList<CampaignChoice>> CampaignsAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageLeads, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Campaigns.AsNoTracking().OrderByDescending(c => c.StartsOn).ThenByDescending(c => c.Id).Take(CampaignsOffered)
            .Select(c => new CampaignChoice(c.Id, c.Code, c.Name)).ToListAsync(cancellationToken);
    }

    /// <summary>How many campaigns the lead form offers.</summary>
    public const int CampaignsOffered = 100;

    /// <summary>Adds a lead; the same <paramref name="submission"/> (the form's key) never adds a second one.</summary>
    public async Task<int> CreateAsync(LeadDetails details, Guid? submission = null, CancellationToken cancellationToken = default)
    {
        var actor = await guard.DemandAsync(Policies.ManageLeads, cancellationToken);
        details.Validate().ThrowIfAny();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await RefuseUnknownCampaignAsync(db, details, cancellationToken);
        return await submissions.OnceAsync(db, submission, nameof(Lead), async () =>
        {
            var lead = new Lead(details, actor.Name, clock.GetUtcNow().UtcDateTime);
            db.Leads.Add(lead);
            await db.SaveChangesAsync(cancellationToken);
            return lead.Id;
        }, cancellationToken);
    }

    public async Task UpdateAsync(int id, long version, LeadDetails details, CancellationToken cancellationToken = default)
    {
        await ChangeAsync(id, version, async (lead, _, _, db) =>
        {
            await RefuseUnknownCampaignAsync(db, details, cancellationToken);
            lead.Update(details);
        }, cancellationToken);
    }

    private static async Task RefuseUnknownCampaignAsync(AppDbContext db, LeadDetails details, CancellationToken cancellationToken)
    {
        if (details.CampaignId is { } id && !await db.Campaigns.AnyAsync(c => c.Id == id, cancellationToken))
        {
            throw new InvalidInputException(new ValidationErrors().Add(nameof(LeadDetails.CampaignId), "This campaign does not exist."));
        }
    }

    public async Task DisqualifyAsync(int id, long version, string reason, CancellationToken cancellationToken = default) =>
        await ChangeAsync(id, version, (lead, _, at, _) =>
        {
            lead.Disqualify(reason, at);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>Qualifies a new lead into an opportunity at the pipeline's first stage, owned by whoever qualifies it.</summary>
    public async Task<int> QualifyAsync(int id, long version, OpportunityTerms terms, CancellationToken cancellationToken = default)
    {
        Opportunity? opportunity = null;
        await ChangeAsync(id, version, (lead, actor, at, db) =>
        {
            db.Opportunities.Add(opportunity = lead.Qualify(terms, actor.Name, at));
            return Task.CompletedTask;
        }, cancellationToken);
        return opportunity!.Id;
    }

    /// <summary>
    /// Imports <c>name,company,email,phone,tax_number,source,notes</c>: every lead of the file, or none when any line is
    /// bad. A lead whose e-mail or tax number another lead or a customer has is imported and flagged (its page names the
    /// others), not silently merged.
    /// </summary>
    public async Task<LeadImport> ImportAsync(Stream file, CancellationToken cancellationToken = default)
    {
        var actor = await guard.DemandAsync(Policies.ManageLeads, cancellationToken);
        var (header, rows) = await CsvFiles.ReadUploadAsync(file, ImportMaxMegabytes, ImportMaxLines, LeadFileName, cancellationToken);
        var (lines, errors, badLines) = LeadFile.Check(header, rows.Select(r => new LeadFileRow(r.LineNumber, r.Fields)));
        if (badLines > 0)
        {
            throw new ImportRefusedException(errors, badLines);
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (knownEmails, knownTaxNumbers) = await KnownAsync(db, lines.Select(l => l.Details), cancellationToken);
        var at = clock.GetUtcNow().UtcDateTime;
        var flagged = new List<int>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var chunk in lines.Chunk(1000))
        {
            foreach (var line in chunk)
            {
                var lead = new Lead(line.Details, actor.Name, at);
                if ((lead.Email is { } email && knownEmails.Contains(email)) || (lead.TaxNumber is { } tax && knownTaxNumbers.Contains(tax)))
                {
                    flagged.Add(line.LineNumber);
                }
                db.Leads.Add(lead);
            }
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        await transaction.CommitAsync(cancellationToken);
        return new LeadImport(lines.Count, flagged);
    }

    /// <summary>The e-mails (in any case) and tax numbers of the given leads that a lead or a customer already has.</summary>
    private static async Task<(HashSet<string> Emails, HashSet<string> TaxNumbers)> KnownAsync(
        AppDbContext db, IEnumerable<LeadDetails> leads, CancellationToken cancellationToken)
    {
        var list = leads.ToList();
        var emails = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var batch in list.Where(l => l.Email is not null).Select(l => l.Email!.Trim().ToLowerInvariant()).Distinct().Chunk(LookupBatch))
        {
            emails.UnionWith(await db.Leads.Where(l => l.Email != null && batch.Contains(l.Email.ToLower())).Select(l => l.Email!).ToListAsync(cancellationToken));
            emails.UnionWith(await db.Customers.Where(c => c.Email != null && batch.Contains(c.Email.ToLower())).Select(c => c.Email!).ToListAsync(cancellationToken));
        }
        var taxNumbers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var batch in list.Where(l => l.TaxNumber is not null).Select(l => Contacts.NormalizeTaxNumber(l.TaxNumber!)).Distinct().Chunk(LookupBatch))
        {
            taxNumbers.UnionWith(await db.Leads.Where(l => l.TaxNumber != null && batch.Contains(l.TaxNumber)).Select(l => l.TaxNumber!).ToListAsync(cancellationToken));
            taxNumbers.UnionWith(await db.Customers.Where(c => batch.Contains(c.TaxNumber)).Select(c => c.TaxNumber).ToListAsync(cancellationToken));
        }
        return (emails, taxNumbers);
    }

    /// <summary>Changes the lead as read at <paramref name="version"/> and saves it with whatever the change added.</summary>
    private async Task ChangeAsync(int id, long version, Func<Lead, Actor, DateTime, AppDbContext, Task> change, CancellationToken cancellationToken)
    {
        var actor = await guard.DemandAsync(Policies.ManageLeads, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var lead = await db.Leads.SingleOrDefaultAsync(l => l.Id == id, cancellationToken)
            ?? throw new NotFoundException($"There is no lead {Lead.NumberOf(id)}.");
        db.ExpectRowVersion(lead, version);
        await change(lead, actor, clock.GetUtcNow().UtcDateTime, db);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException("Someone else changed this lead since you opened it. Open it again to see their changes.");
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            throw new ConcurrencyConflictException("Someone else qualified this lead at the same moment. Open it again to see its opportunity.");
        }
    }

    /// <summary>Other leads and customers with the lead's e-mail (in any case) or tax number.</summary>
    private static async Task<IReadOnlyList<PossibleDuplicate>> DuplicatesAsync(AppDbContext db, Lead lead, CancellationToken cancellationToken)
    {
        var email = lead.Email?.ToLowerInvariant();
        var tax = lead.TaxNumber;
        if (email is null && tax is null)
        {
            return [];
        }
        var leads = await db.Leads.AsNoTracking()
            .Where(l => l.Id != lead.Id && ((email != null && l.Email != null && l.Email.ToLower() == email) || (tax != null && l.TaxNumber == tax)))
            .OrderBy(l => l.Id).Take(10)
            .Select(l => new { l.Id, l.Name, l.Email, l.TaxNumber })
            .ToListAsync(cancellationToken);
        var customers = await db.Customers.AsNoTracking()
            .Where(c => (email != null && c.Email != null && c.Email.ToLower() == email) || (tax != null && c.TaxNumber == tax))
            .OrderBy(c => c.Id).Take(10)
            .Select(c => new { c.Id, c.Name, c.Email, c.TaxNumber })
            .ToListAsync(cancellationToken);
        string Match(string? otherTax) => tax is not null && otherTax == tax ? "tax number" : "e-mail";
        return
        [
            .. leads.Select(l => new PossibleDuplicate("Lead", l.Id, Lead.NumberOf(l.Id), l.Name, Match(l.TaxNumber))),
            .. customers.Select(c => new PossibleDuplicate("Customer", c.Id, c.TaxNumber, c.Name, Match(c.TaxNumber))),
        ];
    }
}
