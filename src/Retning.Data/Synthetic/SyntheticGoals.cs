using Retning.Data.Demo;
using Retning.Domain.Evaluations;
using Retning.Domain.Plans;

namespace Retning.Data.Synthetic;

/// <summary>A generated sub-goal: the days it was active (from its start to <see cref="LastDay"/>, less a pause) and its score trend.</summary>
internal sealed record SyntheticSubGoal(Goal SubGoal, Goal Goal, DemoSubGoal Template, DateOnly LastDay, (DateOnly From, DateOnly To)? Pause, ScoreTrend Trend);

/// <summary>
/// Where a sub-goal's support need (FFB 0–4) starts and ends over its active days, and how often it is scored:
/// falling for most development goals, flat for maintenance, slowly rising for "begrænse tab af funktionsevne".
/// </summary>
internal sealed record ScoreTrend(double Start, double End, double ResponseRate)
{
    public static ScoreTrend For(SyntheticRandom rng, GoalType type)
    {
        var response = 0.55 + (rng.NextDouble() * 0.4);
        var develops = type == GoalType.Develop && rng.Chance(0.8);
        var start = develops ? 2.8 + (rng.NextDouble() * 1.2) : 1.5 + (rng.NextDouble() * 1.5);
        var end = develops ? start - 0.8 - (rng.NextDouble() * 1.7)
            : type == GoalType.LimitLoss ? start + 0.3 + (rng.NextDouble() * 0.7)
            : start + ((rng.NextDouble() - 0.5) * 0.4);
        return new ScoreTrend(start, end, response);
    }

    /// <summary>The score on a day: the trend at that share of the active days, with day-to-day noise, on the 0–4 scale.</summary>
    public int ScoreOn(double share, double noise) => Math.Clamp((int)Math.Round(Start + ((End - Start) * share) + noise), 0, 4);
}

/// <summary>
/// The goals of a plan (two to five, themes from the plan's template) and their sub-goals (one to three each),
/// with the state history and the evaluations about every third month: most continue, some adjust, and a goal
/// ends at an evaluation that closes it achieved or not achieved — its sub-goals with it, on the same day
/// (docs/domain.md, "Evaluations"). A closed goal may be followed by a new one.
/// </summary>
internal static class SyntheticGoals
{
    private const int MaxGoals = 5;

    /// <summary>The phrase list's goals whose theme the plan's template has.</summary>
    public static List<DemoGoal> Candidates(CitizenContext c)
    {
        var themes = c.Template.Themes.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        IEnumerable<DemoGoal> goals = c.IsIcs ? [.. DemoPhrases.ChildSchoolGoals, .. DemoPhrases.ChildRelationGoals] : DemoPhrases.AdultGoals;
        var age = Domain.Citizens.AgeRules.AgeOn(c.Citizen.BirthDate, c.DataStart);
        return [.. goals.Where(g => themes.Contains(g.ThemeKey) && age >= g.MinAge)];
    }

    public static List<SyntheticSubGoal> Create(CitizenContext c)
    {
        var subGoals = new List<SyntheticSubGoal>();
        var candidates = c.Rng.Shuffled(Candidates(c));
        var first = CitizenContext.Max(c.DataStart, c.PlanMadeOn).AddDays(c.Rng.Next(14, 30));
        var starts = new Queue<DateOnly>(Enumerable.Range(0, c.Rng.Next(2, 5)).Select(_ => first.AddDays(c.Rng.Next(0, 45))).Order());
        var made = 0;
        while (starts.Count > 0 && made < Math.Min(MaxGoals, candidates.Count))
        {
            var start = starts.Dequeue();
            if (start > c.DataEnd.AddDays(-14))
            {
                continue;
            }

            var closedOn = AddGoal(c, candidates[made++], start, subGoals);
            if (closedOn is { } on && c.Rng.Chance(0.7))
            {
                starts.Enqueue(on.AddDays(c.Rng.Next(7, 30)));
            }
        }

        return subGoals;
    }

