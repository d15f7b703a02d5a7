using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;

namespace FrontBackOffice.Web.Layout;

/// <summary>An area of the app as the menu and the office home pages show it; the policy decides who sees it.</summary>
public sealed record NavItem(string Title, string Href, string Icon, string Policy, string Description)
{
    public NavLinkMatch Match { get; init; } = NavLinkMatch.Prefix;

    /// <summary>Served outside the Blazor router (opened as a whole page in a new tab).</summary>
    public bool External { get; init; }
}

public static class Navigation
{
    public static IReadOnlyList<NavItem> Front { get; } =
    [
        new("Home", "/front", Icons.Material.Filled.Home, Security.Policies.UseFrontOffice, "Your office at a glance.")
            { Match = NavLinkMatch.All },
        new("Customers", "/front/customers", Icons.Material.Filled.People, Security.Policies.ReadCustomers,
            "Customer records with their orders and complaints."),
        new("Orders", "/front/orders", Icons.Material.Filled.ShoppingCart, Security.Policies.ManageOrders,
            "Enter orders, confirm them against stock, ship and invoice."),
        new("Complaints", "/front/complaints", Icons.Material.Filled.ReportProblem, Security.Policies.ManageComplaints,
            "Take complaints, route them to the back office and tell the customer."),
        new("Campaigns", "/front/marketing/campaigns", Icons.Material.Filled.Campaign, Security.Policies.ManageCampaigns,
            "Campaigns with their budget, dates and target segment, and what each earned."),
        new("Promotions", "/front/marketing/promotions", Icons.Material.Filled.LocalOffer, Security.Policies.ManagePromotions,
            "Discount codes for orders: a percentage or an amount off, between two days."),
        new("Leads", "/front/marketing/leads", Icons.Material.Filled.PersonSearch, Security.Policies.ManageLeads,
            "People who may buy: capture them, qualify them into the pipeline or set them aside."),
        new("Pipeline", "/front/pipeline", Icons.Material.Filled.ViewKanban, Security.Policies.ReadPipeline,
            "Opportunities by stage, moved on to won or lost; a won one becomes an order."),
        new("Jobs", "/front/jobs", Icons.Material.Filled.Schedule, Security.Policies.RunSegmentation,
            "The customer segmentation: its schedule, its runs, and a run now."),
    ];

    public static IReadOnlyList<NavItem> Back { get; } =
    [
        new("Home", "/back", Icons.Material.Filled.Home, Security.Policies.UseBackOffice, "Your office at a glance.")
            { Match = NavLinkMatch.All },
        new("Complaint inbox", "/back/complaints", Icons.Material.Filled.Inbox, Security.Policies.AnswerComplaints,
            "The complaints the front office routed to your team."),
        new("Employees", "/back/employees", Icons.Material.Filled.Badge, Security.Policies.ManageEmployees,
            "Employee records and the weekly timesheets of hourly staff."),
        new("Payroll", "/back/payroll", Icons.Material.Filled.Payments, Security.Policies.ReadPayroll,
            "Monthly payroll runs: compute, approve, post, and the payslips."),
        new("Stock", "/back/stock", Icons.Material.Filled.Inventory, Security.Policies.ManageStock,
            "Stock levels, products, movements and goods receipts.") { Match = NavLinkMatch.All },
        new("Stock counts", "/back/stock/counts", Icons.Material.Filled.Checklist, Security.Policies.ManageStock,
            "Count a location and reconcile the differences."),
        new("Suppliers", "/back/purchasing/suppliers", Icons.Material.Filled.LocalShipping, Security.Policies.ReadPurchasing,
            "The companies the back office buys from, with their payment terms."),
        new("Purchase orders", "/back/purchasing/orders", Icons.Material.Filled.ShoppingCart, Security.Policies.ReadPurchasing,
            "Order from suppliers, receive the goods into stock, and see what is billed."),
        new("Supplier bills", "/back/purchasing/bills", Icons.Material.Filled.ReceiptLong, Security.Policies.ReadPurchasing,
            "What the company owes its suppliers, by due date."),
        new("Bills of materials", "/back/making/boms", Icons.Material.Filled.AccountTree, Security.Policies.ReadMaking,
            "What each product made in house is made of, version by version."),
        new("Work orders", "/back/making/work-orders", Icons.Material.Filled.Construction, Security.Policies.ReadMaking,
            "Make products from their components: release, complete, and what it cost."),
        new("Planning", "/back/making/planning", Icons.Material.Filled.EventRepeat, Security.Policies.ReadMaking,
            "What the replenishment planning proposes to make and buy, to accept as drafts."),
        new("Quality", "/back/making/quality", Icons.Material.Filled.Verified, Security.Policies.ReadMaking,
            "Product-quality complaints per units shipped, their trend, and the improvement actions raised."),
        new("Ledger", "/back/ledger", Icons.Material.Filled.MenuBook, Security.Policies.ManageLedger,
            "Journal entries, closed days and corrections by reversal.") { Match = NavLinkMatch.All },
        new("Trial balance", "/back/ledger/trial-balance", Icons.Material.Filled.Balance, Security.Policies.ManageLedger,
            "Debits and credits per account for any date range."),
        new("Jobs", "/back/jobs", Icons.Material.Filled.Schedule, Security.Policies.ReadJobs,
            "The batch jobs your role may run, their schedules and live progress."),
        new("Users", "/back/admin/users", Icons.Material.Filled.ManageAccounts, Security.Policies.ManageUsers,
            "Staff accounts, roles, locks and passwords."),
        new("Audit log", "/back/admin/audit", Icons.Material.Filled.Policy, Security.Policies.ReadAudit,
            "Who signed in, changed accounts, started jobs and posted entries."),
        new("Hangfire dashboard", "/hangfire", Icons.Material.Filled.Dashboard, Security.Policies.UseHangfireDashboard,
            "Hangfire's own view of the job queues and servers.") { External = true },
    ];

    public static IReadOnlyList<NavItem> For(Domain.Staff.Office? office) => office switch
    {
        Domain.Staff.Office.Front => Front,
        Domain.Staff.Office.Back => Back,
        _ => [],
    };
}
