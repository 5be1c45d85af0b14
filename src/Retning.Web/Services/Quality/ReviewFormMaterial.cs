using Retning.Domain.Evaluations;
using Retning.Domain.Plans;

namespace Retning.Web.Services.Quality;

/// <summary>An intervention of a goal as the review form lists it (indicator 5).</summary>
public sealed record MaterialIntervention(string What, string? HowOften, string? Who);

/// <summary>An external actor on a goal (indicator 7).</summary>
public sealed record MaterialCollaborator(string Kind, string? Name, string? HowTheyTakePart);

/// <summary>A goal evaluation held in the round's period (indicator 6).</summary>
public sealed record MaterialEvaluation(Guid Id, DateOnly EvaluatedOn, string Decision);

/// <summary>A goal's state set in the round's period, e.g. "Opnået" (indicator 6).</summary>
public sealed record MaterialStateChange(DateOnly FromOn, string State);

/// <summary>A sub-goal's score at the start and the end of the period: the first month's first score and the last month's latest.</summary>
public sealed record MaterialScoreChange(DateOnly FirstMonth, int? First, DateOnly LastMonth, int? Latest)
{
    public int? Change => First is { } a && Latest is { } b ? b - a : null;

    /// <summary>"Score: 2 (01.2026) → 4 (03.2026), ændring +2".</summary>
    public string Text => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"Score: {First?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "–"} ({FirstMonth.Month:00}.{FirstMonth.Year}) → {Latest?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "–"} ({LastMonth.Month:00}.{LastMonth.Year}){(Change is { } c ? $", ændring {c:+0;-0;0}" : "")}");
}

/// <summary>
/// A goal or sub-goal of the sampled plan with what the reviewer judges it by: its interventions (5), its results in
/// the period (6) and its external actors (7).
/// </summary>
public sealed record MaterialGoal(
    Guid Id,
    Guid? ParentId,
    string Text,
    string Theme,
    string State,
    IReadOnlyList<MaterialIntervention> Interventions,
    IReadOnlyList<MaterialCollaborator> Collaborators,
    IReadOnlyList<MaterialEvaluation> Evaluations,
    IReadOnlyList<MaterialStateChange> StateChanges,
    MaterialScoreChange? Scores);

/// <summary>A theme evaluation held in the period (indicator 6).</summary>
public sealed record MaterialThemeEvaluation(string Theme, DateOnly EvaluatedOn, string Development);

/// <summary>
/// What the review form of a sampled plan shows beside the ratings, read from the record so the reviewer judges
/// rather than copies (docs/domain.md, "Quality monitoring"). Goals are the plan's current ones and those whose state
/// changed in the round's period; results read only the period's rows (evaluations, state changes, the monthly score
/// facts of docs/adr/0014), never the notes.
/// </summary>
public sealed record ReviewFormMaterial(bool HasPlan, IReadOnlyList<MaterialGoal> Goals, IReadOnlyList<MaterialThemeEvaluation> ThemeEvaluations)
{
    public static readonly ReviewFormMaterial NoPlan = new(false, [], []);

    /// <summary>The goals (not sub-goals), each followed on the page by its sub-goals.</summary>
    public IEnumerable<MaterialGoal> TopGoals => Goals.Where(g => g.ParentId is null || Goals.All(p => p.Id != g.ParentId));

    public IEnumerable<MaterialGoal> SubGoalsOf(Guid goalId) => Goals.Where(g => g.ParentId == goalId);

