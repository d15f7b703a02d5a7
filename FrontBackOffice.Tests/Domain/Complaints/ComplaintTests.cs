using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Complaints;
using FrontBackOffice.Domain.Staff;

namespace FrontBackOffice.Tests.Domain.Complaints;

public class ComplaintTests
{
    private static readonly DateTime Opened = new(2026, 3, 10, 9, 0, 0, DateTimeKind.Utc);
    private static readonly ComplaintActor Support = new("u1", "Sue Support");
    private static readonly ComplaintActor Warehouse = new("u2", "Walt Warehouse");

    private static readonly Dictionary<ComplaintPriority, int> Hours = new()
    {
        [ComplaintPriority.Low] = 120, [ComplaintPriority.Normal] = 48, [ComplaintPriority.High] = 24, [ComplaintPriority.Urgent] = 8,
    };

    private static Complaint Open(ComplaintCategory category = ComplaintCategory.Delivery, ComplaintPriority priority = ComplaintPriority.High, bool pause = false) =>
        new(new ComplaintInput(1, null, category, priority, "Late delivery", "The parcel did not arrive.", category == ComplaintCategory.ProductQuality ? 7 : null),
            new ComplaintSla(Hours, pause), Support, Opened);

    private static Complaint InState(ComplaintStatus status)
    {
        var complaint = Open();
        if (status == ComplaintStatus.Open)
        {
            return complaint;
        }
        complaint.Escalate(Support, Opened.AddHours(1));
        if (status >= ComplaintStatus.Answered)
        {
            complaint.AnswerWith("Re-sent today.", Warehouse, Opened.AddHours(2));
        }
        if (status >= ComplaintStatus.Resolved)
        {
            complaint.Resolve(null, Support, Opened.AddHours(3));
        }
        if (status >= ComplaintStatus.Closed)
        {
            complaint.Close(Support, Opened.AddHours(4));
        }
        return complaint;
    }

    [Theory]
    [InlineData(ComplaintCategory.Delivery, StaffRoles.Warehouse)]
    [InlineData(ComplaintCategory.ProductQuality, StaffRoles.Warehouse)]
    [InlineData(ComplaintCategory.Billing, StaffRoles.Accounting)]
    [InlineData(ComplaintCategory.Staff, StaffRoles.HR)]
    [InlineData(ComplaintCategory.Other, StaffRoles.Admin)]
    public void Category_RoutesToItsTeam(ComplaintCategory category, string team) =>
        Assert.Equal(team, Open(category).Team);

    [Theory]
    [InlineData(ComplaintPriority.Low, 120)]
    [InlineData(ComplaintPriority.Normal, 48)]
    [InlineData(ComplaintPriority.High, 24)]
    [InlineData(ComplaintPriority.Urgent, 8)]
    public void Priority_SetsTheDueTime(ComplaintPriority priority, int hours) =>
        Assert.Equal(Opened.AddHours(hours), Open(priority: priority).DueAt);

    [Fact]
    public void TheWholeLoop_IsKeptInTheTimeline()
    {
        var complaint = InState(ComplaintStatus.Closed);

        Assert.Equal(
            [ComplaintEventKind.Opened, ComplaintEventKind.Escalated, ComplaintEventKind.Answered, ComplaintEventKind.Resolved, ComplaintEventKind.Closed],
            complaint.Events.Select(e => e.Kind));
        Assert.Equal(["Sue Support", "Sue Support", "Walt Warehouse", "Sue Support", "Sue Support"], complaint.Events.Select(e => e.ActorName));
        Assert.Equal("Re-sent today.", complaint.Events[2].Text);
        Assert.Equal(ComplaintStatus.Closed, complaint.Status);
    }

    [Fact]
    public void Reopen_TakesAResolvedComplaintBackToOpen()
    {
        var complaint = InState(ComplaintStatus.Resolved);

        complaint.Reopen("The customer called again.", Support, Opened.AddHours(5));

        Assert.Equal(ComplaintStatus.Open, complaint.Status);
        Assert.Null(complaint.Answer);
        Assert.Equal(ComplaintEventKind.Reopened, complaint.Events[^1].Kind);
    }

    [Fact]
    public void Assign_NamesTheTeamMember_InTheTimeline()
    {
        var complaint = InState(ComplaintStatus.Escalated);

        complaint.AssignTo(Warehouse, Warehouse, Opened.AddHours(2));

        Assert.Equal("Walt Warehouse", complaint.AssignedToName);
        Assert.Equal("Assigned to Walt Warehouse.", complaint.Events[^1].Text);
    }

