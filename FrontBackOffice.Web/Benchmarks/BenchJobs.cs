using System.Diagnostics;
using System.Globalization;
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

/// <summary>
/// A job's figures and its baselines as the benchmark file shows them: a headline, then one table row of the sizes, the
/// cold and warm times, the warm rate of <see cref="Unit"/>, and the ratios to the floor and to the naive way.
/// </summary>
public sealed record JobFigures(string Unit, int Count, TimeSpan Cold, TimeSpan Warm, TimeSpan Floor, int NaiveCount, TimeSpan Naive)
{
    public string Table(string headline, params (string Header, int Value)[] sizes)
    {
        var rate = Count / Warm.TotalSeconds;
        var naiveRate = NaiveCount / Naive.TotalSeconds;
        string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        return string.Join('\n',
            headline,
            "",
            $"| {string.Join(" | ", sizes.Select(s => s.Header))} | cold s | warm s | {Unit}/s (warm) | floor s | warm/floor | naive {Unit}/s ({NaiveCount:N0}) | warm/naive speed |",
            $"|{string.Concat(Enumerable.Repeat("---|", sizes.Length + 7))}",
            string.Create(CultureInfo.InvariantCulture,
                $"| {string.Join(" | ", sizes.Select(s => s.Value.ToString("N0", CultureInfo.InvariantCulture)))} | {Seconds(Cold)} | {Seconds(Warm)} | {rate:N0} | {Seconds(Floor)} | {Warm / Floor:0.0}× | {naiveRate:N0} | {rate / naiveRate:0.0}× |"));
    }
}
