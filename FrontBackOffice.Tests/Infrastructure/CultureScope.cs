using System.Globalization;

namespace FrontBackOffice.Tests.Infrastructure;

/// <summary>Runs the code inside it in a culture (its numbers and dates) and language (its text), as a user's circuit would.</summary>
public sealed class CultureScope : IDisposable
{
    private readonly (CultureInfo Culture, CultureInfo UiCulture) before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);

    public CultureScope(string culture) =>
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (CultureInfo.GetCultureInfo(culture), CultureInfo.GetCultureInfo(culture));

    public void Dispose() => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
}
