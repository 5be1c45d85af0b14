using Retning.Domain.Evaluations;
using Retning.Domain.Plans;

namespace Retning.Web.Pages.Borgere.Evalueringer;

/// <summary>
/// A citizen's evaluations: the open goals and sub-goals with their next evaluation (overdue
/// first), each with "Evaluér", and every evaluation made, newest first.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(AppDbContext db, CitizenAccessService access, AuditLog audit, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    public sealed record DueRow(Goal Goal, string? ParentText, DateOnly? LastEvaluatedOn, bool Overdue);

    public sealed record HistoryRow(Evaluation Evaluation, string GoalText, bool IsSubGoal);

    public IReadOnlyList<DueRow> Due { get; private set; } = [];
    public IReadOnlyList<HistoryRow> History { get; private set; } = [];

    /// <summary>The evaluations of the plan's themes (docs/domain.md, "Evaluations"), newest first, with the theme's name.</summary>
    public IReadOnlyList<(ThemeEvaluation Evaluation, string ThemeName)> ThemeHistory { get; private set; } = [];
    public bool HasPlan { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Read, "evalueringer") is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        var goals = await Db.Goals.AsNoTracking().Where(g => Db.Plans.Any(p => p.Id == g.PlanId && p.CitizenId == id)).ToListAsync(ct);
        HasPlan = await Db.Plans.AnyAsync(p => p.CitizenId == id, ct);
        var evaluations = await Db.Evaluations.AsNoTracking().Where(e => e.CitizenId == id)
            .OrderByDescending(e => e.EvaluatedOn).ThenByDescending(e => e.CreatedUtc).ToListAsync(ct);
        var texts = goals.ToDictionary(g => g.Id);
        var lastByGoal = evaluations.GroupBy(e => e.GoalId).ToDictionary(g => g.Key, g => g.Max(e => e.EvaluatedOn));
        Due = [.. goals.Where(g => g.IsOpen)
            .Select(g => new DueRow(g, g.ParentGoalId is { } p && texts.TryGetValue(p, out var parent) ? parent.Text : null,
                lastByGoal.TryGetValue(g.Id, out var last) ? last : null, GoalRules.EvaluationOverdue(g, Today)))
            .OrderBy(r => r.Goal.NextEvaluationOn ?? DateOnly.MaxValue).ThenBy(r => r.Goal.Text)];
        var themeEvaluations = await Db.ThemeEvaluations.AsNoTracking().Where(e => e.CitizenId == id)
            .OrderByDescending(e => e.EvaluatedOn).ThenByDescending(e => e.CreatedUtc).ToListAsync(ct);
        if (themeEvaluations.Count > 0)
        {
            var themes = await Db.Plans.Where(p => p.CitizenId == id).Select(p => p.TemplateVersion!).FirstAsync(ct);
            var names = themes.Themes.ToDictionary(t => t.Key, t => t.Name, StringComparer.Ordinal);
            ThemeHistory = [.. themeEvaluations.Select(e => (e, names.GetValueOrDefault(e.ThemeKey, e.ThemeKey)))];
        }

        History = [.. evaluations.Select(e => new HistoryRow(e, texts.TryGetValue(e.GoalId, out var g) ? g.Text : "–", g?.IsSubGoal ?? false))];
        await audit.RecordAsync(AuditAction.Read, id, "Evalueringer: vist", $"evalueringer={History.Count}", ct);
        return Page();
    }
}
