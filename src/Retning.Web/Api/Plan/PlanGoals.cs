using Retning.Domain.Evaluations;
using Retning.Domain.Plans;
using Retning.Domain.Vocabulary;
using Retning.Web.Api.Auth;
using Retning.Web.Services.Vocabulary;

namespace Retning.Web.Api.Plan;

/// <summary>
/// Reads goals of one verified citizen's plan as <see cref="GoalResource"/>s, on the reviewed path (docs/adr/0002,
/// "Paying for scoping once per request"), in a fixed number of queries however many goals and notes there are:
/// the goals, their interventions and collaborators, the latest evaluations, each sub-goal's newest scored note (one
/// index seek per sub-goal on IX_DiaryEntries_SubGoalTimeline, never the diary itself), those notes, their scale
/// versions and one FFB resolver (docs/adr/0018).
/// </summary>
internal sealed class PlanGoals(CitizenRows citizen, PlanRows plan, AppDbContext db, FfbCodeLookup ffb, ApiText text, DateOnly today)
{
    /// <summary>The resolver for the plan's template and the scales of the goals read; made by <see cref="ReadAsync"/>.</summary>
    public FfbResolver Resolver { get; private set; } = new(FfbCodeSystem.Current, []);

    /// <summary>The goals <paramref name="which"/> selects, each goal with its sub-goals among them (top-level ones first in the list).</summary>
    public async Task<IReadOnlyList<GoalResource>> ReadAsync(Func<IQueryable<Goal>, IQueryable<Goal>> which, CancellationToken ct)
    {
        var goals = await which(plan.Goals).ToListAsync(ct);
        var ids = goals.Select(g => g.Id).ToList();
        var scaleIds = goals.Where(g => g.IndicatorScaleId != null).Select(g => g.IndicatorScaleId!.Value).Distinct().ToList();
        Resolver = await ffb.ResolverAsync([plan.Template.TemplateId], scaleIds, ct);
        if (goals.Count == 0)
        {
            return [];
        }

        var interventions = (await plan.Interventions.Where(i => ids.Contains(i.GoalId)).OrderBy(i => i.What).ThenBy(i => i.Id).ToListAsync(ct)).ToLookup(i => i.GoalId);
        var collaborators = (await plan.Collaborators.Where(c => ids.Contains(c.GoalId)).OrderBy(c => c.Kind).ThenBy(c => c.Id).ToListAsync(ct)).ToLookup(c => c.GoalId);
        var latest = (await citizen.Evaluations.Where(e => ids.Contains(e.GoalId))
                .Select(e => new { e.Id, e.GoalId, e.EvaluatedOn, e.CreatedUtc, e.Decision }).ToListAsync(ct))
            .GroupBy(e => e.GoalId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.EvaluatedOn).ThenByDescending(e => e.CreatedUtc).Select(e => Summary(e.Id, e.EvaluatedOn, e.Decision)).First());
        var scores = await NewestScoresAsync(goals, ct);
        var themes = plan.Template.Themes.ToDictionary(t => t.Key, t => t.Name, StringComparer.Ordinal);

        GoalResource Of(Goal g, IReadOnlyList<GoalResource> subGoals) => new(
            g.Id, g.ParentGoalId, g.ThemeKey, themes.GetValueOrDefault(g.ThemeKey, g.ThemeKey), g.PurposeId,
            text.Of(g.Text), text.Of(g.Rationale), text.Of(g.Measure), text.Of(g.CitizenParticipation),
            g.Type, g.Type.Danish(), FfbCode.Of(Resolver.GoalType(g.Type))!, g.State, g.State.Danish(), g.StartOn, g.EndOn,
            g.EvaluationIntervalMonths, g.NextEvaluationOn, GoalRules.EvaluationOverdue(g, today), g.IndicatorScaleId, g.ScoringFrequency,
            scores.GetValueOrDefault(g.Id), latest.GetValueOrDefault(g.Id),
            [.. interventions[g.Id].Select(i => new InterventionResource(i.Id, text.Of(i.What), text.Of(i.HowOften), text.Of(i.Who)))],
            [.. collaborators[g.Id].Select(c => new CollaboratorResource(c.Id, c.Kind, c.Kind.Danish(), text.Of(c.Name), text.Of(c.HowTheyTakePart)))],
            g.Version, Utc(g.CreatedUtc), Utc(g.UpdatedUtc), subGoals);

        static IOrderedEnumerable<Goal> Ordered(IEnumerable<Goal> list) => list.OrderBy(g => g.StartOn).ThenBy(g => g.CreatedUtc).ThenBy(g => g.Id);
        var byParent = goals.Where(g => g.ParentGoalId != null).ToLookup(g => g.ParentGoalId!.Value);
        var tops = goals.Where(g => g.ParentGoalId is null || !ids.Contains(g.ParentGoalId.Value));
        return [.. Ordered(tops).Select(g => Of(g, [.. Ordered(byParent[g.Id]).Select(s => Of(s, []))]))];
    }

    public static EvaluationSummary Summary(Guid id, DateOnly on, EvaluationDecision decision) =>
        new(id, on, decision, decision.Danish(), FfbCode.Of(FfbCodeLookup.Decision(decision)));

    /// <summary>Each sub-goal's newest scored note still on the citizen, with its level's label and FFB code on its own scale version.</summary>
    private async Task<Dictionary<Guid, ScoreResource>> NewestScoresAsync(IReadOnlyList<Goal> goals, CancellationToken ct)
    {
        var subGoals = goals.Where(g => g.ParentGoalId != null && g.IndicatorScaleId != null).ToDictionary(g => g.Id, g => g.IndicatorScaleId!.Value);
        if (subGoals.Count == 0)
        {
            return [];
        }

        var subGoalIds = subGoals.Keys.ToList();
        var entries = citizen.DiaryEntries;
        // A scalar subquery per sub-goal in the diary's newest-first order (DiaryFigures.SubGoalNewestFirst): LIMIT 1 on the index.
        var newestIds = await plan.Goals.Where(g => subGoalIds.Contains(g.Id))
            .Select(g => entries.Where(e => e.SubGoalId == g.Id && e.WrongCitizenMarkedUtc == null && e.ScoreValue != null)
                .OrderByDescending(e => e.ObservedAtUtc).ThenByDescending(e => e.CreatedUtc).ThenByDescending(e => e.Id)
                .Select(e => (Guid?)e.Id).FirstOrDefault())
            .ToListAsync(ct);
        var noteIds = newestIds.OfType<Guid>().ToList();
        if (noteIds.Count == 0)
        {
            return [];
        }

        var notes = await entries.Where(e => noteIds.Contains(e.Id))
            .Select(e => new { e.Id, SubGoalId = e.SubGoalId!.Value, e.ObservedAtUtc, e.ObservedOn, Value = e.ScoreValue!.Value, e.ScaleVersionId }).ToListAsync(ct);
        var versionIds = notes.Where(n => n.ScaleVersionId != null).Select(n => n.ScaleVersionId!.Value).Distinct().ToList();
        var versions = await db.IndicatorScaleVersions.AsNoTracking().Where(v => versionIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, ct);
        return notes.ToDictionary(n => n.SubGoalId, n =>
        {
            var version = n.ScaleVersionId is { } v ? versions.GetValueOrDefault(v) : null;
            var label = version?.LabelOf(n.Value) ?? n.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return new ScoreResource(n.Id, Utc(n.ObservedAtUtc), n.ObservedOn, n.Value, label, version?.Number,
                FfbCode.Of(Resolver.ScaleLevel(subGoals[n.SubGoalId], version?.Levels ?? [], n.Value)));
        });
    }

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