    public static TheoryData<ComplaintStatus, string> IllegalMoves => new()
    {
        { ComplaintStatus.Escalated, "escalate" }, { ComplaintStatus.Answered, "escalate" }, { ComplaintStatus.Resolved, "escalate" }, { ComplaintStatus.Closed, "escalate" },
        { ComplaintStatus.Open, "answer" }, { ComplaintStatus.Answered, "answer" }, { ComplaintStatus.Resolved, "answer" }, { ComplaintStatus.Closed, "answer" },
        { ComplaintStatus.Open, "resolve" }, { ComplaintStatus.Escalated, "resolve" }, { ComplaintStatus.Resolved, "resolve" }, { ComplaintStatus.Closed, "resolve" },
        { ComplaintStatus.Open, "close" }, { ComplaintStatus.Escalated, "close" }, { ComplaintStatus.Answered, "close" }, { ComplaintStatus.Closed, "close" },
        { ComplaintStatus.Open, "reopen" }, { ComplaintStatus.Escalated, "reopen" }, { ComplaintStatus.Answered, "reopen" }, { ComplaintStatus.Closed, "reopen" },
        { ComplaintStatus.Open, "assign" }, { ComplaintStatus.Answered, "assign" }, { ComplaintStatus.Closed, "assign" },
    };

    [Theory]
    [MemberData(nameof(IllegalMoves))]
    public void Transition_IsRefused_FromAnyOtherState(ComplaintStatus from, string move)
    {
        var complaint = InState(from);
        var at = Opened.AddHours(10);
        Action act = move switch
        {
            "escalate" => () => complaint.Escalate(Support, at),
            "answer" => () => complaint.AnswerWith("text", Warehouse, at),
            "resolve" => () => complaint.Resolve(null, Support, at),
            "close" => () => complaint.Close(Support, at),
            "reopen" => () => complaint.Reopen(null, Support, at),
            _ => () => complaint.AssignTo(Warehouse, Warehouse, at),
        };
        var eventsBefore = complaint.Events.Count;

        Assert.Throws<DomainException>(act);
        Assert.Equal(from, complaint.Status);
        Assert.Equal(eventsBefore, complaint.Events.Count);
    }

    [Fact]
    public void Answer_MustSaySomething()
    {
        var complaint = InState(ComplaintStatus.Escalated);

        var refused = Assert.Throws<InvalidInputException>(() => complaint.AnswerWith("  ", Warehouse, Opened.AddHours(2)));

        Assert.Contains("Answer", refused.Errors.ByField.Keys);
    }

    [Fact]
    public void Breach_IsFlagged_OncePastDue_WhilePending()
    {
        var complaint = Open(priority: ComplaintPriority.Urgent);

        Assert.False(complaint.IsBreachedAt(Opened.AddHours(8)));
        Assert.True(complaint.IsBreachedAt(Opened.AddHours(8).AddSeconds(1)));
    }

    [Fact]
    public void Breach_IsNotFlagged_OnceResolved()
    {
        var complaint = InState(ComplaintStatus.Resolved);

        Assert.False(complaint.IsBreachedAt(Opened.AddDays(30)));
    }

    [Fact]
    public void ClockKeepsRunning_WhileEscalated_ByDefault()
    {
        var complaint = Open(priority: ComplaintPriority.Urgent);
        complaint.Escalate(Support, Opened.AddHours(1));

        Assert.True(complaint.IsBreachedAt(Opened.AddHours(9)));
    }

    [Fact]
    public void ClockPauses_WhileEscalated_WhenConfigured_AndTheDueTimeMovesByThePause()
    {
        var complaint = Open(priority: ComplaintPriority.Urgent, pause: true);
        complaint.Escalate(Support, Opened.AddHours(1));

        Assert.False(complaint.IsBreachedAt(Opened.AddHours(30)));

        complaint.AnswerWith("Done.", Warehouse, Opened.AddHours(31));

        // 8 h target + 30 h paused (from hour 1 to hour 31)
        Assert.Equal(Opened.AddHours(38), complaint.DueAt);
        Assert.False(complaint.IsBreachedAt(Opened.AddHours(38)));
        Assert.True(complaint.IsBreachedAt(Opened.AddHours(39)));
    }

