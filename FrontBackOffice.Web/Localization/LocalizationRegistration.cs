using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace FrontBackOffice.Web.Localization;

public static class LocalizationRegistration
{
    /// <summary>
    /// Text comes from the <c>.resx</c> beside the class it is named after: each feature folder has its own
    /// (<c>Features/Orders/OrdersText.pt-BR.resx</c>), the layout and shared components use <see cref="AppText"/>. Their
    /// numbers may choose the form of a word (<see cref="Plurals"/>).
    /// </summary>
    public static IServiceCollection AddAppLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddSingleton<ResourceManagerStringLocalizerFactory>();
        services.Replace(ServiceDescriptor.Singleton<IStringLocalizerFactory, PluralLocalizerFactory>());
        services.AddTransient<MudLocalizer, MudTextLocalizer>();
        return services;
    }
}

/// <summary>The words of the app's layout and shared components (menu, app bar, fields, error and status pages).</summary>
public sealed class AppText;

/// <summary>MudBlazor's own words (pager, date picker, grid filters) in the user's language, from <c>MudText.*.resx</c>.</summary>
public sealed class MudText;

/// <summary>Gives MudBlazor its words from <see cref="MudText"/>; a key missing there keeps MudBlazor's English.</summary>
public sealed class MudTextLocalizer(IStringLocalizer<MudText> text) : MudLocalizer
{
    public override LocalizedString this[string key] => text[key];
}