    /// <summary>Adds a goal with its sub-goals and evaluations; returns the day it closed, if it did.</summary>
    private static DateOnly? AddGoal(CitizenContext c, DemoGoal template, DateOnly start, List<SyntheticSubGoal> subGoals)
    {
        var type = c.Rng.NextDouble() switch { < 0.65 => GoalType.Develop, < 0.88 => GoalType.Maintain, _ => GoalType.LimitLoss };
        var purpose = c.Purposes.Count > 0 && c.Rng.Chance(0.9) ? c.Rng.Pick(c.Purposes).Id : (Guid?)null;
        var goal = NewGoal(c, null, template.ThemeKey, purpose, c.Fill(template.Text), type, start, c.Rng.Next(6, 13));
        goal.Rationale = c.Fill(template.Rationale);
        goal.Measure = c.Fill(template.Measure);
        c.Rows.Add(new GoalIntervention { Id = c.Rng.NextGuid(), GoalId = goal.Id, What = c.Fill(template.Intervention), HowOften = template.InterventionHowOften, Who = "Kontaktteamet" });
        var subs = new List<(Goal Goal, DemoSubGoal Template)>();
        var count = c.Rng.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            var sub = template.SubGoals[i % template.SubGoals.Length];
            var text = c.Fill(sub.Text) + (i >= template.SubGoals.Length ? " – også i weekenden" : string.Empty);
            var subGoal = NewGoal(c, goal.Id, template.ThemeKey, purpose, text, type, start.AddDays(c.Rng.Next(0, 8)), c.Rng.Next(3, 7));
            subGoal.IndicatorScaleId = c.Rng.Chance(0.95) ? c.Offer.ScaleId : null;
            subGoal.ScoringFrequency = c.Rng.NextDouble() switch { < 0.42 => ScoringFrequency.Daily, < 0.87 => ScoringFrequency.Weekly, _ => ScoringFrequency.Monthly };
            subs.Add((subGoal, sub));
        }

        var (closedOn, lastEvaluation) = Evaluate(c, goal, subs.Select(s => s.Goal).ToList());
        foreach (var goalRow in subs.Select(s => s.Goal).Prepend(goal))
        {
            goalRow.NextEvaluationOn = goalRow.IsOpen ? (lastEvaluation ?? goalRow.StartOn).AddMonths(3) : null;
            c.Rows.Add(goalRow);
        }

        foreach (var (subGoal, subTemplate) in subs)
        {
            var lastDay = closedOn?.AddDays(-1) ?? c.DataEnd;
            var pause = PauseOf(c, subGoal, lastDay);
            subGoals.Add(new SyntheticSubGoal(subGoal, goal, subTemplate, lastDay, pause, ScoreTrend.For(c.Rng, type)));
        }

