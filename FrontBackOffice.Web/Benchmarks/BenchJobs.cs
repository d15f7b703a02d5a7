using System.Diagnostics;
using FrontBackOffice.Domain.Jobs;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Jobs;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Benchmarks;

/// <summary>
/// Runs a batch job on its real path: a run recorded as the schedule records it, then worked by the <see cref="JobRunner"/>
/// exactly as Hangfire's call would, timed from the hand-over to the run's end.
/// </summary>
public sealed class BenchJobs(IDbContextFactory<AppDbContext> dbFactory, JobRunner runner, TimeProvider clock)
{
    public async Task<(TimeSpan Elapsed, JobRun Run)> RunAsync(JobKind kind, string subject, string? parameters, CancellationToken cancellationToken)
    {
        long runId;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var run = new JobRun(kind.Type, subject, parameters, JobRun.BySchedule, null, clock.GetUtcNow().UtcDateTime);
            db.JobRuns.Add(run);
            await db.SaveChangesAsync(cancellationToken);
            runId = run.Id;
        }
        var time = Stopwatch.StartNew();
        await runner.RunAsync(runId, cancellationToken);
        time.Stop();
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var run = await db.JobRuns.AsNoTracking().SingleAsync(r => r.Id == runId, cancellationToken);
            if (run.State != JobRunState.Succeeded)
            {
                throw new InvalidOperationException($"The {kind.Title} run ended {run.State}: {run.Error}");
            }
            return (time.Elapsed, run);
        }
    }
}
