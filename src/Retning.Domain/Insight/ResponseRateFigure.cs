using Retning.Domain.Diary;

namespace Retning.Domain.Insight;

/// <summary>
/// The response rate (docs/domain.md, "Diary notes and scores") as a management figure: per
/// sub-goal with a scoring frequency and per department the citizen lived in, the scores owed on
/// the days the sub-goal was active and the citizen lived there, and those given — counted by
/// <see cref="ResponseRate"/>, as on the sub-goal page and the response-rate page. The share sums
/// slots over sub-goals, so a sub-goal scored daily weighs more than one scored monthly.
/// </summary>
public static class ResponseRateFigure
{
    public const string Sufficient = "Over grænsen";
    public const string Insufficient = "Under grænsen";
    public const string NothingOwed = "Ingen scoringer forventet endnu";

    public static IEnumerable<CountedItem> Classify(IEnumerable<GoalFact> goals, IReadOnlyDictionary<Guid, CitizenFact> citizens,
        IReadOnlyDictionary<Guid, DepartmentFact> departments, ILookup<Guid, DateOnly> scoredDays, ReportPeriod period, DateOnly today)
    {
        foreach (var goal in goals.Where(g => g.IsSubGoal && g.Frequency is not null))
        {
            if (!citizens.TryGetValue(goal.CitizenId, out var citizen))
            {
                continue;
            }

            var active = goal.ActiveIntervals;
            if (!active.Any(a => period.Overlaps(a.From, a.To)))
            {
                continue; // not active on a day of the period: no counting day, as ResponseRate.Of would find day by day
            }

            var scored = scoredDays[goal.Id].Where(period.Contains).ToList();
            foreach (var stays in citizen.Stays.Where(s => departments.ContainsKey(s.DepartmentId)).GroupBy(s => s.DepartmentId))
            {
                var enrolment = SubGoalActivity.Enrolment(stays.Select(s => (s.From < citizen.EnrolledOn ? citizen.EnrolledOn : s.From, s.To)), citizen.DischargedOn);
                var rate = ResponseRate.Of(goal.Frequency!.Value, new ActivityWindow(active, enrolment), period.From, period.To, scored, today);
                if (rate.CountingDays == 0)
                {
                    continue;
                }

                var threshold = departments[stays.Key].ResponseRateThresholdPercent;
                var outcome = rate.Expected == 0 ? NothingOwed : rate.Scored * 100 >= threshold * rate.Expected ? Sufficient : Insufficient;
                var last = enrolment.Select(e => e.To ?? period.To).Where(d => d >= period.From).DefaultIfEmpty(period.To).Max();
                yield return new CountedItem(SubjectKind.SubGoal, goal.Id, citizen.Id, stays.Key, last < period.To ? last : period.To, outcome,
                    InDenominator: rate.Expected > 0, Success: outcome == Sufficient, ThemeKey: goal.ThemeKey, GoalType: goal.Type)
                {
                    ExpectedSlots = rate.Expected,
                    ScoredSlots = rate.Scored,
                };
            }
        }
    }
}
