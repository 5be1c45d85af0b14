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
    public static async Task<DiaryChoices> ForCitizenAsync(CitizenRows citizen, CancellationToken ct) =>
        await (await PlanChoicesForCitizenAsync(citizen, ct)).WithCategoriesAsync(citizen.Context, citizen.Citizen, ct);

    /// <summary>
    /// Only the plan's sub-goals and themes, without the offer's contexts and note types: enough to read a sub-goal
    /// note (<see cref="DiaryNoteRules"/> reads the two lists for a resident note only). A form that is shown, or a
    /// resident note, adds them with <see cref="WithCategoriesAsync"/>.
    /// </summary>
    public static async Task<DiaryChoices> PlanChoicesForCitizenAsync(CitizenRows citizen, CancellationToken ct)
    {
        var db = citizen.Context;
        // The plan, its template's themes and its goals in one query, on the verified citizen's rows (the goals keyed by the plan at hand).
        var plan = await citizen.Plans
            .Select(p => new
            {
                p.Id,
                p.TemplateVersion!.Themes,
                Goals = p.Goals.Select(g => new GoalRow(g.Id, g.ParentGoalId, g.Text, g.ThemeKey, g.State, g.IndicatorScaleId, g.StartOn)).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        return plan is null ? Empty : await FromGoalsAsync(db, plan.Goals, plan.Themes, ct);
    }

    /// <summary>
    /// The choices of one posted sub-goal note: that sub-goal and its goal only, without themes or lists (the
    /// rules check the posted sub-goal against these; the template's themes are a JSON document of every theme's
    /// texts, parsed for nothing on the app's most frequent write, bench/README.md). None when it is not one of the
    /// citizen's plan.
    /// </summary>
    public static async Task<DiaryChoices> ForPostedSubGoalAsync(CitizenRows citizen, Guid subGoalId, CancellationToken ct)
    {
        var goals = citizen.Plans.SelectMany(p => p.Goals);
        var rows = await goals.Where(g => g.Id == subGoalId || goals.Any(s => s.Id == subGoalId && s.ParentGoalId == g.Id))
            .Select(g => new GoalRow(g.Id, g.ParentGoalId, g.Text, g.ThemeKey, g.State, g.IndicatorScaleId, g.StartOn))
            .ToListAsync(ct);
        return await FromGoalsAsync(citizen.Context, rows, [], ct);
    }

    public static async Task<DiaryChoices> LoadAsync(AppDbContext db, Plan? plan, Guid offerId, CancellationToken ct)
    {
        var choices = Empty;
        if (plan is not null)
        {
            var goals = await db.Goals.AsNoTracking().Where(g => g.PlanId == plan.Id)
                .Select(g => new GoalRow(g.Id, g.ParentGoalId, g.Text, g.ThemeKey, g.State, g.IndicatorScaleId, g.StartOn))
                .ToListAsync(ct);
            choices = await FromGoalsAsync(db, goals, plan.TemplateVersion?.Themes ?? [], ct);
        }

        return await choices.WithOfferCategoriesAsync(db, offerId, ct);
    }

    /// <summary>These choices with the contexts and note types of the offer of the citizen's department.</summary>
    public Task<DiaryChoices> WithCategoriesAsync(AppDbContext db, Citizen citizen, CancellationToken ct) =>
        WithOfferCategoriesAsync(db, citizen.Department?.OfferId ?? Guid.Empty, ct);

    private async Task<DiaryChoices> WithOfferCategoriesAsync(AppDbContext db, Guid offerId, CancellationToken ct)
    {
        var categories = await db.DiaryCategories.AsNoTracking().Where(c => c.OfferId == offerId)
            .OrderBy(c => c.Order).ThenBy(c => c.Name).ToListAsync(ct);
        return this with { Contexts = Pick(categories, DiaryCategoryKind.Context), Types = Pick(categories, DiaryCategoryKind.NoteType) };
    }

    private sealed record ScaleRow(Guid Id, string Name, List<ScaleLevel> Levels, Guid? VersionId);

    private sealed record GoalRow(Guid Id, Guid? ParentGoalId, string Text, string ThemeKey, GoalState State, Guid? IndicatorScaleId, DateOnly StartOn);

    /// <summary>The sub-goals with their scales, each scale with the id of its current version (one query, none without scales).</summary>
    private static async Task<DiaryChoices> FromGoalsAsync(AppDbContext db, List<GoalRow> goals, IEnumerable<TemplateTheme> themes, CancellationToken ct)
    {
        var parents = goals.Where(g => g.ParentGoalId is null).ToDictionary(g => g.Id, g => g.Text);
        var scaleIds = goals.Where(g => g.ParentGoalId is not null && g.IndicatorScaleId is not null).Select(g => g.IndicatorScaleId!.Value).Distinct().ToList();
        List<ScaleRow> scales = scaleIds.Count == 0
            ? []
            : await db.IndicatorScales.AsNoTracking().Where(s => scaleIds.Contains(s.Id))
                .Select(s => new ScaleRow(s.Id, s.Name, s.Levels,
                    db.IndicatorScaleVersions.Where(v => v.ScaleId == s.Id && v.Number == s.CurrentVersion).Select(v => (Guid?)v.Id).FirstOrDefault()))
                .ToListAsync(ct);
        var subGoals = goals.Where(g => g.ParentGoalId is not null)
            .OrderBy(g => g.State == GoalState.Active ? 0 : 1).ThenBy(g => g.StartOn).ThenBy(g => g.Text)
            .Select(g =>
            {
                var scale = scales.FirstOrDefault(s => s.Id == g.IndicatorScaleId);
                return new SubGoalChoice(g.Id, g.Text, parents.GetValueOrDefault(g.ParentGoalId!.Value, string.Empty), g.ThemeKey,
                    g.State == GoalState.Active, scale?.Id, scale?.VersionId, scale?.Name, scale?.Levels ?? []);
            }).ToList();
        return new DiaryChoices(subGoals, [], [], [.. themes.OrderBy(t => t.Order)]);
    }

    private static List<DiaryCategory> Pick(List<DiaryCategory> all, DiaryCategoryKind kind) => [.. all.Where(c => c.Kind == kind)];
}
