using Retning.Domain.Access;
using Retning.Domain.Organisation;
using Retning.Domain.Plans;

namespace Retning.Domain.Evaluations;

/// <summary>
/// The rules of an evaluation: the next one at most 3 months ahead (docs/domain.md, "Evaluations": goals and
/// sub-goals are evaluated at least every 3 months), none after closing, and what the decision
/// does to the goal.
/// </summary>
public static class EvaluationRules
{
    // The longest text of each field: the form refuses more (TextLimitAttribute), the column holds no more (docs/architecture.md, "Validation").
    public const int MaxParticipants = 1000;
    public const int MaxInvolvement = TextLimits.Paragraph;
    public const int MaxQualitative = 8000;
    public const int MaxQuantitativeComment = TextLimits.Paragraph;

    public const int MaxMonthsToNext = 3;

    /// <summary>
    /// Problems with the written part: who took part, how the citizen was involved, the
    /// qualitative evaluation of <paramref name="isSubGoal"/> (a sub-goal or a goal), and whether
    /// the plan must be revised (<paramref name="planRevision"/> null when not answered); empty when fine.
    /// </summary>
    public static IReadOnlyList<FieldError> CheckTexts(string? participants, string? involvement, string? qualitative,
        bool? planRevision, string? planRevisionNote, bool isSubGoal)
    {
        var problems = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(participants))
        {
            problems.Add(new("Participants", "Skriv, hvem der deltog i evalueringen."));
        }

        if (string.IsNullOrWhiteSpace(involvement))
        {
            problems.Add(new("CitizenInvolvement", "Skriv, hvordan borgeren har været inddraget – under hensyn til borgerens forudsætninger."));
        }

        if (string.IsNullOrWhiteSpace(qualitative))
        {
            problems.Add(new("Qualitative", $"Skriv den kvalitative evaluering: hvad viser periodens notater om arbejdet med {(isSubGoal ? "delmålet" : "målet")}?"));
        }

        if (planRevision is not { } revise)
        {
            problems.Add(new("PlanRevision", "Svar på, om planen skal revideres."));
        }
        else if (PlanRevisionRules.NoteProblem(revise, planRevisionNote) is { } noteProblem)
        {
            problems.Add(new("PlanRevisionNote", noteProblem));
        }

        return problems;
    }

    /// <summary>Problems with the decision and dates, at their fields; empty when fine.</summary>
    public static IReadOnlyList<FieldError> Check(
        EvaluationDecision? decision, DateOnly? evaluatedOn, DateOnly? nextOn, DateOnly periodFrom, DateOnly today)
    {
        var problems = new List<FieldError>();
        if (evaluatedOn is not { } on)
        {
            problems.Add(new("EvaluatedOn", "Skriv datoen for evalueringen."));
        }
        else if (on > today)
        {
            problems.Add(new("EvaluatedOn", "Evalueringen kan ikke dateres i fremtiden."));
        }
        else if (on < periodFrom)
        {
            problems.Add(new("EvaluatedOn", $"Evalueringen kan ikke ligge før perioden, den evaluerer (fra {periodFrom.ToDanishDate()})."));
        }

        if (decision is not { } d || !Enum.IsDefined(d))
        {
            problems.Add(new("Decision", "Vælg en beslutning: fortsæt, justér eller afslut."));
            return problems;
        }

        if (d.Closes())
        {
            if (nextOn is not null)
            {
                problems.Add(new("NextEvaluationOn", "Et mål, der afsluttes, skal ikke evalueres igen. Fjern datoen."));
            }

            return problems;
        }

        if (nextOn is not { } next)
        {
            problems.Add(new("NextEvaluationOn", "Skriv datoen for næste evaluering (højst 3 måneder frem)."));
        }
        else if (evaluatedOn is { } from && (next <= from || next > from.AddMonths(MaxMonthsToNext)))
        {
            problems.Add(new("NextEvaluationOn", $"Næste evaluering skal ligge efter evalueringen og højst 3 måneder frem (senest {(from.AddMonths(MaxMonthsToNext)).ToDanishDate()})."));
        }

        return problems;
    }

    /// <summary>
    /// Writes the conclusion into the goal: the next evaluation date, or the closing state — and a
    /// goal that closes takes its open sub-goals with it (as closing on the goal page does).
    /// Returns the goals whose state changed, so the caller records their state history.
    /// </summary>
    public static IReadOnlyList<Goal> Apply(Evaluation evaluation, Goal goal, IEnumerable<Goal> subGoals)
    {
        var before = goal.State;
        switch (evaluation.Decision)
        {
            case EvaluationDecision.CloseAchieved:
                goal.State = GoalState.Achieved;
                goal.NextEvaluationOn = null;
                break;
            case EvaluationDecision.CloseNotAchieved:
                goal.State = GoalState.Closed;
                goal.NextEvaluationOn = null;
                break;
            default:
                goal.NextEvaluationOn = evaluation.NextEvaluationOn;
                break;
        }

        if (goal.State == before)
        {
            return [];
        }

        var changed = new List<Goal> { goal };
        foreach (var sub in GoalRules.OpenSubGoals(goal.Id, subGoals))
        {
            sub.State = goal.State;
            sub.NextEvaluationOn = null;
            changed.Add(sub);
        }

        return changed;
    }

    /// <summary>
    /// Whether a goal has been through a team meeting. Retning records team meetings by the
    /// evaluations made at them, so a goal without an evaluation is new: a new goal is
    /// reviewed at the first team meeting (docs/domain.md, "Evaluations").
    /// </summary>
    public static bool ReviewedAtTeamMeeting(bool hasEvaluation) => hasEvaluation;

    /// <summary>An open goal is on a team meeting's agenda when it is new or its evaluation falls on or before the meeting.</summary>
    public static bool OnAgenda(Goal goal, bool hasEvaluation, DateOnly meetingOn) =>
        goal.IsOpen && (!ReviewedAtTeamMeeting(hasEvaluation) || goal.NextEvaluationOn is { } next && next <= meetingOn);

    /// <summary>
    /// Why the user cannot evaluate a goal at the team meeting, in words for the agenda
    /// ("du er ikke i borgerens kontaktteam"), or null when they can: an open goal, evaluated by
    /// the citizen's contact team or the department's leaders (the right to change the citizen's data).
    /// </summary>
    public static string? WhyNotEvaluable(Goal goal, IReadOnlySet<StaffRole> rolesInDepartment, bool inContactTeam)
    {
        if (!goal.IsOpen)
        {
            return $"{(goal.IsSubGoal ? "delmålet" : "målet")} er lukket ({goal.State.Danish().ToLowerInvariant()})";
        }

        if (CitizenAccess.CanEditCitizen(rolesInDepartment, inContactTeam))
        {
            return null;
        }

        return rolesInDepartment.Contains(StaffRole.CareWorker)
            ? "du er ikke i borgerens kontaktteam"
            : "kun borgerens kontaktteam og afdelingens ledelse evaluerer";
    }

    /// <summary>The period an evaluation looks back on: since the latest evaluation, or since the goal began.</summary>
    public static DateOnly PeriodStart(DateOnly goalStart, DateOnly? lastEvaluatedOn) =>
        lastEvaluatedOn is { } last && last >= goalStart ? last : goalStart;
}
