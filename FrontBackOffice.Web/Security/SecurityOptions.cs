using FrontBackOffice.Web.Shared;

namespace FrontBackOffice.Web.Security;

/// <summary>The <c>Security</c> settings: session checks, sign-in limits, HSTS and the proxies trusted to say who the client is.</summary>
public sealed class SecurityOptions : ISettings
{
    public static string Section => "Security";

    /// <summary>How often an open browser re-checks that its user's account is unchanged.</summary>
    public TimeSpan SessionRevalidationInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Sign-in and password-change attempts taken from one client address a minute.</summary>
    public int SignInAttemptsPerAddress { get; set; } = 20;

    /// <summary>Sign-in attempts taken for one e-mail a minute, from any address.</summary>
    public int SignInAttemptsPerAccount { get; set; } = 10;

    /// <summary>How long browsers remember to use HTTPS only (Strict-Transport-Security), outside Development.</summary>
    public TimeSpan HstsMaxAge { get; set; } = TimeSpan.FromDays(365);

    /// <summary>
    /// The addresses of the reverse proxies in front of the app, besides this machine (always trusted): from them, and
    /// only from them, <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> say the client's address and scheme.
    /// </summary>
    public List<string> TrustedProxies { get; set; } = [];

    public IEnumerable<string> Problems()
    {
        foreach (var proxy in TrustedProxies.Where(p => !System.Net.IPAddress.TryParse(p, out _)))
        {
            yield return $"Security:TrustedProxies holds '{proxy}', which is not an IP address.";
        }
        if (SessionRevalidationInterval <= TimeSpan.Zero)
        {
            yield return "Security:SessionRevalidationInterval must be a positive time span, e.g. 00:00:30.";
        }
        if (SignInAttemptsPerAddress <= 0 || SignInAttemptsPerAccount <= 0)
        {
            yield return "Security:SignInAttemptsPerAddress and Security:SignInAttemptsPerAccount must be at least 1.";
        }
        if (HstsMaxAge <= TimeSpan.Zero)
        {
            yield return "Security:HstsMaxAge must be a positive time span, e.g. 365.00:00:00.";
        }
    }
}
