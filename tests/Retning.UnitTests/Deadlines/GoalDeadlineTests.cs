using Retning.Domain.Deadlines;
using Retning.Domain.Plans;
using static Retning.UnitTests.Deadlines.Given;

namespace Retning.UnitTests.Deadlines;

/// <summary>Evaluation at least every 3 months, and new goals at the first team meeting (docs/domain.md, "Evaluations").</summary>
public sealed class GoalDeadlineTests
{
    private static readonly Guid GoalId = Guid.NewGuid();

    private static GoalFacts Goal(DateOnly startOn, DateOnly? nextOn = null, int? interval = 3, bool reviewed = true,
        GoalState state = GoalState.Active, Completion? last = null, bool subGoal = true, string text = "Tager selv skoene på om morgenen", DateOnly? createdOn = null) =>
        new(GoalId, text, subGoal, state, startOn, nextOn, interval, reviewed, last, createdOn);

    private static IReadOnlyList<Deadline> For(GoalFacts goal, DateOnly today, IReadOnlyList<DateOnly>? teamMeetings = null) =>
        On(Citizen(D(2025, 1, 15)) with { Goals = [goal], TeamMeetingsOn = teamMeetings ?? [] }, today);

    [Fact]
    public void A_reviewed_sub_goal_is_due_on_its_next_evaluation_date()
    {
        var deadline = Open(For(Goal(D(2026, 1, 15), D(2026, 4, 10)), D(2026, 3, 1)), DeadlineKind.EvaluationDue);

        Assert.Equal((D(2026, 4, 10), GoalId, "Evaluering af delmål: Tager selv skoene på om morgenen", DeadlineState.Upcoming),
            (deadline.DueOn, deadline.SubjectId, deadline.Title, deadline.State));
    }

    [Fact]
    public void A_goal_says_mål_in_its_title() =>
        Assert.Equal("Evaluering af mål: Går i skole hver dag",
            Open(For(Goal(D(2026, 1, 15), subGoal: false, text: "  Går i skole hver dag "), D(2026, 3, 1)), DeadlineKind.EvaluationDue).Title);

    [Theory]
    [InlineData(2026, 1, 31, 1, 2026, 2, 28)]  // 31-01 + 1 month clamps to 28-02 (2026 is a common year)
    [InlineData(2028, 1, 31, 1, 2028, 2, 29)]  // … and to 29-02 in a leap year
    [InlineData(2027, 11, 30, 3, 2028, 2, 29)] // 30-11-2027 + 3 months = 29-02-2028
    [InlineData(2026, 11, 30, 3, 2027, 2, 28)] // 30-11-2026 + 3 months = 28-02-2027
    [InlineData(2026, 1, 10, 6, 2026, 4, 10)]  // an interval of 6 is held to the 3-month maximum
    [InlineData(2026, 1, 10, null, 2026, 4, 10)] // no interval: 3 months
    public void Without_a_next_date_the_evaluation_is_due_the_interval_after_the_latest_evaluation(int y, int m, int d, int? interval, int ey, int em, int ed)
    {
        var last = new Completion(D(y, m, d), Guid.NewGuid());
        Assert.Equal(D(ey, em, ed), Open(For(Goal(D(2025, 6, 1), interval: interval, last: last), D(y, m, d)), DeadlineKind.EvaluationDue).DueOn);
    }

    [Fact]
    public void A_next_date_more_than_3_months_after_the_latest_evaluation_is_held_to_3_months()
    {
        // Evaluated 01-02-2026 with next 01-07-2026 → at the latest 01-05-2026.
        var goal = Goal(D(2025, 6, 1), D(2026, 7, 1), last: new Completion(D(2026, 2, 1)));
        Assert.Equal(D(2026, 5, 1), Open(For(goal, D(2026, 2, 2)), DeadlineKind.EvaluationDue).DueOn);
    }

    [Fact]
    public void A_next_date_on_or_before_the_latest_evaluation_is_stale_and_ignored()
    {
        // Evaluated 05-03-2026, but the next date still says 01-03-2026 → 05-06-2026 (+3 months).
        var goal = Goal(D(2025, 6, 1), D(2026, 3, 1), last: new Completion(D(2026, 3, 5)));
        Assert.Equal(D(2026, 6, 5), Open(For(goal, D(2026, 3, 6)), DeadlineKind.EvaluationDue).DueOn);
    }

    [Fact]
    public void An_evaluation_date_passed_is_overdue()
    {
        var deadline = Open(For(Goal(D(2025, 10, 1), D(2026, 1, 1)), D(2026, 1, 2)), DeadlineKind.EvaluationDue);
        Assert.Equal(DeadlineState.Overdue, deadline.State);
    }

