using Retning.Domain.Plans;

namespace Retning.UnitTests.Plans;

/// <summary>When a request to revise the plan is answered by a change of the plan, and what marking it done needs.</summary>
public sealed class PlanRevisionRulesTests
{
    private static readonly DateTime Raised = new(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Before = Raised.AddDays(-10);

    private static PlanChanges Unchanged(params GoalChange[] goals) => new(Before, [Before], goals);

    [Fact]
    public void A_plan_not_changed_since_the_request_leaves_it_open()
    {
        var changes = Unchanged(new GoalChange(Before, Raised, Raised)); // the evaluation that raised it moved the goal's next date

        Assert.Null(PlanRevisionRules.ChangedAfter(Raised, changes));
        Assert.True(PlanRevisionRules.IsOpen(Request(), null));
    }

    [Fact]
    public void A_later_evaluation_of_a_goal_is_not_a_change_of_the_plan()
    {
        var evaluatedLater = Raised.AddHours(3);

        Assert.Null(PlanRevisionRules.ChangedAfter(Raised, Unchanged(new GoalChange(Before, evaluatedLater, evaluatedLater))));
    }

    [Fact]
    public void An_edit_of_a_goal_after_its_evaluation_is_a_change()
    {
        var edited = Raised.AddHours(2);

        Assert.Equal(edited, PlanRevisionRules.ChangedAfter(Raised, Unchanged(new GoalChange(Before, edited, Raised))));
    }

    [Fact]
    public void The_earliest_change_after_the_request_counts_new_goals_assessments_and_the_plan_itself()
    {
        var newGoal = Raised.AddDays(3);
        var assessment = Raised.AddDays(1);
        var plan = Raised.AddDays(5);
        var changes = new PlanChanges(plan, [Before, assessment], [new GoalChange(newGoal, newGoal, null)]);

        Assert.Equal(assessment, PlanRevisionRules.ChangedAfter(Raised, changes));
        Assert.False(PlanRevisionRules.IsOpen(Request(), assessment));
    }

    [Fact]
    public void A_change_at_the_very_instant_of_the_request_is_the_save_that_raised_it() =>
        Assert.Null(PlanRevisionRules.ChangedAfter(Raised, new PlanChanges(Raised, [], [])));

    [Theory]
    [InlineData(true, null, "Skriv, hvad der skal revideres i planen.")]
    [InlineData(true, "   ", "Skriv, hvad der skal revideres i planen.")]
    [InlineData(true, "Nyt mål", null)]
    [InlineData(false, null, null)]
    public void Yes_needs_the_text_of_what_must_be_revised(bool needed, string? note, string? expected) =>
        Assert.Equal(expected, PlanRevisionRules.NoteProblem(needed, note));

    [Fact]
    public void The_text_has_a_maximum_length() =>
        Assert.StartsWith("Teksten er for lang: højst 2000 tegn", PlanRevisionRules.NoteProblem(true, new string('x', 2001)), StringComparison.Ordinal);

    [Fact]
    public void Marking_done_needs_a_comment_within_its_length_and_records_who_and_when()
    {
        var request = Request();
        Assert.StartsWith("Skriv en kommentar", PlanRevisionRules.ResolveProblem(request, " "), StringComparison.Ordinal);
        Assert.StartsWith("Teksten er for lang: højst 1000 tegn", PlanRevisionRules.ResolveProblem(request, new string('x', 1001)), StringComparison.Ordinal);
        Assert.Null(PlanRevisionRules.ResolveProblem(request, "Drøftet"));

        var by = Guid.NewGuid();
        PlanRevisionRules.Resolve(request, new DateOnly(2026, 3, 9), by, "Mette Kjær", "  Drøftet – planen holder ");

        Assert.Equal((new DateOnly(2026, 3, 9), by, "Mette Kjær", "Drøftet – planen holder"),
            (request.ResolvedOn!.Value, request.ResolvedById!.Value, request.ResolvedByName!, request.ResolutionComment!));
        Assert.False(PlanRevisionRules.IsOpen(request, null));
        Assert.Equal("Revisionen er allerede markeret som udført.", PlanRevisionRules.ResolveProblem(request, "Igen"));
    }

    [Fact]
    public void The_minutes_raise_reword_or_withdraw_the_meetings_request_and_leave_a_resolved_one_alone()
    {
        var open = Request();
        var resolved = Request();
        PlanRevisionRules.Resolve(resolved, new DateOnly(2026, 3, 9), Guid.NewGuid(), "Mette Kjær", "Planen er gennemgået.");

        Assert.Equal(MinutesRevisionStep.Raise, PlanRevisionRules.FromMinutes(null, true, "Fritid skal med"));
        Assert.Equal(MinutesRevisionStep.Reword, PlanRevisionRules.FromMinutes(open, true, "Fritid og skole skal med"));
        Assert.Equal(MinutesRevisionStep.None, PlanRevisionRules.FromMinutes(resolved, true, "Fritid og skole skal med"));
        Assert.Equal(MinutesRevisionStep.Withdraw, PlanRevisionRules.FromMinutes(open, false, null));
        Assert.Equal(MinutesRevisionStep.Withdraw, PlanRevisionRules.FromMinutes(open, null, null)); // a draft that leaves the question open
        Assert.Equal(MinutesRevisionStep.None, PlanRevisionRules.FromMinutes(resolved, false, null));
        Assert.Equal(MinutesRevisionStep.None, PlanRevisionRules.FromMinutes(null, false, null));
    }

    [Fact]
    public void A_raised_request_names_its_source_day_and_text()
    {
        var citizen = Guid.NewGuid();
        var plan = Guid.NewGuid();
        var meeting = Guid.NewGuid();

        var request = PlanRevisionRules.Raise(citizen, plan, PlanRevisionSource.StatusMeeting, meeting, new DateOnly(2026, 3, 2), "Fritid skal med");

        Assert.Equal((citizen, plan, PlanRevisionSource.StatusMeeting, meeting, new DateOnly(2026, 3, 2), "Fritid skal med", (DateOnly?)null),
            (request.CitizenId, request.PlanId, request.Source, request.SourceId, request.RaisedOn, request.Text, request.ResolvedOn));
    }

    private static PlanRevisionRequest Request() => new()
    {
        CitizenId = Guid.NewGuid(), PlanId = Guid.NewGuid(), Source = PlanRevisionSource.GoalEvaluation, SourceId = Guid.NewGuid(),
        RaisedOn = new DateOnly(2026, 3, 2), Text = "Nyt mål om fritid", CreatedUtc = Raised,
    };
}
