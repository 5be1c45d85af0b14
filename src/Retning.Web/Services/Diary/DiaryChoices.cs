using Microsoft.AspNetCore.Mvc.Rendering;
using Retning.Domain.Citizens;
using Retning.Domain.Diary;
using Retning.Domain.Plans;

namespace Retning.Web.Services.Diary;

/// <summary>A sub-goal as the diary offers it, with the current version of its scale.</summary>
public sealed record SubGoalChoice(
    Guid Id, string Text, string GoalText, string ThemeKey, bool IsActive,
    Guid? ScaleId, Guid? ScaleVersionId, string? ScaleName, IReadOnlyList<ScaleLevel> Levels);

/// <summary>
/// What the diary's forms and filters choose from for one citizen: the plan's sub-goals, the
/// offer's contexts and note types, and the plan's themes.
/// </summary>
public sealed record DiaryChoices(
    IReadOnlyList<SubGoalChoice> SubGoals,
    IReadOnlyList<DiaryCategory> Contexts,
    IReadOnlyList<DiaryCategory> Types,
    IReadOnlyList<TemplateTheme> Themes)
{
    public static readonly DiaryChoices Empty = new([], [], [], []);

    public IEnumerable<SubGoalChoice> ActiveSubGoals => SubGoals.Where(s => s.IsActive);

    /// <summary>The same choices as <see cref="DiaryNoteRules"/> reads a note against them.</summary>
    public NoteOptions ForRules => new(
        [.. SubGoals.Select(s => new NoteSubGoal(s.Id, s.ThemeKey, s.ScaleVersionId, s.ScaleName, s.Levels))], Contexts, Types, [.. Themes.Select(t => t.Key)]);

    public SubGoalChoice? SubGoal(Guid? id) => id is null ? null : SubGoals.FirstOrDefault(s => s.Id == id);
    public DiaryCategory? Category(Guid? id) => id is null ? null : Contexts.Concat(Types).FirstOrDefault(c => c.Id == id);
    public string ThemeName(string key) => Themes.FirstOrDefault(t => t.Key == key)?.Name ?? key;

    /// <summary>The scales in use by the active sub-goals (one score group per scale in the form).</summary>
    public IEnumerable<SubGoalChoice> ScaleGroups(Guid? including) =>
        SubGoals.Where(s => (s.IsActive || s.Id == including) && s.ScaleVersionId is not null).DistinctBy(s => s.ScaleId);

    public IReadOnlyList<SelectListItem> ContextItems(Guid? current) => CategoryItems("Vælg kontekst", Contexts, current);
    public IReadOnlyList<SelectListItem> TypeItems(Guid? current) => CategoryItems("Vælg notattype", Types, current);

    public IReadOnlyList<SelectListItem> SubGoalItems(string empty, Guid? current) =>
    [
        new(empty, string.Empty),
        .. SubGoals.Where(s => s.IsActive || s.Id == current).Select(s => new SelectListItem(s.Text, s.Id.ToString())),
    ];

    public static IReadOnlyList<SelectListItem> ReasonItems { get; } =
    [
        new("Vælg årsag", string.Empty),
        .. Enum.GetValues<MissingWorkReason>().Select(r => new SelectListItem(r.Danish(), r.ToString())),
    ];

    // Inactive entries stay choosable only on a note that already has them, so a correction keeps its label.
    private static IReadOnlyList<SelectListItem> CategoryItems(string empty, IEnumerable<DiaryCategory> list, Guid? current) =>
    [
        new(empty, string.Empty),
        .. list.Where(c => c.IsActive || c.Id == current).Select(c => new SelectListItem(c.Name, c.Id.ToString())),
    ];

    /// <summary>The choices of the citizen's plan (none without a plan) and of the offer of the citizen's department.</summary>
    public static async Task<DiaryChoices> ForCitizenAsync(AppDbContext db, Citizen citizen, CancellationToken ct)
    {
        var plan = await db.Plans.AsNoTracking().Include(p => p.TemplateVersion).FirstOrDefaultAsync(p => p.CitizenId == citizen.Id, ct);
        return await LoadAsync(db, plan, citizen.Department?.OfferId ?? Guid.Empty, ct);
    }

    public static async Task<DiaryChoices> LoadAsync(AppDbContext db, Plan? plan, Guid offerId, CancellationToken ct)
    {
        var categories = await db.DiaryCategories.AsNoTracking().Where(c => c.OfferId == offerId)
            .OrderBy(c => c.Order).ThenBy(c => c.Name).ToListAsync(ct);
        if (plan is null)
        {
            return new DiaryChoices([], Pick(categories, DiaryCategoryKind.Context), Pick(categories, DiaryCategoryKind.NoteType), []);
        }

        var goals = await db.Goals.AsNoTracking().Where(g => g.PlanId == plan.Id)
            .Select(g => new { g.Id, g.ParentGoalId, g.Text, g.ThemeKey, g.State, g.IndicatorScaleId, g.StartOn })
            .ToListAsync(ct);
        var parents = goals.Where(g => g.ParentGoalId is null).ToDictionary(g => g.Id, g => g.Text);
        var scaleIds = goals.Where(g => g.IndicatorScaleId is not null).Select(g => g.IndicatorScaleId!.Value).Distinct().ToList();
        var scales = await db.IndicatorScales.AsNoTracking().Where(s => scaleIds.Contains(s.Id)).ToListAsync(ct);
        var versions = await db.IndicatorScaleVersions.AsNoTracking().Where(v => scaleIds.Contains(v.ScaleId))
            .Select(v => new { v.Id, v.ScaleId, v.Number }).ToListAsync(ct);
        var subGoals = goals.Where(g => g.ParentGoalId is not null)
            .OrderBy(g => g.State == GoalState.Active ? 0 : 1).ThenBy(g => g.StartOn).ThenBy(g => g.Text)
            .Select(g =>
            {
                var scale = scales.FirstOrDefault(s => s.Id == g.IndicatorScaleId);
                var versionId = scale is null ? null : versions.FirstOrDefault(v => v.ScaleId == scale.Id && v.Number == scale.CurrentVersion)?.Id;
                return new SubGoalChoice(g.Id, g.Text, parents.GetValueOrDefault(g.ParentGoalId!.Value, string.Empty), g.ThemeKey,
                    g.State == GoalState.Active, scale?.Id, versionId, scale?.Name, scale?.Levels ?? []);
            }).ToList();
        return new DiaryChoices(subGoals, Pick(categories, DiaryCategoryKind.Context), Pick(categories, DiaryCategoryKind.NoteType),
            [.. (plan.TemplateVersion?.Themes ?? []).OrderBy(t => t.Order)]);
    }

    private static List<DiaryCategory> Pick(List<DiaryCategory> all, DiaryCategoryKind kind) => [.. all.Where(c => c.Kind == kind)];
}