    [Theory]
    [InlineData(GoalState.Active, true)]
    [InlineData(GoalState.Passive, true)]
    [InlineData(GoalState.Achieved, false)]
    [InlineData(GoalState.Closed, false)]
    public void Only_open_goals_are_evaluated(GoalState state, bool hasDeadline)
    {
        var list = For(Goal(D(2026, 1, 15), D(2026, 4, 10), state: state), D(2026, 3, 1));
        Assert.Equal(hasDeadline, list.Any(d => d.Kind is DeadlineKind.EvaluationDue or DeadlineKind.NewGoalReview && !d.IsDone));
    }

    [Fact]
    public void The_latest_evaluation_is_done_with_its_evidence_and_the_date_it_was_due()
    {
        var evaluationId = Guid.NewGuid();
        var goal = Goal(D(2025, 10, 1), D(2026, 5, 26), last: new Completion(D(2026, 2, 26), evaluationId, WasDueOn: D(2026, 3, 1)));
        var list = For(goal, D(2026, 3, 2));

        var done = Done(list, DeadlineKind.EvaluationDue);
        Assert.Equal((D(2026, 3, 1), D(2026, 2, 26), evaluationId, GoalId), (done.DueOn, done.DoneOn, done.EvidenceId, done.SubjectId));
        Assert.Equal(D(2026, 5, 26), Open(list, DeadlineKind.EvaluationDue).DueOn);
    }

    [Fact]
    public void The_evaluation_that_closed_a_goal_stays_done_and_nothing_new_follows()
    {
        // Without the due date the evaluation's own day stands as its date.
        var goal = Goal(D(2025, 10, 1), state: GoalState.Achieved, last: new Completion(D(2026, 2, 26), Guid.NewGuid()));
        var list = For(goal, D(2026, 3, 2));

        Assert.Equal(D(2026, 2, 26), Done(list, DeadlineKind.EvaluationDue).DueOn);
        Assert.DoesNotContain(list, d => d.Kind is DeadlineKind.EvaluationDue or DeadlineKind.NewGoalReview && !d.IsDone);
    }

    [Fact]
    public void A_new_goal_without_known_team_meetings_is_reviewed_by_its_first_evaluation_date()
    {
        // Start 01-02-2026, no next date, interval 3 → 01-05-2026; no ordinary evaluation deadline besides.
        var list = For(Goal(D(2026, 2, 1), reviewed: false), D(2026, 2, 2));

        var review = Open(list, DeadlineKind.NewGoalReview);
        Assert.Equal((D(2026, 5, 1), "Nyt delmål gennemgås på teammøde: Tager selv skoene på om morgenen"), (review.DueOn, review.Title));
        Assert.DoesNotContain(list, d => d.Kind == DeadlineKind.EvaluationDue);
    }

    [Fact]
    public void A_new_goal_is_reviewed_at_the_first_team_meeting_after_it_was_made()
    {
        // Made 03-02-2026; team meetings 27-01, 10-02, 24-02 → 10-02-2026.
        var goal = Goal(D(2026, 2, 1), D(2026, 4, 1), reviewed: false, subGoal: false, createdOn: D(2026, 2, 3));
        var review = Open(For(goal, D(2026, 2, 3), [D(2026, 1, 27), D(2026, 2, 24), D(2026, 2, 10)]), DeadlineKind.NewGoalReview);

        Assert.Equal((D(2026, 2, 10), DeadlineState.Due), (review.DueOn, review.State));
        Assert.StartsWith("Nyt mål gennemgås på teammøde: ", review.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void A_team_meeting_after_the_first_evaluation_date_does_not_push_the_review_later()
    {
        var goal = Goal(D(2026, 2, 1), D(2026, 3, 1), reviewed: false);
        Assert.Equal(D(2026, 3, 1), Open(For(goal, D(2026, 2, 3), [D(2026, 3, 10)]), DeadlineKind.NewGoalReview).DueOn);
    }

    [Fact]
    public void A_goal_with_an_evaluation_counts_as_reviewed()
    {
        var goal = Goal(D(2026, 1, 5), D(2026, 5, 1), reviewed: false, last: new Completion(D(2026, 2, 10)));
        var list = For(goal, D(2026, 2, 11));
        Assert.DoesNotContain(list, d => d.Kind == DeadlineKind.NewGoalReview);
        Assert.Equal(D(2026, 5, 1), Open(list, DeadlineKind.EvaluationDue).DueOn);
    }

    [Fact]
    public void A_long_goal_text_is_shortened_in_the_title()
    {
        var text = new string('a', 120);
        var title = Open(For(Goal(D(2026, 1, 15), text: text), D(2026, 3, 1)), DeadlineKind.EvaluationDue).Title;
        Assert.Equal("Evaluering af delmål: " + new string('a', 79) + "…", title);
    }
}
