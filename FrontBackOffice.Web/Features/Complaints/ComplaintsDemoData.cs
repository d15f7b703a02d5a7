using FrontBackOffice.Domain.Complaints;
using FrontBackOffice.Domain.Staff;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Demo;
using FrontBackOffice.Web.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontBackOffice.Web.Features.Complaints;

/// <summary>
/// About forty complaints of the last month in every state, some of them past their SLA. A product-quality complaint
/// names its product (the task chair's wheels, the 120 cm desk's top) and the customer's order of it, if they have one.
/// </summary>
public static class ComplaintsDemoData
{
    private static readonly ResourceText L = new(typeof(ComplaintsText));

    private static readonly (ComplaintCategory Category, string Subject, string Text, string Answer)[] Stories =
    [
        (ComplaintCategory.Delivery, "Parcel arrived late", "The order was promised for Tuesday and arrived on Friday.", "The carrier lost a day at the depot; we switched the route and refunded the shipping."),
        (ComplaintCategory.Delivery, "Wrong delivery address", "Goods went to the billing address instead of the delivery address.", "The picking slip used the wrong address field; corrected and re-sent."),
        (ComplaintCategory.ProductQuality, "Chair wheel broken", "One wheel of the task chair broke in the first week.", "A replacement wheel set was sent today, free of charge."),
        (ComplaintCategory.ProductQuality, "Desk scratched on arrival", "The desk top had a long scratch when unpacked.", "We will collect the desk and deliver a new one on Monday."),
        (ComplaintCategory.Billing, "Invoice total looks wrong", "The invoice shows VAT on the shipping that was free.", "Checked: the VAT is on the goods only; we sent a clearer copy of the invoice."),
        (ComplaintCategory.Billing, "Paid twice", "The customer paid the same invoice twice by mistake.", "The second payment is refunded to the customer's account."),
        (ComplaintCategory.Staff, "Unfriendly driver", "The delivery driver was rude to the receptionist.", "We spoke with the driver's manager; an apology was sent."),
        (ComplaintCategory.Other, "Website password reset", "The customer portal reset e-mail never arrives.", "The mail relay was blocking the domain; fixed."),
    ];

    public static async Task SeedAsync(AppDbContext db, DemoContext demo, IOptions<ComplaintsOptions> options, CancellationToken cancellationToken)
    {
        if (await db.Complaints.AnyAsync(cancellationToken))
        {
            return;
        }
        var rng = demo.Random;
        var orders = await db.SalesOrders.Where(o => o.ShippedAt != null).Select(o => new { o.Id, o.CustomerId, o.ShippedAt }).ToListAsync(cancellationToken);
        var support = Actor(demo.Staff(StaffRoles.Support));
        var sales = Actor(demo.Staff(StaffRoles.Sales));
        var statuses = Enum.GetValues<ComplaintStatus>();
        var complainedOf = await db.Products.Where(p => p.Sku == "CHR-100" || p.Sku == "DSK-120").ToDictionaryAsync(p => p.Sku, p => p.Id, cancellationToken);
        var ordersOf = await db.SalesOrderLines.Where(l => complainedOf.Values.Contains(l.ProductId))
            .Select(l => new { l.ProductId, l.OrderId }).ToListAsync(cancellationToken);
        for (var i = 0; i < 40; i++)
        {
            var story = Stories[i % Stories.Length];
            var order = orders[rng.Next(orders.Count)];
            var opener = i % 3 == 0 ? sales : support;
            var priority = (ComplaintPriority)rng.Next(4);
            var target = statuses[i % statuses.Length];
            // Settled complaints spread over the last month; pending ones are mostly within their SLA, one in four past it.
            var sla = options.Value.SlaHours[priority];
            var opened = target >= ComplaintStatus.Resolved ? demo.Now.AddHours(-rng.Next(48, 24 * 30))
                : i % 4 == 1 ? demo.Now.AddHours(-sla - rng.Next(1, 48))
                : demo.Now.AddMinutes(-rng.Next(30, sla * 45));
            var orderId = i % 4 == 0 ? (int?)null : order.Id;
            int? productId = null;
            if (story.Category == ComplaintCategory.ProductQuality)
            {
                productId = complainedOf[story.Subject.StartsWith("Chair", StringComparison.Ordinal) ? "CHR-100" : "DSK-120"];
                orderId = ordersOf.Any(o => o.ProductId == productId && o.OrderId == orderId) ? orderId : null;
            }
            var complaint = new Complaint(new ComplaintInput(order.CustomerId, orderId, story.Category, priority, L[story.Subject], L[story.Text], productId),
                options.Value.Sla, opener, opened);
            var team = Actor(demo.Staff(complaint.Team));
            var at = opened;
            if (target >= ComplaintStatus.Escalated)
            {
                complaint.Escalate(opener, at = Step(at, demo, 1));
            }
            if (target >= ComplaintStatus.Answered)
            {
                complaint.AssignTo(team, team, at = Step(at, demo, 2));
                complaint.AnswerWith(L[story.Answer], team, at = Step(at, demo, 20));
            }
            if (target >= ComplaintStatus.Resolved)
            {
                complaint.Resolve(L["Called the customer and explained."], opener, at = Step(at, demo, 6));
            }
            if (target >= ComplaintStatus.Closed)
            {
                complaint.Close(opener, Step(at, demo, 24));
            }
            db.Complaints.Add(complaint);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static DateTime Step(DateTime from, DemoContext demo, int hours)
    {
        var next = from.AddMinutes(demo.Random.Next(10, hours * 60));
        return next < demo.Now ? next : from.AddTicks((demo.Now - from).Ticks / 2);
    }

    private static ComplaintActor Actor(Security.StaffUser user) => new(user.Id, user.DisplayName);
}