    /// <summary>Loads the material of the verified citizen's plan for the period.</summary>
    public static async Task<ReviewFormMaterial> LoadAsync(AppDbContext db, VerifiedCitizen citizen, DateOnly from, DateOnly to, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(citizen);
        var plan = await citizen.Rows.PlanAsync(ct);
        if (plan is null)
        {
            return NoPlan;
        }

        var goals = await plan.Goals.OrderBy(g => g.StartOn).ThenBy(g => g.CreatedUtc).ToListAsync(ct);
        var goalIds = goals.Select(g => g.Id).ToList();
        var changes = await db.GoalStateChanges.AsNoTracking()
            .Where(c => goalIds.Contains(c.GoalId) && c.FromOn >= from && c.FromOn <= to)
            .OrderBy(c => c.FromOn).ToListAsync(ct);
        // Current goals, and those closed or achieved in the period: the results the period shows.
        goals = [.. goals.Where(g => g.IsOpen || changes.Any(c => c.GoalId == g.Id))];
        goalIds = [.. goals.Select(g => g.Id)];

        var interventions = await plan.Interventions.Where(i => goalIds.Contains(i.GoalId)).ToListAsync(ct);
        var collaborators = await plan.Collaborators.Where(c => goalIds.Contains(c.GoalId)).ToListAsync(ct);
        var evaluations = await citizen.Rows.Evaluations
            .Where(e => e.EvaluatedOn >= from && e.EvaluatedOn <= to)
            .OrderBy(e => e.EvaluatedOn)
            .Select(e => new { e.Id, e.GoalId, e.EvaluatedOn, e.Decision })
            .ToListAsync(ct);
        var scores = await ScoresAsync(db, citizen.Id, goals.Where(g => g.IsSubGoal).Select(g => g.Id).ToList(), from, to, ct);
        var themes = plan.Template.Themes.ToDictionary(t => t.Key, t => t.Name, StringComparer.Ordinal);
        var themeEvaluations = await citizen.Rows.ThemeEvaluations
            .Where(e => e.PlanId == plan.Plan.Id && e.EvaluatedOn >= from && e.EvaluatedOn <= to)
            .OrderBy(e => e.EvaluatedOn)
            .Select(e => new { e.ThemeKey, e.EvaluatedOn, e.Development })
            .ToListAsync(ct);

        var material = goals.Select(g => new MaterialGoal(
            g.Id, g.ParentGoalId, g.Text, themes.GetValueOrDefault(g.ThemeKey, g.ThemeKey), g.State.Danish(),
            [.. interventions.Where(i => i.GoalId == g.Id).Select(i => new MaterialIntervention(i.What, i.HowOften, i.Who))],
            [.. collaborators.Where(c => c.GoalId == g.Id).Select(c => new MaterialCollaborator(c.Kind.Danish(), c.Name, c.HowTheyTakePart))],
            [.. evaluations.Where(e => e.GoalId == g.Id).Select(e => new MaterialEvaluation(e.Id, e.EvaluatedOn, e.Decision.Danish()))],
            [.. changes.Where(c => c.GoalId == g.Id).Select(c => new MaterialStateChange(c.FromOn, c.State.Danish()))],
            scores.GetValueOrDefault(g.Id))).ToList();
        return new ReviewFormMaterial(true, material,
            [.. themeEvaluations.Select(e => new MaterialThemeEvaluation(themes.GetValueOrDefault(e.ThemeKey, e.ThemeKey), e.EvaluatedOn, e.Development))]);
    }

    /// <summary>Per sub-goal: the first month's first score and the last month's latest within the period (scoped facts, no notes).</summary>
    private static async Task<Dictionary<Guid, MaterialScoreChange>> ScoresAsync(AppDbContext db, Guid citizenId, List<Guid> subGoalIds, DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (subGoalIds.Count == 0)
        {
            return [];
        }

        var (firstMonth, lastMonth) = (Domain.Insight.SubGoalScoreMonth.MonthOf(from), Domain.Insight.SubGoalScoreMonth.MonthOf(to));
        var months = await db.SubGoalScoreMonths.AsNoTracking()
            .Where(m => m.CitizenId == citizenId && subGoalIds.Contains(m.SubGoalId) && m.Month >= firstMonth && m.Month <= lastMonth && m.ScoredNotes > 0)
            .Select(m => new { m.SubGoalId, m.Month, m.FirstScore, m.LatestScore })
            .ToListAsync(ct);
        return months.GroupBy(m => m.SubGoalId).ToDictionary(g => g.Key, g =>
        {
            var first = g.MinBy(m => m.Month)!;
            var last = g.MaxBy(m => m.Month)!;
            return new MaterialScoreChange(first.Month, first.FirstScore, last.Month, last.LatestScore);
        });
    }
}
