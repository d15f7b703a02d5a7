using FrontBackOffice.Domain.Pipeline;
using FrontBackOffice.Domain.Staff;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Demo;
using FrontBackOffice.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Features.Pipeline;

/// <summary>The demo company's leads: new ones to work, two set aside, and opportunities in every stage of the pipeline.</summary>
public static class PipelineDemoData
{
    private static readonly ResourceText L = new(typeof(PipelineText));

    private static readonly LeadDetails[] New =
    [
        new("Ingrid Vos", "Vos Architecten", "ingrid@vos-architecten.example", "+31 20 555 1101", null, LeadSource.Website, "Asked for a quote for 12 sit-stand desks."),
        new("Tom Becker", null, "tom.becker@mail.example", null, null, LeadSource.Referral, "Home office; referred by Brightline Media."),
        new("Lena Richter", "Richter & Partner Steuerberatung", "l.richter@richter-partner.example", "+49 30 555 1102", "DE301234567", LeadSource.Event, "Met at the office-design fair: moving in March."),
        new("Marco Rossi", "Studio Rossi", null, "+39 02 555 1103", null, LeadSource.ColdCall, null),
    ];

    private static readonly LeadDetails[] SetAside =
    [
        new("Pieter Smit", "Smit Retail", "pieter@smit-retail.example", null, null, LeadSource.Advertising, null),
        new("Julia Wenz", null, "julia.wenz@mail.example", null, null, LeadSource.Website, null),
    ];

    private static readonly (LeadDetails Lead, OpportunityTerms Terms, PipelineStage Stage)[] Opportunities =
    [
        (new("Sanne de Wit", "De Wit Accountants", "sanne@dewit-accountants.example", "+31 10 555 1201", "NL861234567B01", LeadSource.Website, null),
            new("Reception and 20 workplaces", 18_400m, default), PipelineStage.Qualification),
        (new("Jonas Keller", "Keller Logistik GmbH", "jonas.keller@keller-logistik.example", "+49 40 555 1202", "DE309876543", LeadSource.Event, null),
            new("Warehouse office chairs", 6_250m, default), PipelineStage.Qualification),
        (new("Emma Laurent", "Laurent Conseil", "emma@laurent-conseil.example", "+33 1 555 1203", "FR12345678901", LeadSource.Referral, null),
            new("Meeting room fit-out", 9_800m, default), PipelineStage.Proposal),
        (new("Noah Peeters", "Peeters Engineering", "noah@peeters-eng.example", "+32 9 555 1204", "BE0456789123", LeadSource.Advertising, null),
            new("Drawing tables and lamps", 4_300m, default), PipelineStage.Proposal),
        (new("Olivia Brown", "Brown & Co Solicitors", "olivia@brown-solicitors.example", "+44 20 5550 1205", "GB987654321", LeadSource.Website, null),
            new("Archive cabinets for two floors", 12_750m, default), PipelineStage.Negotiation),
        (new("Lucas Jansen", "Jansen Bouw", "lucas@jansen-bouw.example", "+31 30 555 1206", "NL872345678B01", LeadSource.ColdCall, null),
            new("Site office furniture", 7_900m, default), PipelineStage.Negotiation),
        (new("Mila Novak", "Novak Design", "mila@novak-design.example", null, "SI12345678", LeadSource.Referral, null),
            new("Studio desks", 3_600m, default), PipelineStage.Lost),
    ];

    public static async Task SeedAsync(AppDbContext db, DemoContext demo, CancellationToken cancellationToken)
    {
        if (await db.Leads.AnyAsync(cancellationToken))
        {
            return;
        }
        var marketing = demo.Staff(StaffRoles.Marketing).DisplayName;
        var sales = demo.Staff(StaffRoles.Sales).DisplayName;
        DateTime Captured(int i) => demo.At(demo.Today.AddDays(-40 + i * 2), 10);

        var setAside = SetAside.Select((details, i) => new Lead(Written(details), marketing, Captured(i))).ToList();
        var qualified = Opportunities.Select((o, i) => new Lead(Written(o.Lead), marketing, Captured(i + 3))).ToList();
        db.Leads.AddRange(New.Select((details, i) => new Lead(Written(details), marketing, demo.At(demo.Today.AddDays(-i), 9 + i))));
        db.Leads.AddRange(setAside);
        db.Leads.AddRange(qualified);
        await db.SaveChangesAsync(cancellationToken);

        setAside[0].Disqualify(L["A single shop counter: not what we sell."], Captured(1));
        setAside[1].Disqualify(L["Student project, no budget."], Captured(2));
        for (var i = 0; i < qualified.Count; i++)
        {
            var (_, terms, stage) = Opportunities[i];
            var at = Captured(i + 4);
            var opportunity = qualified[i].Qualify(terms with { Title = L[terms.Title], ExpectedClose = demo.Today.AddDays(7 + i * 6) }, sales, at);
            if (stage == PipelineStage.Lost)
            {
                opportunity.Lose(L["Chose a cheaper supplier."], at.AddDays(5));
            }
            else if (stage != PipelineStage.Qualification)
            {
                opportunity.MoveTo(stage, at.AddDays(3));
            }
            db.Opportunities.Add(opportunity);
        }
        await db.SaveChangesAsync(cancellationToken);
        await WinOneAsync(db, demo, sales, cancellationToken);
    }

    /// <summary>One opportunity won last week by a customer the demo company already sells to.</summary>
    private static async Task WinOneAsync(AppDbContext db, DemoContext demo, string sales, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.OrderBy(c => c.Id).FirstAsync(cancellationToken);
        var lead = new Lead(new LeadDetails(customer.Name, customer.Name, customer.Email, customer.Phone, customer.TaxNumber, LeadSource.Referral,
            L["Existing customer: a second office."]), sales, demo.At(demo.Today.AddDays(-20), 11));
        db.Leads.Add(lead);
        await db.SaveChangesAsync(cancellationToken);
        var won = lead.Qualify(new OpportunityTerms(L["Second office, 8 workplaces"], 8_200m, demo.Today.AddDays(-5)), sales, demo.At(demo.Today.AddDays(-19), 10));
        won.MoveTo(PipelineStage.Negotiation, demo.At(demo.Today.AddDays(-12), 10));
        won.Win(customer.Id, demo.At(demo.Today.AddDays(-6), 15));
        db.Opportunities.Add(won);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A lead with its notes in the demo's language.</summary>
    private static LeadDetails Written(LeadDetails lead) => lead with { Notes = lead.Notes is { } notes ? L[notes] : null };
}
