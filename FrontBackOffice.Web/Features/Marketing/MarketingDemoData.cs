using FrontBackOffice.Domain.Jobs;
using FrontBackOffice.Domain.Marketing;
using FrontBackOffice.Domain.Orders;
using FrontBackOffice.Domain.Pipeline;
using FrontBackOffice.Domain.Staff;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Demo;
using FrontBackOffice.Web.Jobs;
using FrontBackOffice.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Features.Marketing;

/// <summary>
/// The demo company's marketing: this morning's scheduled run of the segmentation; three campaigns (one ended, one
/// running, one planned) with the orders entered with their codes and the leads that came from them; and two promotions,
/// an ended one on the desks and a running one that the drafts entered since it began use.
/// </summary>
public static class MarketingDemoData
{
    private static readonly ResourceText L = new(typeof(MarketingText));

    public static async Task SeedAsync(AppDbContext db, DemoContext demo, JobRunner runner, CancellationToken cancellationToken)
    {
        await SegmentAsync(db, demo, runner, cancellationToken);
        await CampaignsAsync(db, demo, cancellationToken);
        await PromotionsAsync(db, demo, cancellationToken);
    }

    private static async Task PromotionsAsync(AppDbContext db, DemoContext demo, CancellationToken cancellationToken)
    {
        if (await db.Promotions.AnyAsync(cancellationToken))
        {
            return;
        }
        var marketing = demo.Staff(StaffRoles.Marketing).DisplayName;
        var today = demo.Today;
        var desks = await db.Products.Where(p => p.Sku.StartsWith("DSK-")).Select(p => p.Id).ToListAsync(cancellationToken);
        var winter = new Promotion(new PromotionInput(L["Winter sale: 10 % off orders from 100"], "WINTER10", DiscountKind.Percentage, 10m,
            today.AddDays(-7), today.AddDays(23), 100m, []), marketing, demo.At(today.AddDays(-9), 11));
        db.Promotions.AddRange(
            new Promotion(new PromotionInput(L["Desk days: 25 off a desk"], "DESK25", DiscountKind.FixedAmount, 25m, today.AddDays(-45), today.AddDays(-31), 200m, desks),
                marketing, demo.At(today.AddDays(-47), 11)),
            winter);
        await db.SaveChangesAsync(cancellationToken);

        // The orders seeded earlier are still tracked, with the row versions they had before the campaigns were set on
        // them in SQL: the drafts are read afresh.
        db.ChangeTracker.Clear();
        var since = demo.Calendar.StartOf(winter.StartsOn);
        var drafts = await db.SalesOrders.Include(o => o.Lines).Where(o => o.Status == OrderStatus.Draft && o.CreatedAt >= since).ToListAsync(cancellationToken);
        var terms = winter.Terms;
        foreach (var draft in drafts.Where(d => terms.RefusalOf(d.Lines.Select(l => l.Input).ToList(), today) is null))
        {
            draft.ApplyPromotion(terms, today);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task CampaignsAsync(AppDbContext db, DemoContext demo, CancellationToken cancellationToken)
    {
        if (await db.Campaigns.AnyAsync(cancellationToken))
        {
            return;
        }
        var marketing = demo.Staff(StaffRoles.Marketing).DisplayName;
        var today = demo.Today;
        var refresh = new Campaign(new CampaignInput(L["Office refresh mailing"], "REFRESH", CampaignChannel.Email, 2_500m, today.AddDays(-56), today.AddDays(-29), Segment.Loyal),
            marketing, demo.At(today.AddDays(-60), 10));
        var welcome = new Campaign(new CampaignInput(L["Welcome offer for new buyers"], "WELCOME", CampaignChannel.Social, 4_000m, today.AddDays(-21), today.AddDays(14), Segment.New),
            marketing, demo.At(today.AddDays(-25), 10));
        var winBack = new Campaign(new CampaignInput(L["Win-back at the trade fair"], "WINBACK", CampaignChannel.Events, 6_000m, today.AddDays(7), today.AddDays(37), Segment.AtRisk),
            marketing, demo.At(today.AddDays(-3), 10));
        db.Campaigns.AddRange(refresh, welcome, winBack);
        await db.SaveChangesAsync(cancellationToken);

        // The orders entered with a campaign's code while it ran: every third of the first's days, every fourth of the second's.
        await AttributeAsync(db, demo, refresh, every: 3, cancellationToken);
        await AttributeAsync(db, demo, welcome, every: 4, cancellationToken);
        await db.Leads.Where(l => l.Source == LeadSource.Event).ExecuteUpdateAsync(l => l.SetProperty(x => x.CampaignId, refresh.Id), cancellationToken);
        await db.Leads.Where(l => l.Source == LeadSource.Website || l.Source == LeadSource.Advertising)
            .ExecuteUpdateAsync(l => l.SetProperty(x => x.CampaignId, welcome.Id), cancellationToken);
    }

    private static async Task AttributeAsync(AppDbContext db, DemoContext demo, Campaign campaign, int every, CancellationToken cancellationToken)
    {
        var (from, to) = (demo.Calendar.StartOf(campaign.StartsOn), demo.Calendar.StartOf(campaign.EndsOn.AddDays(1)));
        var ids = await db.SalesOrders.Where(o => o.CreatedAt >= from && o.CreatedAt < to).OrderBy(o => o.Id).Select(o => o.Id).ToListAsync(cancellationToken);
        var attributed = ids.Where((_, i) => i % every == 0).ToList();
        await db.SalesOrders.Where(o => attributed.Contains(o.Id)).ExecuteUpdateAsync(o => o.SetProperty(x => x.CampaignId, campaign.Id), cancellationToken);
    }

    private static async Task SegmentAsync(AppDbContext db, DemoContext demo, JobRunner runner, CancellationToken cancellationToken)
    {
        if (await db.JobRuns.AnyAsync(r => r.JobType == JobKinds.Segmentation.Type, cancellationToken))
        {
            return;
        }
        var segmentation = new JobRun(JobKinds.Segmentation.Type, ScheduledJobs.Subject, null, JobRun.BySchedule, null, demo.NotAfterNow(demo.At(demo.Today, 3)));
        db.JobRuns.Add(segmentation);
        await db.SaveChangesAsync(cancellationToken);
        await runner.RunAsync(segmentation.Id, cancellationToken);
    }
}