        return closedOn;
    }

    private static Goal NewGoal(CitizenContext c, Guid? parent, string theme, Guid? purpose, string text, GoalType type, DateOnly start, int months)
    {
        var goal = new Goal
        {
            Id = c.Rng.NextGuid(), PlanId = c.Plan.Id, ParentGoalId = parent, ThemeKey = theme, PurposeId = purpose, Text = text, Type = type,
            StartOn = start, EndOn = c.Rng.Chance(0.85) ? start.AddMonths(months) : null, EvaluationIntervalMonths = 3,
            CitizenParticipation = c.Rng.Chance(0.8) ? c.Fill(c.IsIcs ? "{n} har valgt billederne til skemaet og fortalt, hvad der er svært." : "{n} har selv formuleret ønsket og sagt ja til målet.") : null,
            StaffFindRealistic = true,
        };
        var created = CitizenContext.ToUtc(start, 13, 0);
        (goal.CreatedUtc, goal.UpdatedUtc) = (created, created);
        AddState(c, goal.Id, GoalState.Active, start);
        return goal;
    }

    private static void AddState(CitizenContext c, Guid goalId, GoalState state, DateOnly from) =>
        c.Rows.Add(new GoalStateChange { Id = c.Rng.NextGuid(), GoalId = goalId, State = state, FromOn = from, ChangedUtc = CitizenContext.ToUtc(from, 14, 0), ChangedByName = c.Team[0].FullName });

    /// <summary>
    /// Evaluations three months apart (one in five late by up to two months), until one closes the goal (after one
    /// to six evaluations) or the data end. Returns the closing day and the last evaluation's day.
    /// </summary>
    private static (DateOnly? ClosedOn, DateOnly? Last) Evaluate(CitizenContext c, Goal goal, List<Goal> subGoals)
    {
        var closingAt = c.Rng.Next(1, 7);
        var achieved = c.Rng.Chance(goal.Type == GoalType.Develop ? 0.65 : 0.5);
        var previous = goal.StartOn;
        DateOnly? last = null;
        for (var n = 1; ; n++)
        {
            var due = previous.AddMonths(3);
            var on = c.Rng.Chance(0.2) ? due.AddDays(c.Rng.Next(8, 60)) : due.AddDays(c.Rng.Next(-5, 6));
            if (on > c.DataEnd)
            {
                return (null, last);
            }

            var decision = n == closingAt ? (achieved ? EvaluationDecision.CloseAchieved : EvaluationDecision.CloseNotAchieved)
                : c.Rng.Chance(0.8) ? EvaluationDecision.Continue : EvaluationDecision.Adjust;
            foreach (var evaluated in subGoals.Prepend(goal))
            {
                AddEvaluation(c, evaluated, previous, on, decision);
            }

            last = on;
            if (decision.Closes())
            {
                foreach (var closed in subGoals.Prepend(goal))
                {
                    closed.State = achieved ? GoalState.Achieved : GoalState.Closed;
                    closed.UpdatedUtc = CitizenContext.ToUtc(on, 14, 0);
                    AddState(c, closed.Id, closed.State, on);
                }

                return (on, last);
            }

            previous = on;
        }
    }

    private static void AddEvaluation(CitizenContext c, Goal goal, DateOnly from, DateOnly on, EvaluationDecision decision)
    {
        var author = c.Team[0];
        var what = goal.IsSubGoal ? "Delmålet" : "Målet";
        var written = CitizenContext.ToUtc(on, 15, 0);
        c.Rows.Add(new Evaluation
        {
            Id = c.Rng.NextGuid(), CitizenId = c.Citizen.Id, GoalId = goal.Id, EvaluatedOn = on, PeriodFrom = from, PeriodTo = on,
            Participants = $"Kontaktteamet ({author.FullName}) og afdelingslederen på teammødet",
            CitizenInvolvement = c.Fill("{n} fortalte før mødet, hvordan det går, og hvad der er svært."),
            Qualitative = decision switch
            {
                EvaluationDecision.CloseAchieved => $"{what} er nået: dokumentationen viser, at det nu lykkes de fleste dage.",
                EvaluationDecision.CloseNotAchieved => $"{what} er ikke nået og er ikke længere realistisk i sin form; det afsluttes.",
                EvaluationDecision.Adjust => $"{what} justeres: fremgangen er langsommere end ventet, så trinnet gøres mindre.",
                _ => $"{what} følger planen; arbejdet fortsætter som beskrevet.",
            },
            Decision = decision, NextEvaluationOn = decision.Closes() ? null : on.AddMonths(3),
            PlanRevisionNeeded = decision == EvaluationDecision.Adjust, AuthorId = author.Id, AuthorName = author.FullName, CreatedUtc = written, UpdatedUtc = written,
        });
    }

    /// <summary>About one sub-goal in ten is passive for two to six weeks (state history Passive, then Active again).</summary>
    private static (DateOnly From, DateOnly To)? PauseOf(CitizenContext c, Goal subGoal, DateOnly lastDay)
    {
        var span = lastDay.DayNumber - subGoal.StartOn.DayNumber;
        if (span < 120 || !c.Rng.Chance(0.1))
        {
            return null;
        }

        var from = subGoal.StartOn.AddDays(c.Rng.Next(30, span - 60));
        var to = from.AddDays(c.Rng.Next(14, 43));
        AddState(c, subGoal.Id, GoalState.Passive, from);
        AddState(c, subGoal.Id, GoalState.Active, to.AddDays(1));
        return (from, to);
    }
}
