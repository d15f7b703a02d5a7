using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace FrontBackOffice.Web.Security;

/// <summary>
/// What the sign-in pages take: a few attempts a minute from one client address (ASP.NET Core's rate limiter in front
/// of every <c>POST /Account/…</c>), a few a minute for one e-mail whatever the address (<see cref="AccountAttempts"/>),
/// and small forms (a body of at most <see cref="MaxFormBytes"/>).
/// </summary>
public static class SignInLimits
{
    public const int MaxFormBytes = 16 * 1024;

    public static IServiceCollection AddSignInLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SecurityOptions>>((limiter, security) =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Partitions are cached by key: the unlimited one must never share a key with an address, known or not.
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => IsAccountPost(http)
                ? RateLimitPartition.GetFixedWindowLimiter($"address:{http.Connection.RemoteIpAddress}", _ => PerMinute(security.Value.SignInAttemptsPerAddress))
                : RateLimitPartition.GetNoLimiter("unlimited"));
        });
        return services.AddSingleton<AccountAttempts>();
    }

    /// <summary>Caps the body of the account forms before anything reads it; the rate limiter runs next.</summary>
    public static IApplicationBuilder UseSignInLimits(this IApplicationBuilder app) => app
        .Use((http, next) =>
        {
            if (IsAccountPost(http) && http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body)
            {
                body.MaxRequestBodySize = MaxFormBytes;
            }
            return next(http);
        })
        .UseRateLimiter();

    private static bool IsAccountPost(HttpContext http) =>
        HttpMethods.IsPost(http.Request.Method) && http.Request.Path.StartsWithSegments("/Account", StringComparison.OrdinalIgnoreCase);

    internal static FixedWindowRateLimiterOptions PerMinute(int permits) =>
        new() { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 };
}

/// <summary>The sign-in attempts for one e-mail, from anywhere: a few a minute.</summary>
public sealed class AccountAttempts(IOptions<SecurityOptions> security) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(email =>
        RateLimitPartition.GetFixedWindowLimiter(email, _ => SignInLimits.PerMinute(security.Value.SignInAttemptsPerAccount)));

    /// <summary>Whether one more attempt for the e-mail may go on now.</summary>
    public bool TryTake(string email)
    {
        using var lease = limiter.AttemptAcquire(email.Trim().ToUpperInvariant());
        return lease.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();
}
