namespace Retning.Domain.Insight;

/// <summary>
/// How many citizens, plans, goals and sub-goals the work covers (the documentation foundation's
/// table of plans and sub-goals per operational area). A citizen is counted once, in the department
/// they lived in on the period's last day they were enrolled, so the departments add up to the total.
/// </summary>
public static class VolumeFigures
{
    public const string New = "Indskrevet i perioden";
    public const string Discharged = "Udskrevet i perioden";
    public const string Continuing = "Indskrevet hele perioden";
    public const string Active = "Aktivt i perioden";

    /// <summary>Citizens enrolled on at least one day of the period.</summary>
    public static IEnumerable<CountedItem> Citizens(IEnumerable<CitizenFact> citizens, ReportPeriod period)
    {
        foreach (var citizen in citizens)
        {
            if (citizen.DepartmentAtEndOf(period) is not { } department || !Enrolled(citizen, period))
            {
                continue;
            }

            var outcome = citizen.DischargedOn is { } d && period.Contains(d) ? Discharged
                : period.Contains(citizen.EnrolledOn) ? New
                : Continuing;
            yield return new CountedItem(SubjectKind.Citizen, citizen.Id, citizen.Id, department, LastEnrolledDay(citizen, period), outcome);
        }
    }

    /// <summary>The plans of the citizens enrolled in the period.</summary>
    public static IEnumerable<CountedItem> Plans(IEnumerable<PlanFact> plans, IReadOnlyDictionary<Guid, CitizenFact> citizens, ReportPeriod period)
    {
        foreach (var plan in plans)
        {
            if (citizens.TryGetValue(plan.CitizenId, out var citizen) && Enrolled(citizen, period) && citizen.DepartmentAtEndOf(period) is { } department)
            {
                yield return new CountedItem(SubjectKind.Plan, plan.Id, citizen.Id, department, LastEnrolledDay(citizen, period), "Plan");
            }
        }
    }

    /// <summary>Goals (or sub-goals) that were active on at least one day of the period while the citizen was enrolled.</summary>
    public static IEnumerable<CountedItem> Goals(IEnumerable<GoalFact> goals, IReadOnlyDictionary<Guid, CitizenFact> citizens, ReportPeriod period, bool subGoals)
    {
        foreach (var goal in goals.Where(g => g.IsSubGoal == subGoals))
        {
            if (citizens.TryGetValue(goal.CitizenId, out var citizen) && ActiveDuring(goal, period) && Enrolled(citizen, period)
                && citizen.DepartmentAtEndOf(period) is { } department)
            {
                yield return new CountedItem(subGoals ? SubjectKind.SubGoal : SubjectKind.Goal, goal.Id, citizen.Id, department,
                    LastEnrolledDay(citizen, period), Active, ThemeKey: goal.ThemeKey, GoalType: goal.Type);
            }
        }
    }

    /// <summary>True when the goal was in the state Aktivt on some day of the period.</summary>
    public static bool ActiveDuring(GoalFact goal, ReportPeriod period) =>
        goal.ActiveIntervals.Any(i => period.Overlaps(i.From, i.To));

    internal static bool Enrolled(CitizenFact citizen, ReportPeriod period) => period.Overlaps(citizen.EnrolledOn, citizen.DischargedOn);

    internal static DateOnly LastEnrolledDay(CitizenFact citizen, ReportPeriod period) =>
        citizen.DischargedOn is { } d && d < period.To ? d : period.To;
}
