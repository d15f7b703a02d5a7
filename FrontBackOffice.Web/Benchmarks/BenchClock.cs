namespace FrontBackOffice.Web.Benchmarks;

/// <summary>The app's clock in a benchmark: the real time, moved back by <see cref="Offset"/> while a scenario replays an earlier night.</summary>
public sealed class BenchClock(TimeProvider time) : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => time.GetUtcNow() + Offset;

    public override TimeZoneInfo LocalTimeZone => time.LocalTimeZone;
}
