using FrontBackOffice.Web.Company;
using FrontBackOffice.Web.Security;
using Microsoft.AspNetCore.Identity;

namespace FrontBackOffice.Web.Demo;

/// <summary>What every area's demo data needs: a fixed random source, the company calendar and the demo staff.</summary>
public sealed class DemoContext(BusinessCalendar calendar, IReadOnlyDictionary<string, StaffUser> staffByRole, decimal vatRate)
{
    public Random Random { get; } = new(2026);

    public BusinessCalendar Calendar { get; } = calendar;

    public decimal VatRate { get; } = vatRate;

    public DateTime Now => Calendar.UtcNow;

    public DateOnly Today => Calendar.Today;

    public StaffUser Staff(string role) => staffByRole[role];

    /// <summary>A moment of a past business day, at a local hour (fractions allowed).</summary>
    public DateTime At(DateOnly day, double localHour) => Calendar.StartOf(day).AddHours(localHour);

    /// <summary>The moment wanted if it has passed, otherwise a minute ago: the demo records nothing in the future.</summary>
    public DateTime NotAfterNow(DateTime wanted) => wanted < Now ? wanted : Now.AddMinutes(-1);

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

    public static async Task<DemoContext> CreateAsync(UserManager<StaffUser> users, BusinessCalendar calendar, decimal vatRate)
    {
        var staff = new Dictionary<string, StaffUser>();
        foreach (var (email, _, role) in DemoStaff.Users)
        {
            staff[role] = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"Demo user {email} is missing.");
        }
        return new DemoContext(calendar, staff, vatRate);
    }
}