    [Fact]
    public void PausedComplaint_AlreadyPastDue_StaysBreached()
    {
        var complaint = Open(priority: ComplaintPriority.Urgent, pause: true);
        complaint.Escalate(Support, Opened.AddHours(9));

        Assert.True(complaint.IsBreachedAt(Opened.AddHours(20)));
    }

    [Fact]
    public void Open_RefusesAComplaintWithoutSubjectOrText()
    {
        var refused = Assert.Throws<InvalidInputException>(() => new Complaint(
            new ComplaintInput(0, null, ComplaintCategory.Other, ComplaintPriority.Low, "", " "), new ComplaintSla(Hours, false), Support, Opened));

        Assert.Equal(["CustomerId", "Subject", "Text"], refused.Errors.ByField.Keys.Order());
    }

    [Theory]
    [InlineData(ComplaintStatus.Open, false)]
    [InlineData(ComplaintStatus.Escalated, false)]
    [InlineData(ComplaintStatus.Escalated, true)]
    [InlineData(ComplaintStatus.Answered, false)]
    [InlineData(ComplaintStatus.Resolved, false)]
    [InlineData(ComplaintStatus.Closed, false)]
    public void QueryRules_AgreeWithTheComplaint_AtEveryMoment(ComplaintStatus status, bool pause)
    {
        var complaint = InState(status);
        if (pause)
        {
            complaint = Open(priority: ComplaintPriority.Urgent, pause: true);
            complaint.Escalate(Support, Opened.AddHours(1));
        }
        var pending = Complaint.Pending.Compile();

        Assert.Equal(complaint.IsPending, pending(complaint));
        foreach (var hours in new[] { 0, 7, 8, 9, 30, 200 })
        {
            var now = Opened.AddHours(hours).AddSeconds(1);
            Assert.Equal(complaint.IsBreachedAt(now), Complaint.BreachedAt(now).Compile()(complaint));
        }
    }

    [Fact]
    public void TimeLeft_CountsDownToTheDueTime_AndStopsWhilePaused()
    {
        var complaint = Open(priority: ComplaintPriority.Urgent, pause: true);

        Assert.Equal(TimeSpan.FromHours(5), complaint.TimeLeftAt(Opened.AddHours(3)));
        complaint.Escalate(Support, Opened.AddHours(3));
        Assert.Equal(TimeSpan.FromHours(5), complaint.TimeLeftAt(Opened.AddHours(40)));
    }

    [Fact]
    public void Actions_TheComplaintOffers_FollowItsState()
    {
        string Offered(Complaint c) => string.Join(",", new[]
        {
            c.CanEscalate ? "escalate" : null, c.CanAssign ? "assign" : null, c.CanAnswer ? "answer" : null,
            c.CanResolve ? "resolve" : null, c.CanReopen ? "reopen" : null, c.CanClose ? "close" : null,
        }.OfType<string>());

        Assert.Equal("escalate", Offered(InState(ComplaintStatus.Open)));
        Assert.Equal("assign,answer", Offered(InState(ComplaintStatus.Escalated)));
        Assert.Equal("resolve", Offered(InState(ComplaintStatus.Answered)));
        Assert.Equal("reopen,close", Offered(InState(ComplaintStatus.Resolved)));
        Assert.Equal("", Offered(InState(ComplaintStatus.Closed)));
    }

    [Fact]
    public void AProductQualityComplaint_NamesItsProduct_AndItsTimelineNotesAnImprovementRaisedForIt()
    {
        var errors = new ComplaintInput(1, null, ComplaintCategory.ProductQuality, ComplaintPriority.Low, "Broken", "It broke.").Validate();
        var complaint = new Complaint(new ComplaintInput(1, null, ComplaintCategory.ProductQuality, ComplaintPriority.Low, "Broken", "It broke.", 7),
            new ComplaintSla(Hours, false), Support, Opened);
        complaint.Escalate(Support, Opened);

        complaint.LinkImprovement(UserMessage.Of("Stronger wheels."), Support, Opened.AddHours(1));

        Assert.Equal("Choose the product the customer complains about.", errors.For(nameof(ComplaintInput.ProductId)));
        Assert.Equal((7, ComplaintStatus.Escalated), (complaint.ProductId, complaint.Status));
        Assert.Equal((ComplaintEventKind.ImprovementRaised, "Stronger wheels."), (complaint.Events[^1].Kind, complaint.Events[^1].Text));
    }
}
