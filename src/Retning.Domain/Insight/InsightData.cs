namespace Retning.Domain.Insight;

/// <summary>
/// Everything the figures of one scope are computed from, read once for the chosen period and the
/// one before it. <see cref="Scores"/> holds each period's paired readings (they depend on the period).
/// </summary>
public sealed class InsightData
{
    public InsightData(IEnumerable<DepartmentFact> departments, IEnumerable<CitizenFact> citizens, IEnumerable<GoalFact> goals,
        IEnumerable<EvaluationFact> evaluations, IEnumerable<PlanFact> plans, IEnumerable<MeetingFact> meetings, IEnumerable<PurposeFact> purposes,
        IReadOnlyDictionary<Guid, string> categoryNames, IReadOnlyDictionary<ReportPeriod, IReadOnlyDictionary<Guid, ScorePair>> scores,
        ILookup<Guid, DateOnly>? scoredDays = null)
    {
        Departments = departments.ToDictionary(d => d.Id);
        Citizens = citizens.ToDictionary(c => c.Id);
        Goals = goals.ToDictionary(g => g.Id);
        Evaluations = evaluations.ToList();
        EvaluationsByGoal = Evaluations.ToLookup(e => e.GoalId);
        Plans = plans.ToList();
        Meetings = meetings.ToList();
        Purposes = purposes.ToList();
        PurposesByCitizen = Purposes.ToLookup(p => p.CitizenId);
        CategoryNames = categoryNames;
        Scores = scores;
        ScoredDays = scoredDays ?? Array.Empty<(Guid, DateOnly)>().ToLookup(d => d.Item1, d => d.Item2);
    }

    public IReadOnlyDictionary<Guid, DepartmentFact> Departments { get; }
    public IReadOnlyDictionary<Guid, CitizenFact> Citizens { get; }
    public IReadOnlyDictionary<Guid, GoalFact> Goals { get; }
    public IReadOnlyList<EvaluationFact> Evaluations { get; }
    public ILookup<Guid, EvaluationFact> EvaluationsByGoal { get; }
    public IReadOnlyList<PlanFact> Plans { get; }
    public IReadOnlyList<MeetingFact> Meetings { get; }
    public IReadOnlyList<PurposeFact> Purposes { get; }
    public ILookup<Guid, PurposeFact> PurposesByCitizen { get; }
    public IReadOnlyDictionary<Guid, string> CategoryNames { get; }
    public IReadOnlyDictionary<ReportPeriod, IReadOnlyDictionary<Guid, ScorePair>> Scores { get; }

    /// <summary>The days each sub-goal was scored, over both periods (for the response rate).</summary>
    public ILookup<Guid, DateOnly> ScoredDays { get; }

    /// <summary>
    /// What <see cref="Figures.Count"/> found for a figure, period and day, kept for this data: a page
    /// asks for the same rows several times (value, change, breakdown, drill-down), and the answer of
    /// a pure function over the same data does not change.
    /// </summary>
    internal System.Collections.Concurrent.ConcurrentDictionary<(FigureKey, ReportPeriod, DateOnly), IReadOnlyList<CountedItem>> Counted { get; } = new();
}
