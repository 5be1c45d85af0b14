using System.ComponentModel;
using Retning.Domain.Api;
using Retning.Domain.Evaluations;
using Retning.Web.Api.Auth;
using Retning.Web.Api.Http;

namespace Retning.Web.Api.Plan;

/// <summary>
/// <c>/api/v1/borgere/{id}/evalueringer</c>: the citizen's evaluations newest first (as the evaluations page), keyset-paged
/// on (EvaluatedOn, CreatedUtc, Id) within the citizen (index CitizenId, EvaluatedOn), never OFFSET
/// (docs/adr/0020-api-contract.md, "Paging"); one evaluation. One Read audit row per call.
/// </summary>
public static class EvaluationEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/borgere/{id:guid}/evalueringer", ListAsync).WithName("ListEvaluations").WithTags("Evalueringer")
            .WithSummary("Borgerens evalueringer")
            .WithDescription("Evalueringerne af borgerens mål og delmål, nyeste først (dato, så oprettelse, så id), side for side med after og limit. "
                             + "Hver med beslutning og dens FFB-kode, periode, næste evaluering og resultater (svarprocentens tal, manglende arbejde). "
                             + "goalId giver kun evalueringer af ét mål; changedSince kun evalueringer skrevet eller ændret siden.")
            .Produces<ApiPage<EvaluationResource>>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/borgere/{id:guid}/evalueringer/{evaluationId:guid}", ReadAsync).WithName("GetEvaluation").WithTags("Evalueringer")
            .WithSummary("Én evaluering")
            .WithDescription("Evalueringen, som den blev skrevet, med de tal, der blev forberedt til den. En evaluering skrives én gang og har ingen ETag.")
            .Produces<EvaluationResource>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(Guid id,
        [Description("Kun evalueringer af dette mål eller delmål (UUID).")] string? goalId,
        [Description("Markøren next fra forrige side; udelad for første side.")] string? after,
        [Description("Antal pr. side, 1–200 (standard 50).")] string? limit,
        [Description("Kun evalueringer skrevet eller ændret på eller efter dette tidspunkt (ISO 8601 med tidszone).")] string? changedSince,
        CitizenAccessService access, AppDbContext db, AuditLog audit, CurrentUser me, HttpContext http)
    {
        var ct = http.RequestAborted;
        if (ApiPageRequest.TryRead(ApiCursorKind.Evaluations, after, limit, changedSince, out var problem) is not { } page)
        {
            return problem!;
        }

        Guid? goal = null;
        if (!string.IsNullOrEmpty(goalId))
        {
            if (!Guid.TryParse(goalId, out var parsed))
            {
                return ApiProblems.BadRequest("goalId skal være et UUID.", "goalId");
            }

            goal = parsed;
        }

        if (await access.FindVerifiedAsync(id, ct: ct) is not { } verified)
        {
            return ApiProblems.NotFound();
        }

        var evaluations = verified.Rows.Evaluations;
        if (goal is { } g)
        {
            evaluations = evaluations.Where(e => e.GoalId == g);
        }

        if (page.ChangedSinceUtc is { } since)
        {
            evaluations = evaluations.Where(e => e.UpdatedUtc >= since);
        }

        if (page.After is { } cursor)
        {
            // The cursor names an evaluation; its keys are read within this citizen's evaluations only.
            var key = await verified.Rows.Evaluations.Where(e => e.Id == cursor.LastId)
                .Select(e => new { e.EvaluatedOn, e.CreatedUtc, e.Id }).FirstOrDefaultAsync(ct);
            if (key is null)
            {
                return ApiProblems.BadRequest("Markøren i after kan ikke læses. Brug next fra det forrige svar, eller udelad after for at starte forfra.", "after");
            }

            evaluations = evaluations.Where(e => e.EvaluatedOn < key.EvaluatedOn
                || (e.EvaluatedOn == key.EvaluatedOn && (e.CreatedUtc < key.CreatedUtc || (e.CreatedUtc == key.CreatedUtc && e.Id.CompareTo(key.Id) < 0))));
        }

        var rows = await evaluations.OrderByDescending(e => e.EvaluatedOn).ThenByDescending(e => e.CreatedUtc).ThenByDescending(e => e.Id)
            .Take(page.Limit + 1).ToListAsync(ct);
        var goals = await GoalsAsync(db, rows, ct);
        var text = ApiText.For(me);
        var result = page.PageOf(rows, e => e.Id, ApiCursorKind.Evaluations, e => Resource(e, goals, text));
        var detail = new AuditDetailBuilder().Key("kanal", "api").Key("mål", goal?.ToString() ?? "alle")
            .Key("side", page.After is null ? "første" : "efter markør").Key("viste", result.Items.Count).ToString();
        await audit.RecordAsync(AuditAction.Read, id, "API: evalueringer", detail, ct);
        return TypedResults.Ok(result);
    }

    private static async Task<IResult> ReadAsync(Guid id, [Description("Evalueringens id (UUID).")] Guid evaluationId,
        CitizenAccessService access, AppDbContext db, AuditLog audit, CurrentUser me, HttpContext http)
    {
        var ct = http.RequestAborted;
        if (await access.FindVerifiedAsync(id, ct: ct) is not { } verified)
        {
            return ApiProblems.NotFound();
        }

        // Within this citizen's evaluations: an evaluation of another citizen is not found here.
        var evaluation = await verified.Rows.Evaluations.FirstOrDefaultAsync(e => e.Id == evaluationId, ct);
        if (evaluation is null)
        {
            return ApiProblems.NotFound();
        }

        var goals = await GoalsAsync(db, [evaluation], ct);
        await audit.RecordAsync(AuditAction.Read, id, "API: evaluering", $"kanal=api; evaluering={evaluationId}", ct);
        return TypedResults.Ok(Resource(evaluation, goals, ApiText.For(me)));
    }

    /// <summary>The evaluated goals' parent and wording (scoped as every query on goals; one query for the page).</summary>
    private static async Task<Dictionary<Guid, (Guid? Parent, string Text)>> GoalsAsync(AppDbContext db, IReadOnlyList<Evaluation> evaluations, CancellationToken ct)
    {
        var ids = evaluations.Select(e => e.GoalId).Distinct().ToList();
        return ids.Count == 0
            ? []
            : (await db.Goals.AsNoTracking().Where(g => ids.Contains(g.Id)).Select(g => new { g.Id, g.ParentGoalId, g.Text }).ToListAsync(ct))
                .ToDictionary(g => g.Id, g => (g.ParentGoalId, g.Text));
    }

    private static EvaluationResource Resource(Evaluation e, Dictionary<Guid, (Guid? Parent, string Text)> goals, ApiText text) =>
        goals.TryGetValue(e.GoalId, out var g) ? EvaluationResource.Of(e, g.Parent, g.Text, text) : EvaluationResource.Of(e, null, null, text);
}
