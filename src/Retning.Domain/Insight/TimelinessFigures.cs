using Retning.Domain.Plans;
using Retning.Domain.Status;

namespace Retning.Domain.Insight;

/// <summary>
/// Whether the plan's deadlines were kept (docs/domain.md: evaluations, status meetings, the
/// assessment tools, the revision date). A deadline counts in the period it fell due; one still
/// open whose day has not come is not counted; one passed without the work is "Mangler".
/// </summary>
public static class TimelinessFigures
{
    public const string OnTime = "Til tiden";
    public const string Late = "For sent";
    public const string Missing = "Mangler";
    public const string NotDueYet = "Fristen er ikke nået";
    public const string Passed = "Revisionsdatoen er overskredet";
    public const string NotPassed = "Revisionsdatoen er ikke overskredet";
    public const string NoRevisionDate = "Ingen revisionsdato";
    public const string Begun = "Påbegyndt";
    public const string NotBegun = "Ikke påbegyndt";

    /// <summary>The evaluations due in the period, on or before <paramref name="today"/>.</summary>
    public static IEnumerable<CountedItem> Evaluations(IEnumerable<GoalFact> goals, ILookup<Guid, EvaluationFact> evaluations,
        IReadOnlyDictionary<Guid, CitizenFact> citizens, ReportPeriod period, DateOnly today)
    {
        var until = period.To < today ? period.To : today;
        foreach (var goal in goals)
        {
            if (!citizens.TryGetValue(goal.CitizenId, out var citizen))
            {
                continue;
            }

            foreach (var due in EvaluationDues.Of(goal, evaluations[goal.Id], until).Where(d => period.Contains(d.DueOn) && d.DueOn <= today))
            {
                var outcome = Judge(due.DueOn, due.DoneOn, today);
                if (outcome != NotDueYet && citizen.DepartmentOn(due.DueOn) is { } department)
                {
                    yield return Item(goal, citizen, department, due.DueOn, outcome);
                }
            }
        }
    }

    /// <summary>
    /// Goals and sub-goals made in the period, by whether they were reviewed (evaluated) by their
    /// first evaluation's day: Retning knows team meetings by the evaluations made at them.
    /// </summary>
    public static IEnumerable<CountedItem> NewGoalsReviewed(IEnumerable<GoalFact> goals, ILookup<Guid, EvaluationFact> evaluations,
        IReadOnlyDictionary<Guid, CitizenFact> citizens, ReportPeriod period, DateOnly today)
    {
        foreach (var goal in goals.Where(g => period.Contains(g.CreatedOn)))
        {
            if (!citizens.TryGetValue(goal.CitizenId, out var citizen) || citizen.DepartmentOn(goal.CreatedOn) is not { } department)
            {
                continue;
            }

            // A goal closed before its first evaluation fell due, without one, owed no review.
            if (EvaluationDues.Of(goal, evaluations[goal.Id], DateOnly.MaxValue) is not [var first, ..])
            {
                continue;
            }

            var outcome = first.DoneOn is null && first.DueOn >= today ? NotDueYet : Judge(first.DueOn, first.DoneOn, today);
            yield return outcome == NotDueYet
                ? CountedItem.LeftOut(Kind(goal), goal.Id, citizen.Id, department, goal.CreatedOn, outcome, goal.ThemeKey, goal.Type)
                : Item(goal, citizen, department, goal.CreatedOn, outcome);
        }
    }

    /// <summary>Meetings held in the period: was the status sent at least 14 days before?</summary>
    public static IEnumerable<CountedItem> StatusSent(IEnumerable<MeetingFact> meetings, IReadOnlyDictionary<Guid, CitizenFact> citizens, ReportPeriod period, DateOnly today) =>
        Meetings(meetings, citizens, period, today, m => MeetingRules.SendBy(m.On), m => m.StatusSentOn);

    /// <summary>Meetings held in the period: were the minutes sent within 7 days after?</summary>
    public static IEnumerable<CountedItem> MinutesSent(IEnumerable<MeetingFact> meetings, IReadOnlyDictionary<Guid, CitizenFact> citizens, ReportPeriod period, DateOnly today) =>
        Meetings(meetings, citizens, period, today, m => MeetingRules.MinutesBy(m.On), m => m.MinutesSentOn);

