using Microsoft.Extensions.Options;

namespace FrontBackOffice.Web.Company;

/// <summary>The company's calendar: business days are calendar days in <c>Company:TimeZone</c>.</summary>
public sealed class BusinessCalendar(TimeProvider clock, IOptions<CompanyOptions> options)
{
    public TimeZoneInfo TimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    public DateOnly Today => DayOf(UtcNow);

    public DateOnly DayOf(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, TimeZone));

    /// <summary>The UTC instant at which a business day starts.</summary>
    public DateTime StartOf(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), TimeZone);

    public DateTime LocalTime(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, TimeZone);
}
