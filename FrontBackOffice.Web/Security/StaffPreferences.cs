using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Security;

/// <summary>What a member of staff chooses for themselves, kept on their account so it follows them to any browser.</summary>
public sealed class StaffPreferences(IDbContextFactory<AppDbContext> dbFactory, AccessGuard guard)
{
    /// <summary>The theme they chose; null when they have not chosen (the browser's preference then holds).</summary>
    public async Task<bool?> DarkModeAsync(CancellationToken cancellationToken = default)
    {
        var actor = await guard.DemandSignedInAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Users.Where(u => u.Id == actor.UserId).Select(u => u.DarkMode).SingleOrDefaultAsync(cancellationToken);
    }

    public async Task SetDarkModeAsync(bool dark, CancellationToken cancellationToken = default)
    {
        var actor = await guard.DemandSignedInAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Users.Where(u => u.Id == actor.UserId).ExecuteUpdateAsync(u => u.SetProperty(x => x.DarkMode, dark), cancellationToken);
    }

    /// <summary>Keeps the language the person chose on their account, so it holds at their next sign-in on any browser.</summary>
    public async Task SetLanguageAsync(string culture, CancellationToken cancellationToken = default)
    {
        var language = Languages.Supported(culture) ?? throw new ArgumentException($"The app does not speak {culture}.", nameof(culture));
        var actor = await guard.DemandSignedInAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Users.Where(u => u.Id == actor.UserId).ExecuteUpdateAsync(u => u.SetProperty(x => x.Language, language), cancellationToken);
    }
}
