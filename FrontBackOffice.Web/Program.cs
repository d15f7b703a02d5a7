using FrontBackOffice.Web.Benchmarks;
using FrontBackOffice.Web.Company;
using FrontBackOffice.Web.Components;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Demo;
using FrontBackOffice.Web.Features;
using FrontBackOffice.Web.Features.Payroll;
using FrontBackOffice.Web.Features.SignIn;
using FrontBackOffice.Web.Features.Stock;
using FrontBackOffice.Web.Jobs;
using FrontBackOffice.Web.Localization;
using FrontBackOffice.Web.Security;
using FrontBackOffice.Web.Shared;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

// The settings a user edits (appsettings.json at the repository root) are copied beside the app, which is
// therefore the content root; relative SQLite files land in its data folder.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = AppContext.BaseDirectory,
});

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSettings<SeedOptions>(builder.Configuration);
CompanyOptions.AddTo(builder.Services, builder.Configuration);
builder.Services.AddAppData();
builder.Services.AddSharedServices();
builder.Services.AddStaffSecurity(builder.Configuration);
builder.Services.AddJobs(builder.Configuration);
builder.Services.AddFeatures(builder.Configuration);
if (BenchCommand.IsRequested(args))
{
    builder.Configuration.AddInMemoryCollection(BenchCommand.Settings(args));
}
if (BenchCommand.IsRequested(args) || GenerateCommand.IsRequested(args))
{
    BenchCommand.AddServices(builder.Services);
}

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
// The server does not say what it is.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
// Messages appear at the bottom, clear of the page header and its buttons.
builder.Services.AddMudServices(mud => mud.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomRight);
builder.Services.AddHttpContextAccessor();
builder.Services.AddAppLocalization();

var app = builder.Build();

// A missing or wrong setting stops the app here, with a message naming it.
app.Services.GetRequiredService<IStartupValidator>().Validate();
await app.Services.PrepareDatabaseAsync();
if (CreateAdminCommand.IsRequested(args))
{
    return await CreateAdminCommand.RunAsync(app.Services, args, Console.In, Console.Out);
}
if (BenchCommand.IsRequested(args))
{
    return await BenchCommand.RunAsync(app.Services, args, Console.Out);
}
if (GenerateCommand.IsRequested(args))
{
    return await GenerateCommand.RunAsync(app.Services, args, Console.Out);
}
app.Services.RegisterSchedules();

app.UseForwardedHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
    app.UseHsts();
    app.UseHttpsRedirection();
}
app.UseSecurityHeaders();
app.UseSignInLimits();
app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
app.UseRequestLocalization(Languages.Configure);

app.UseAuthentication();
// Services ask the AuthenticationStateProvider who is calling; give it the request's user outside components too.
app.Use((context, next) =>
{
    if (context.RequestServices.GetRequiredService<AuthenticationStateProvider>() is IHostEnvironmentAuthenticationStateProvider host)
    {
        host.SetAuthenticationState(Task.FromResult(new AuthenticationState(context.User)));
    }
    return next(context);
});
app.UsePasswordChangeGate();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets();
// The app's own Content-Security-Policy already forbids framing: no second CSP header for interactive pages.
app.MapRazorComponents<App>().AddInteractiveServerRenderMode(server => server.ContentSecurityFrameAncestorsPolicy = null);
app.MapAccountEndpoints();
app.MapLanguageSwitch();
app.MapPayslipExports();
app.MapVarianceExports();
app.MapJobsDashboard();
app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteAsync }).AllowAnonymous();

await app.RunAsync();
return 0;

public partial class Program;
