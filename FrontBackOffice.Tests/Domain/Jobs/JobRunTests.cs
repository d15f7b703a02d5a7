using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Jobs;

namespace FrontBackOffice.Tests.Domain.Jobs;

public class JobRunTests
{
    private static readonly DateTime Now = new(2026, 3, 10, 2, 0, 0, DateTimeKind.Utc);

    private static JobRun Queued() => new("NightlyAccounting", "books", null, JobRun.BySchedule, null, Now);

    [Fact]
    public void Run_GoesFromQueuedThroughRunningToSucceeded()
    {
        var run = Queued();

        run.Start(Now.AddSeconds(1));
        run.Progress(3, 10);
        run.Succeed("done", Now.AddSeconds(9));

        Assert.Equal(JobRunState.Succeeded, run.State);
        Assert.Equal((10, 10), (run.Done, run.Total));
        Assert.Equal((Now.AddSeconds(1), Now.AddSeconds(9)), (run.StartedAt, run.FinishedAt));
    }

    [Fact]
    public void Start_AgainAfterACrash_CarriesOnWithTheSameRun()
    {
        var run = Queued();
        run.Start(Now);
        run.Progress(4, 10);

        run.Start(Now.AddMinutes(5));

        Assert.Equal((JobRunState.Running, Now, 4), (run.State, run.StartedAt, run.Done));
    }

    [Fact]
    public void EndedRun_CannotStartAgain()
    {
        var run = Queued();
        run.Start(Now);
        run.Fail("boom", Now);

        Assert.Throws<DomainException>(() => run.Start(Now));
        Assert.Throws<DomainException>(() => run.Fail("again", Now));
    }

    [Fact]
    public void Progress_BeforeTheStart_IsRefused() => Assert.Throws<DomainException>(() => Queued().Progress(1, 2));

    [Fact]
    public void Progress_NeverShowsMoreDoneThanTotal()
    {
        var run = Queued();
        run.Start(Now);

        run.Progress(12, 10);

        Assert.Equal((12, 12), (run.Done, run.Total));
    }
}
