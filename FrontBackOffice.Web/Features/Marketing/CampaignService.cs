using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Marketing;
using FrontBackOffice.Domain.Orders;
using FrontBackOffice.Domain.Pipeline;
using FrontBackOffice.Web.Company;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Security;
using FrontBackOffice.Web.Shared.Submissions;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Features.Marketing;

public sealed record CampaignRow(int Id, string Name, string Code, CampaignChannel Channel, decimal Budget, DateOnly StartsOn, DateOnly EndsOn, Segment? TargetSegment);

/// <summary>The net revenue invoiced in the week that starts on <see cref="WeekOf"/>.</summary>
public sealed record CampaignWeek(DateOnly WeekOf, decimal Revenue);

public sealed record CampaignDetail(
    int Id, CampaignInput Input, CampaignState State, string CreatedBy, DateTime CreatedAt, long Version, CampaignResults Results,
    IReadOnlyList<CampaignWeek> Weeks, int? TargetCustomers);

/// <summary>
/// Marketing's campaigns and what each earned: the leads that name it, those won, the orders entered with its code and
/// their revenue, against its budget. Every figure is counted and summed in the database.
/// </summary>
public sealed class CampaignService(
    IDbContextFactory<AppDbContext> dbFactory, AccessGuard guard, BusinessCalendar calendar, Submissions submissions)
{
    private static readonly OrderStatus[] Counted = [OrderStatus.Confirmed, OrderStatus.Shipped, OrderStatus.Invoiced];

    /// <summary>The most weeks the results chart shows: the campaign's last year.</summary>
    public const int WeeksShown = 52;

    private static readonly SortMap<Campaign> Sorts = new SortMap<Campaign>(nameof(CampaignRow.StartsOn), true).ThenBy(c => c.Id)
        .Add(nameof(CampaignRow.Name), c => c.Name)
        .Add(nameof(CampaignRow.Code), c => c.Code)
        .Add(nameof(CampaignRow.Channel), c => c.Channel)
        .Add(nameof(CampaignRow.Budget), c => c.Budget)
        .Add(nameof(CampaignRow.StartsOn), c => c.StartsOn)
        .Add(nameof(CampaignRow.EndsOn), c => c.EndsOn);

    public async Task<PageResult<CampaignRow>> SearchAsync(PageRequest request, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageCampaigns, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var campaigns = db.Campaigns.AsNoTracking();
        if (request.Term is { } term)
        {
            campaigns = campaigns.Where(c => c.Name.ToLower().Contains(term) || c.Code.ToLower().Contains(term));
        }
        return await campaigns.ToPageAsync(request, Sorts,
            c => new CampaignRow(c.Id, c.Name, c.Code, c.Channel, c.Budget, c.StartsOn, c.EndsOn, c.TargetSegment), cancellationToken);
    }

    public async Task<CampaignDetail> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageCampaigns, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // Tracked, so that its row version is read with it.
        var campaign = await db.Campaigns.SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new NotFoundException($"There is no campaign #{id}.");
        var leads = await db.Leads.CountAsync(l => l.CampaignId == id, cancellationToken);
        var won = await db.Opportunities.CountAsync(o => o.Stage == PipelineStage.Won && db.Leads.Any(l => l.Id == o.LeadId && l.CampaignId == id), cancellationToken);
        var orders = await db.SalesOrders.CountAsync(o => o.CampaignId == id && Counted.Contains(o.Status), cancellationToken);
        var invoiced = db.SalesOrders.Where(o => o.CampaignId == id && o.Status == OrderStatus.Invoiced);
        var revenue = await invoiced.SumAsync(o => o.NetTotal, cancellationToken);
        var today = calendar.Today;
        var lastWeek = campaign.EndsOn < today ? campaign.EndsOn : today;
        var firstWeek = campaign.StartsOn.AddDays(7 * Math.Max(0, (lastWeek.DayNumber - campaign.StartsOn.DayNumber) / 7 - (WeeksShown - 1)));
        var perDay = await invoiced.Where(o => o.InvoiceDate >= firstWeek)
            .GroupBy(o => o.InvoiceDate!.Value)
            .Select(g => new { Day = g.Key, Net = g.Sum(o => o.NetTotal) })
            .ToListAsync(cancellationToken);
        var weeks = new List<CampaignWeek>();
        for (var week = firstWeek; week <= lastWeek; week = week.AddDays(7))
        {
            var end = week.AddDays(7);
            weeks.Add(new CampaignWeek(week, perDay.Where(d => d.Day >= week && d.Day < end).Sum(d => d.Net)));
        }
        int? target = campaign.TargetSegment is { } segment ? await db.CustomerSegments.CountAsync(s => s.Segment == segment, cancellationToken) : null;
        return new CampaignDetail(campaign.Id, campaign.Input, campaign.StateOn(today), campaign.CreatedBy, campaign.CreatedAt, db.RowVersionOf(campaign),
            new CampaignResults(campaign.Budget, leads, won, orders, revenue), weeks, target);
    }

    /// <summary>Adds a campaign; the same <paramref name="submission"/> (the form's key) never adds a second one.</summary>
    public async Task<int> CreateAsync(CampaignInput input, Guid? submission = null, CancellationToken cancellationToken = default)
    {
        var actor = await guard.DemandAsync(Policies.ManageCampaigns, cancellationToken);
        input.Validate().ThrowIfAny();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await submissions.OnceAsync(db, submission, nameof(Campaign), async () =>
        {
            await RefuseTakenCodeAsync(db, input, null, cancellationToken);
            var campaign = new Campaign(input, actor.Name, calendar.UtcNow);
            db.Campaigns.Add(campaign);
            await SaveAsync(db, cancellationToken);
            return campaign.Id;
        }, cancellationToken);
    }

    public async Task UpdateAsync(int id, long version, CampaignInput input, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageCampaigns, cancellationToken);
        input.Validate().ThrowIfAny();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var campaign = await db.Campaigns.SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new NotFoundException($"There is no campaign #{id}.");
        await RefuseTakenCodeAsync(db, input, id, cancellationToken);
        db.ExpectRowVersion(campaign, version);
        campaign.Update(input);
        await SaveAsync(db, cancellationToken);
    }

    private static async Task RefuseTakenCodeAsync(AppDbContext db, CampaignInput input, int? exceptId, CancellationToken cancellationToken)
    {
        var code = Campaign.NormalizeCode(input.Code);
        if (await db.Campaigns.Where(c => c.Code == code && c.Id != exceptId).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken) is { } holder)
        {
            throw CodeTaken(holder);
        }
    }

    private static async Task SaveAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException("Someone else changed this campaign since you opened it. Open it again to see their changes.");
        }
        catch (DbUpdateException e) when (e.IsUniqueViolationOf(nameof(Campaign.Code)))
        {
            throw CodeTaken("another campaign");
        }
    }

    private static InvalidInputException CodeTaken(string holder) =>
        new(new ValidationErrors().Add(nameof(CampaignInput.Code), $"This code already belongs to {holder}."));
}
