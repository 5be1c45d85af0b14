using System.ComponentModel;
using Retning.Web.Api.Auth;
using Retning.Web.Api.Http;
using Retning.Web.Services.Vocabulary;

namespace Retning.Web.Api.Plan;

/// <summary>
/// <c>/api/v1/borgere/{id}/plan</c> and <c>…/maal/{goalId}</c>: the citizen's plan with its themes, goals and sub-goals,
/// FFB-coded (docs/adr/0018), and one goal with its sub-goals and their newest scores. Read as the plan page reads
/// (the verified citizen's rows, docs/adr/0002), in a number of queries that does not grow with the goals or the
/// notes (<see cref="PlanGoals"/>). One Read audit row per call; the ETag is the plan's, resp. the goal's, version.
/// </summary>
public static class PlanEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/borgere/{id:guid}/plan", ReadPlanAsync).WithName("GetPlan").WithTags("Plan")
            .WithSummary("Borgerens individuelle plan")
            .WithDescription("Den gældende plan (borgeren har én levende plan; nummeret på den nuværende periode er planens udgave): skabelon, "
                             + "revisionsdato, temaerne med udredning og FFB-kode, og målene med delmål, måltype med FFB-kode, tilstand, datoer, "
                             + "seneste evaluering og hvert delmåls nyeste score. ETag er planens version. 404 hvis borgeren ingen plan har endnu.")
            .Produces<PlanResource>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/borgere/{id:guid}/maal/{goalId:guid}", ReadGoalAsync).WithName("GetGoal").WithTags("Plan")
            .WithSummary("Ét mål med delmål")
            .WithDescription("Et mål (eller delmål) i borgerens plan med indsatser, samarbejdspartnere, seneste evaluering og delmålene, "
                             + "hvert med sit nyeste score (støttebehovsniveau med FFB-kode på den skalaversion, det blev givet på). "
                             + "ETag er målets version. Et mål, der ikke er i borgerens plan, giver 404.")
            .Produces<GoalResource>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ReadPlanAsync(Guid id, CitizenAccessService access, AppDbContext db, FfbCodeLookup ffb, AuditLog audit,
        CurrentUser me, TimeProvider clock, HttpContext http)
    {
        var ct = http.RequestAborted;
        if (await access.FindVerifiedAsync(id, ct: ct) is not { } verified)
        {
            return ApiProblems.NotFound();
        }

        if (await verified.Rows.PlanAsync(ct) is not { } rows)
        {
            await audit.RecordAsync(AuditAction.Read, id, "API: plan (ingen plan endnu)", "kanal=api", ct);
            return ApiProblems.Problem(StatusCodes.Status404NotFound, "Borgeren har ingen plan endnu.");
        }

        var text = ApiText.For(me);
        var plan = rows.Plan;
        var reader = new PlanGoals(verified.Rows, rows, db, ffb, text, DanishTime.Today(clock));
        var goals = await reader.ReadAsync(q => q, ct);
        var assessments = await rows.Assessments.ToDictionaryAsync(a => a.ThemeKey, StringComparer.Ordinal, ct);
        var period = await rows.Periods.Where(p => p.ClosedOn == null).OrderByDescending(p => p.Number).Select(p => new { p.Number, p.StartedOn }).FirstOrDefaultAsync(ct);
        var templateId = rows.Template.TemplateId;
        var themes = rows.Template.Themes.OrderBy(t => t.Order).Select(t =>
        {
            var a = assessments.GetValueOrDefault(t.Key);
            return new PlanThemeResource(t.Key, t.Name, t.Order, FfbCode.Of(reader.Resolver.Theme(rows.TemplateKind, templateId, t.Key)),
                text.Of(a?.Resources), text.Of(a?.Challenges), text.Of(a?.SupportNeed), a is null ? null : Utc(a.UpdatedUtc));
        }).ToList();

        await audit.RecordAsync(AuditAction.Read, id, "API: plan", $"kanal=api; mål={goals.Sum(g => 1 + g.SubGoals.Count)}", ct);
        ApiETag.Set(http.Response, plan.Version);
        return TypedResults.Ok(new PlanResource(plan.Id, plan.CitizenId, plan.Version, templateId, rows.TemplateName, rows.TemplateKind, rows.Template.Number,
            period?.Number, period?.StartedOn, plan.RevisionOn, plan.NoWishes, text.Of(plan.CitizenPerspective), text.Of(plan.Participation),
            text.Of(plan.OfferAdditions), text.Of(plan.ApproachesText), Utc(plan.CreatedUtc), Utc(plan.UpdatedUtc), themes, goals));
    }

    private static async Task<IResult> ReadGoalAsync(Guid id, [Description("Målets eller delmålets id (UUID).")] Guid goalId,
        CitizenAccessService access, AppDbContext db, FfbCodeLookup ffb, AuditLog audit, CurrentUser me, TimeProvider clock, HttpContext http)
    {
        var ct = http.RequestAborted;
        if (await access.FindVerifiedAsync(id, ct: ct) is not { } verified)
        {
            return ApiProblems.NotFound();
        }

        // The goal only within this citizen's plan: a goal of another citizen is not found here.
        var rows = await verified.Rows.PlanAsync(ct);
        var goal = rows is null ? null
            : (await new PlanGoals(verified.Rows, rows, db, ffb, ApiText.For(me), DanishTime.Today(clock))
                .ReadAsync(q => q.Where(g => g.Id == goalId || g.ParentGoalId == goalId), ct)).FirstOrDefault(g => g.Id == goalId);
        if (goal is null)
        {
            return ApiProblems.NotFound();
        }

        await audit.RecordAsync(AuditAction.Read, id, goal.ParentGoalId is null ? "API: mål" : "API: delmål", $"kanal=api; mål={goalId}", ct);
        ApiETag.Set(http.Response, goal.Version);
        return TypedResults.Ok(goal);
    }

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
