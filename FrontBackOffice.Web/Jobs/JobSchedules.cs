using FrontBackOffice.Web.Company;
using FrontBackOffice.Web.Data;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Jobs;

/// <summary>A recurring job as the jobs page shows it: when it runs next, and when a run of it last started (by the schedule or a person).</summary>
public sealed record JobSchedule(string Type, string Title, string Cron, string TimeZone, DateTime? NextRunAt, DateTime? LastRunAt);

/// <summary>
/// The recurring jobs, from <c>Jobs:&lt;Type&gt;:Cron</c> (or the kind's default) in the company's time zone,
/// registered at start-up. An empty cron turns a schedule off.
/// </summary>
public sealed class JobSchedules(
    IRecurringJobManager recurring, JobStorage storage, IConfiguration configuration, BusinessCalendar calendar, IDbContextFactory<AppDbContext> dbFactory)
{
    public static string CronKey(JobKind kind) => $"Jobs:{kind.Type}:Cron";

    public void Register()
    {
        foreach (var kind in JobKinds.All.Where(k => k.Recurring))
        {
            var setting = configuration.GetSection(CronKey(kind));
            var cron = setting.Exists() ? setting.Value : kind.DefaultCron;
            if (string.IsNullOrWhiteSpace(cron))
            {
                recurring.RemoveIfExists(kind.Type);
                continue;
            }
            try
            {
                recurring.AddOrUpdate<ScheduledJobs>(kind.Type, jobs => jobs.StartAsync(kind.Type, CancellationToken.None), cron,
                    new RecurringJobOptions { TimeZone = calendar.TimeZone });
            }
            catch (ArgumentException e)
            {
                throw new SettingsException($"{CronKey(kind)} '{cron}' is not a valid cron expression: {e.Message}");
            }
        }
    }

    public async Task<IReadOnlyList<JobSchedule>> ListAsync(CancellationToken cancellationToken = default)
    {
        List<RecurringJobDto> jobs;
        using (var connection = storage.GetConnection())
        {
            jobs = connection.GetRecurringJobs().Where(r => JobKinds.All.Any(k => k.Type == r.Id)).ToList();
        }
        var types = jobs.Select(r => r.Id).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var lastRuns = await db.JobRuns.Where(r => types.Contains(r.JobType))
            .GroupBy(r => r.JobType)
            .Select(g => new { Type = g.Key, Last = g.Max(r => r.QueuedAt) })
            .ToDictionaryAsync(r => r.Type, r => r.Last, cancellationToken);
        return jobs.Select(r => new JobSchedule(r.Id, JobKinds.Of(r.Id).Title, r.Cron, r.TimeZoneId ?? "UTC", r.NextExecution,
            lastRuns.TryGetValue(r.Id, out var last) ? last : null)).ToList();
    }
}

/// <summary>What the schedule runs: a run started by "schedule", skipped when one is still going.</summary>
public sealed class ScheduledJobs(JobLauncher launcher, ILogger<ScheduledJobs> logger)
{
    public const string Subject = "books";

    public async Task StartAsync(string jobType, CancellationToken cancellationToken)
    {
        try
        {
            await launcher.StartAsync(JobKinds.Of(jobType), Subject, null, Domain.Jobs.JobRun.BySchedule, null, cancellationToken);
        }
        catch (JobAlreadyActiveException e)
        {
            logger.LogInformation("Scheduled {JobType} skipped: {Reason}", jobType, e.Message);
        }
    }
}
