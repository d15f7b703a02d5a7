using System.Globalization;
using FrontBackOffice.Web.Company;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Features.Complaints;
using FrontBackOffice.Web.Features.Customers;
using FrontBackOffice.Web.Features.Employees;
using FrontBackOffice.Web.Features.Ledger;
using FrontBackOffice.Web.Features.Making;
using FrontBackOffice.Web.Features.Marketing;
using FrontBackOffice.Web.Features.Orders;
using FrontBackOffice.Web.Features.Payroll;
using FrontBackOffice.Web.Features.Pipeline;
using FrontBackOffice.Web.Features.Purchasing;
using FrontBackOffice.Web.Features.Stock;
using FrontBackOffice.Web.Jobs;
using FrontBackOffice.Web.Localization;
using FrontBackOffice.Web.Security;
using FrontBackOffice.Web.Shared.Ledger;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontBackOffice.Web.Demo;

/// <summary>
/// Fills an empty database with the demo company when <c>Seed:Demo</c> is true. Every step checks what is
/// already there, so a second start changes nothing. The company writes its texts in <c>Seed:Language</c>: each area
/// reads them from its feature's resource in that language.
/// </summary>
public static class DemoSeeder
{
    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var language = Languages.Supported(services.GetRequiredService<IOptions<SeedOptions>>().Value.Language) ?? Languages.English;
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            await SeedInAsync(services, cancellationToken);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private static async Task SeedInAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var users = services.GetRequiredService<UserManager<StaffUser>>();
        await DemoStaff.SeedAsync(users);

        var demo = await DemoContext.CreateAsync(users, services.GetRequiredService<BusinessCalendar>(),
            services.GetRequiredService<IOptions<CompanyOptions>>().Value.VatRate);
        await using var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(cancellationToken);
        await StockDemoData.SeedAsync(db, demo, cancellationToken);
        await SuppliersDemoData.SeedAsync(db, demo, services.GetRequiredService<IOptions<CompanyOptions>>().Value.Currency, cancellationToken);
        await PurchasingDemoData.SeedAsync(db, demo, cancellationToken);
        await CustomersDemoData.SeedAsync(db, demo, cancellationToken);
        await OrdersDemoData.SeedAsync(db, demo, cancellationToken);
        await PipelineDemoData.SeedAsync(db, demo, cancellationToken);
        await ComplaintsDemoData.SeedAsync(db, demo, services.GetRequiredService<IOptions<ComplaintsOptions>>(), cancellationToken);
        await EmployeesDemoData.SeedAsync(db, demo, cancellationToken);
        await PayrollDemoData.SeedAsync(db, demo, services.GetRequiredService<JobRunner>(), services.GetRequiredService<LedgerPosting>(), cancellationToken);
        await CountsDemoData.SeedAsync(db, demo, cancellationToken);
        await LedgerDemoData.SeedAsync(db, demo, services.GetRequiredService<JobRunner>(), cancellationToken);
        await MakingDemoData.SeedAsync(db, demo, services.GetRequiredService<IOptions<MakingOptions>>().Value,
            services.GetRequiredService<JobRunner>(), cancellationToken);
        await MarketingDemoData.SeedAsync(db, demo, services.GetRequiredService<JobRunner>(), cancellationToken);
    }
}
