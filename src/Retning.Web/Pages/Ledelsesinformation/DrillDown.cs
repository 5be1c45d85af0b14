using Retning.Domain.Insight;

namespace Retning.Web.Pages.Ledelsesinformation;

/// <summary>A counted row the user may open: the citizen's name and what the row is, with the page it came from.</summary>
public sealed record DrillRow(CountedItem Item, string CitizenName, string What, string Href);

/// <summary>
/// The rows behind a number, as a user may see them (docs/domain.md, "Management information"): a row
/// names its citizen only when the user's own departments hold the citizen today (the scoped query
/// decides: no name, no row); the others are counted, never listed — and not even counted when the
/// rows cover fewer than 5 citizens (<see cref="CountsHidden"/>). One page of rows at a time.
/// </summary>
public sealed record DrillDown(int Total, IReadOnlyList<DrillRow> Visible, int NotOpenable, Paging Paging, bool CountsHidden)
{
    public static async Task<DrillDown> ReadAsync(AppDbContext db, InsightContext view, IReadOnlyList<CountedItem> rows, int page, int pageSize, CancellationToken ct)
    {
        var personal = rows.Where(r => view.Scope.PersonDepartments.Contains(r.DepartmentId)).Select(r => r.CitizenId).Distinct().ToArray();
        // The department-scoped query: a citizen outside the user's departments today is not found, so not named.
        var names = personal.Length == 0 ? [] : await db.Citizens.AsNoTracking().Where(c => personal.Contains(c.Id))
            .Select(c => new { c.Id, Name = c.FirstName + " " + c.LastName }).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var openable = rows.Where(r => names.ContainsKey(r.CitizenId))
            .OrderByDescending(r => r.On).ThenBy(r => names[r.CitizenId], StringComparer.Create(ServiceRegistration.Danish, false)).ThenBy(r => r.SubjectId)
            .ToList();
        var paging = Paging.Of(page, pageSize, openable.Count);
        var shown = openable.Skip(paging.Skip).Take(pageSize).ToList();

        var evaluationIds = shown.Where(r => r.Kind == SubjectKind.Evaluation).Select(r => r.SubjectId).ToHashSet();
        var evaluatedGoal = view.Data.Evaluations.Where(e => evaluationIds.Contains(e.Id)).ToDictionary(e => e.Id, e => e.GoalId);
        var goalIds = shown.Where(r => r.Kind is SubjectKind.Goal or SubjectKind.SubGoal).Select(r => r.SubjectId).Concat(evaluatedGoal.Values).Distinct().ToArray();
        var texts = goalIds.Length == 0 ? [] : await db.Goals.AsNoTracking().Where(g => goalIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.Text, ct);
        var list = shown.Select(r => Row(r, names[r.CitizenId], evaluatedGoal, texts)).ToList();
        return new DrillDown(rows.Count, list, rows.Count - openable.Count, paging, view.Hidden(rows));
    }

    private static DrillRow Row(CountedItem r, string name, Dictionary<Guid, Guid> evaluatedGoal, Dictionary<Guid, string> texts)
    {
        var citizen = Routes.Citizen(r.CitizenId);
        string Short(Guid goalId) => texts.GetValueOrDefault(goalId) is { } t ? (t.Length > 80 ? t[..77] + "…" : t) : "(målet findes ikke længere)";
        return r.Kind switch
        {
            SubjectKind.Goal => new(r, name, "Mål: " + Short(r.SubjectId), citizen.Goal(r.SubjectId)),
            SubjectKind.SubGoal => new(r, name, "Delmål: " + Short(r.SubjectId), citizen.SubGoal(r.SubjectId)),
            SubjectKind.Evaluation => new(r, name, "Evaluering af " + Short(evaluatedGoal[r.SubjectId]), citizen.Evaluation(r.SubjectId)),
            SubjectKind.Plan => new(r, name, "Plan", citizen.Plan),
            SubjectKind.Meeting => new(r, name, "Statusmøde", citizen.Meeting(r.SubjectId)),
            SubjectKind.Purpose => new(r, name, "Formål", citizen.Purposes),
            _ => new(r, name, "Borger", citizen.Overview),
        };
    }
}
