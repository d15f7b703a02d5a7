using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Customers;
using FrontBackOffice.Domain.Pipeline;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Features.Pipeline;

public sealed record OpportunityCard(
    int Id, string Number, string Title, string Party, decimal ExpectedValue, DateOnly ExpectedClose, string Owner, PipelineStage Stage,
    int? CustomerId, long Version);

/// <summary>A column of the board: every opportunity of the stage counted and summed, the first of them shown.</summary>
public sealed record StageColumn(PipelineStage Stage, int Count, decimal Value, IReadOnlyList<OpportunityCard> Cards);

/// <summary>What the win step shows: who buys, and the customer who already holds their tax number or e-mail, if any.</summary>
public sealed record WinPreview(int Id, string Number, string Title, string Party, string? TaxNumber, string? Email, int? CustomerId, string? CustomerName);

/// <summary>A won opportunity: the customer who buys, and the code of the campaign its lead came from (for the order it opens).</summary>
public sealed record Won(int CustomerId, string? CampaignCode);

/// <summary>
/// The sales pipeline: opportunities move across the open stages and end won, for a customer found or added, or lost,
/// with the reason. Sales works it; Marketing reads it.
/// </summary>
public sealed class PipelineService(IDbContextFactory<AppDbContext> dbFactory, AccessGuard guard, TimeProvider clock)
{
    /// <summary>The most cards a column shows; its count and value cover all of its opportunities.</summary>
    public const int CardsPerColumn = 50;

    /// <summary>How long won and lost opportunities stay on the board.</summary>
    public static readonly TimeSpan ClosedShownFor = TimeSpan.FromDays(30);

    public async Task<IReadOnlyList<StageColumn>> BoardAsync(CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ReadPipeline, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var closedSince = clock.GetUtcNow().UtcDateTime - ClosedShownFor;
        var shown = db.Opportunities.AsNoTracking().Where(o => o.ClosedAt == null || o.ClosedAt >= closedSince);
        var totals = await shown.GroupBy(o => o.Stage)
            .Select(g => new { Stage = g.Key, Count = g.Count(), Value = g.Sum(o => o.ExpectedValue) })
            .ToDictionaryAsync(t => t.Stage, cancellationToken);
        var columns = new List<StageColumn>();
        foreach (var stage in Enum.GetValues<PipelineStage>())
        {
            var inStage = shown.Where(o => o.Stage == stage);
            var ordered = Opportunity.IsOpenStage(stage)
                ? inStage.OrderBy(o => o.ExpectedClose).ThenBy(o => o.Id)
                : inStage.OrderByDescending(o => o.ClosedAt).ThenByDescending(o => o.Id);
            var cards = await ordered.Take(CardsPerColumn)
                .Join(db.Leads, o => o.LeadId, l => l.Id, (o, l) => new OpportunityCard(o.Id, Opportunity.NumberOf(o.Id), o.Title, l.Company ?? l.Name,
                    o.ExpectedValue, o.ExpectedClose, o.Owner, o.Stage, o.CustomerId, EF.Property<long>(o, RowVersions.Name)))
                .ToListAsync(cancellationToken);
            var total = totals.GetValueOrDefault(stage);
            columns.Add(new StageColumn(stage, total?.Count ?? 0, total?.Value ?? 0m, cards));
        }
        return columns;
    }

    public async Task MoveAsync(int id, long version, PipelineStage stage, CancellationToken cancellationToken = default) =>
        await ChangeAsync(id, version, (opportunity, at) => opportunity.MoveTo(stage, at), cancellationToken);

    public async Task LoseAsync(int id, long version, string reason, CancellationToken cancellationToken = default) =>
        await ChangeAsync(id, version, (opportunity, at) => opportunity.Lose(reason, at), cancellationToken);

    public async Task ReopenAsync(int id, long version, CancellationToken cancellationToken = default) =>
        await ChangeAsync(id, version, (opportunity, at) => opportunity.Reopen(at), cancellationToken);

    public async Task<WinPreview> WinPreviewAsync(int id, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManagePipeline, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (opportunity, lead) = await ReadAsync(db, id, cancellationToken);
        var customer = await MatchingCustomerAsync(db, lead.TaxNumber, lead.Email, cancellationToken);
        return new WinPreview(id, opportunity.Number, opportunity.Title, lead.Party, lead.TaxNumber, lead.Email, customer?.Id, customer?.Name);
    }

