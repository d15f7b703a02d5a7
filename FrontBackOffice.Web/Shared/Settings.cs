using Microsoft.Extensions.Options;

namespace FrontBackOffice.Web.Shared;

/// <summary>
/// A section of the settings (appsettings.json, environment variables) bound to a class. Every setting has a safe
/// default; <see cref="Problems"/> names each wrong value by its setting, and any problem stops the start.
/// </summary>
public interface ISettings
{
    static abstract string Section { get; }

    IEnumerable<string> Problems();
}

public static class SettingsRegistration
{
    /// <summary>The one way settings are bound and validated: bound from their section, checked at start.</summary>
    public static IServiceCollection AddSettings<T>(this IServiceCollection services, IConfiguration configuration) where T : class, ISettings
    {
        services.AddOptions<T>().Bind(configuration.GetSection(T.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<T>, SettingsValidator<T>>();
        return services;
    }

    private sealed class SettingsValidator<T> : IValidateOptions<T> where T : class, ISettings
    {
        public ValidateOptionsResult Validate(string? name, T options)
        {
            var problems = options.Problems().ToList();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
