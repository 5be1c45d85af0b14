using Retning.Domain.Evaluations;
using Retning.Domain.Insight;
using Retning.Domain.Organisation;
using Retning.Domain.Plans;

namespace Retning.UnitTests.Insight;

/// <summary>A small hand-made world for the figures' tests: two departments of one offer, a third in another.</summary>
internal sealed class InsightWorld
{
    public static readonly DateOnly Today = new(2026, 12, 1);
    public static readonly ReportPeriod Year2026 = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 11, 30));

    public readonly DepartmentFact North = new(Guid.NewGuid(), "Nord", OfferA, "Tilbud A", Area.Adults, "§ 107");
    public readonly DepartmentFact South = new(Guid.NewGuid(), "Syd", OfferA, "Tilbud A", Area.Adults, "§ 107");
    public readonly DepartmentFact Kids = new(Guid.NewGuid(), "Børn", OfferB, "Tilbud B", Area.Children, "§ 66");

    private static readonly Guid OfferA = Guid.NewGuid();
    private static readonly Guid OfferB = Guid.NewGuid();

    public List<CitizenFact> Citizens { get; } = [];
    public List<GoalFact> Goals { get; } = [];
    public List<EvaluationFact> Evaluations { get; } = [];
    public List<PlanFact> Plans { get; } = [];
    public List<MeetingFact> Meetings { get; } = [];
    public List<PurposeFact> Purposes { get; } = [];
    public Dictionary<Guid, string> Categories { get; } = [];
    public Dictionary<ReportPeriod, IReadOnlyDictionary<Guid, ScorePair>> Scores { get; } = [];
    public List<(Guid SubGoalId, DateOnly On)> ScoredDays { get; } = [];

    public CitizenFact Citizen(DepartmentFact department, DateOnly enrolled, DateOnly? discharged = null, string? targetGroup = "Udviklingshæmning")
    {
        var citizen = new CitizenFact(Guid.NewGuid(), enrolled, discharged, targetGroup, [new Stay(department.Id, enrolled, discharged)]);
        Citizens.Add(citizen);
        return citizen;
    }

    public CitizenFact Moved(DepartmentFact from, DepartmentFact to, DateOnly enrolled, DateOnly movedOn)
    {
        var citizen = new CitizenFact(Guid.NewGuid(), enrolled, null, null, [new Stay(from.Id, enrolled, movedOn.AddDays(-1)), new Stay(to.Id, movedOn, null)]);
        Citizens.Add(citizen);
        return citizen;
    }

    public GoalFact Goal(CitizenFact citizen, DateOnly start, GoalType type = GoalType.Develop, GoalState state = GoalState.Active, GoalFact? parent = null,
        bool scale = false, IReadOnlyList<StateFrom>? history = null, DateOnly? created = null, DateOnly? end = null, int? interval = 3,
        bool purpose = true, bool participation = true, bool measure = true, string theme = "egenomsorg", ScoringFrequency? frequency = null)
    {
        var goal = new GoalFact(Guid.NewGuid(), citizen.Id, Guid.Empty, parent?.Id, theme, type, state, start, end ?? start.AddYears(1), created ?? start,
            interval, purpose, participation, scale, measure || scale, history ?? [new StateFrom(start, GoalState.Active)], frequency);
        Goals.Add(goal);
        return goal;
    }

    public EvaluationFact Evaluation(GoalFact goal, DateOnly on, EvaluationDecision decision = EvaluationDecision.Continue, DateOnly? next = null)
    {
        var evaluation = new EvaluationFact(Guid.NewGuid(), goal.Id, goal.CitizenId, on, decision, next);
        Evaluations.Add(evaluation);
        return evaluation;
    }

    public PlanFact Plan(CitizenFact citizen, bool perspective = true, bool participation = true, DateOnly? revisionOn = null, bool compass = false, params DateOnly[] dpu)
    {
        var plan = new PlanFact(Guid.NewGuid(), citizen.Id, perspective, participation, revisionOn, compass, dpu);
        Plans.Add(plan);
        return plan;
    }

    public MeetingFact Meeting(CitizenFact citizen, DateOnly on, DateOnly? statusSent = null, DateOnly? minutesSent = null, DateOnly? cancelled = null)
    {
        var meeting = new MeetingFact(Guid.NewGuid(), citizen.Id, on, cancelled, statusSent, minutesSent);
        Meetings.Add(meeting);
        return meeting;
    }

    public InsightData Data(params DepartmentFact[] scope) =>
        new(scope.Length == 0 ? [North, South, Kids] : scope, Citizens, Goals, Evaluations, Plans, Meetings, Purposes, Categories, Scores, ScoredDays.ToLookup(d => d.SubGoalId, d => d.On));

    public IReadOnlyList<CountedItem> Count(FigureKey key, ReportPeriod? period = null, params DepartmentFact[] scope) =>
        Figures.Count(key, Data(scope), period ?? Year2026, Today);
}