    /// <summary>DPUs due in the period: 12 months after enrolment, then 24 months after the latest.</summary>
    public static IEnumerable<CountedItem> Dpu(IEnumerable<PlanFact> plans, IReadOnlyDictionary<Guid, CitizenFact> citizens, ReportPeriod period, DateOnly today)
    {
        foreach (var plan in plans)
        {
            if (!citizens.TryGetValue(plan.CitizenId, out var citizen))
            {
                continue;
            }

            var made = plan.DpuMadeOn.Order().ToList();
            var due = AssessmentSchedule.NextDpuOn(citizen.EnrolledOn, made.Where(m => m < citizen.EnrolledOn));
            foreach (var on in made.Where(m => m >= citizen.EnrolledOn).Append(DateOnly.MaxValue))
            {
                if (due > period.To || due > today)
                {
                    break;
                }

                var done = on == DateOnly.MaxValue ? (DateOnly?)null : on;
                var outcome = Judge(due, done, today);
                if (period.Contains(due) && outcome != NotDueYet && citizen.DepartmentOn(due) is { } department)
                {
                    yield return new CountedItem(SubjectKind.Plan, plan.Id, citizen.Id, department, due, outcome, Success: outcome == OnTime);
                }

                if (done is null)
                {
                    break;
                }

                due = done.Value.AddMonths(AssessmentSchedule.DpuEveryMonths);
            }
        }
    }

    /// <summary>Citizens whose autonomic compass was due (6 months after enrolment) in the period: is it begun?</summary>
    public static IEnumerable<CountedItem> Compass(IEnumerable<PlanFact> plans, IReadOnlyDictionary<Guid, CitizenFact> citizens, ReportPeriod period, DateOnly today)
    {
        foreach (var plan in plans)
        {
            if (citizens.TryGetValue(plan.CitizenId, out var citizen) && AssessmentSchedule.CompassStartOn(citizen.EnrolledOn) is var due
                && period.Contains(due) && due <= today && citizen.DepartmentOn(due) is { } department)
            {
                yield return new CountedItem(SubjectKind.Plan, plan.Id, citizen.Id, department, due, plan.CompassBegun ? Begun : NotBegun, Success: plan.CompassBegun);
            }
        }
    }

    /// <summary>The plans of the citizens enrolled on the period's last day: has the plan's revision date passed?</summary>
    public static IEnumerable<CountedItem> RevisionDate(IEnumerable<PlanFact> plans, IReadOnlyDictionary<Guid, CitizenFact> citizens, ReportPeriod period)
    {
        foreach (var plan in plans)
        {
            if (!citizens.TryGetValue(plan.CitizenId, out var citizen) || citizen.DischargedOn is { } d && d <= period.To
                || citizen.DepartmentOn(period.To) is not { } department)
            {
                continue;
            }

            var outcome = plan.RevisionOn is not { } on ? NoRevisionDate : on < period.To ? Passed : NotPassed;
            yield return new CountedItem(SubjectKind.Plan, plan.Id, citizen.Id, department, period.To, outcome, Success: outcome == NotPassed);
        }
    }

    /// <summary>On time when done by the day; late when done after it; missing when not done and the day has passed.</summary>
    public static string Judge(DateOnly dueOn, DateOnly? doneOn, DateOnly today) =>
        doneOn is { } done ? (done <= dueOn ? OnTime : Late) : dueOn < today ? Missing : NotDueYet;

    private static IEnumerable<CountedItem> Meetings(IEnumerable<MeetingFact> meetings, IReadOnlyDictionary<Guid, CitizenFact> citizens,
        ReportPeriod period, DateOnly today, Func<MeetingFact, DateOnly> dueOf, Func<MeetingFact, DateOnly?> doneOf)
    {
        foreach (var meeting in meetings.Where(m => m.CancelledOn is null && period.Contains(m.On) && m.On <= today))
        {
            if (!citizens.TryGetValue(meeting.CitizenId, out var citizen) || citizen.DepartmentOn(meeting.On) is not { } department)
            {
                continue;
            }

            var outcome = Judge(dueOf(meeting), doneOf(meeting), today);
            yield return outcome == NotDueYet
                ? CountedItem.LeftOut(SubjectKind.Meeting, meeting.Id, citizen.Id, department, meeting.On, outcome)
                : new CountedItem(SubjectKind.Meeting, meeting.Id, citizen.Id, department, meeting.On, outcome, Success: outcome == OnTime);
        }
    }

    private static CountedItem Item(GoalFact goal, CitizenFact citizen, Guid department, DateOnly on, string outcome) =>
        new(Kind(goal), goal.Id, citizen.Id, department, on, outcome, Success: outcome == OnTime, ThemeKey: goal.ThemeKey, GoalType: goal.Type);

    private static SubjectKind Kind(GoalFact goal) => goal.IsSubGoal ? SubjectKind.SubGoal : SubjectKind.Goal;
}