    /// <summary>
    /// Wins the opportunity for the customer who holds <paramref name="taxNumber"/> (or else the lead's e-mail), adding
    /// the lead's party as a customer with that tax number when there is none, in one transaction. Returns the customer,
    /// and the code of the lead's campaign.
    /// </summary>
    public async Task<Won> WinAsync(int id, long version, string? taxNumber, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManagePipeline, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (opportunity, lead) = await ReadAsync(db, id, cancellationToken, tracked: true);
        db.ExpectRowVersion(opportunity, version);
        var at = clock.GetUtcNow().UtcDateTime;
        var tax = string.IsNullOrWhiteSpace(taxNumber) ? lead.TaxNumber : taxNumber;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var customerId = (await MatchingCustomerAsync(db, tax, lead.Email, cancellationToken))?.Id;
        if (customerId is null)
        {
            var details = new CustomerDetails(lead.Party, tax ?? "", lead.Email, lead.Phone, null, null, $"Won from {opportunity.Number}: {opportunity.Title}");
            details.Validate().ThrowIfAny();
            var customer = new Customer(details, at);
            db.Customers.Add(customer);
            await SaveAsync(db, cancellationToken);
            customerId = customer.Id;
        }
        opportunity.Win(customerId.Value, at);
        await SaveAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var campaign = await db.Campaigns.Where(c => c.Id == lead.CampaignId).Select(c => c.Code).SingleOrDefaultAsync(cancellationToken);
        return new Won(customerId.Value, campaign);
    }

    private async Task ChangeAsync(int id, long version, Action<Opportunity, DateTime> change, CancellationToken cancellationToken)
    {
        await guard.DemandAsync(Policies.ManagePipeline, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var opportunity = await db.Opportunities.SingleOrDefaultAsync(o => o.Id == id, cancellationToken)
            ?? throw new NotFoundException($"There is no opportunity {Opportunity.NumberOf(id)}.");
        db.ExpectRowVersion(opportunity, version);
        change(opportunity, clock.GetUtcNow().UtcDateTime);
        await SaveAsync(db, cancellationToken);
    }

    private static async Task<(Opportunity Opportunity, Lead Lead)> ReadAsync(AppDbContext db, int id, CancellationToken cancellationToken, bool tracked = false)
    {
        var opportunities = tracked ? db.Opportunities : db.Opportunities.AsNoTracking();
        var opportunity = await opportunities.SingleOrDefaultAsync(o => o.Id == id, cancellationToken)
            ?? throw new NotFoundException($"There is no opportunity {Opportunity.NumberOf(id)}.");
        var lead = await db.Leads.AsNoTracking().SingleAsync(l => l.Id == opportunity.LeadId, cancellationToken);
        return (opportunity, lead);
    }

    /// <summary>The customer holding the tax number, or else the e-mail (in any case).</summary>
    private static async Task<(int Id, string Name)?> MatchingCustomerAsync(AppDbContext db, string? taxNumber, string? email, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(taxNumber))
        {
            var tax = Contacts.NormalizeTaxNumber(taxNumber);
            if (await db.Customers.Where(c => c.TaxNumber == tax).Select(c => new { c.Id, c.Name }).FirstOrDefaultAsync(cancellationToken) is { } holder)
            {
                return (holder.Id, holder.Name);
            }
        }
        if (email?.ToLowerInvariant() is { } mail
            && await db.Customers.Where(c => c.Email != null && c.Email.ToLower() == mail).OrderBy(c => c.Id).Select(c => new { c.Id, c.Name })
                .FirstOrDefaultAsync(cancellationToken) is { } reached)
        {
            return (reached.Id, reached.Name);
        }
        return null;
    }

    private static async Task SaveAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException("Someone else moved this opportunity since you saw it. The board shows where it is now.");
        }
        catch (DbUpdateException e) when (e.IsUniqueViolationOf(nameof(Customer.TaxNumber)))
        {
            throw new InvalidInputException(new ValidationErrors().Add(nameof(CustomerDetails.TaxNumber), Contacts.TaxNumberTakenBy("a customer added a moment ago")));
        }
    }
}
