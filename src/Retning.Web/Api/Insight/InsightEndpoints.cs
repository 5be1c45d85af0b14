using Microsoft.Extensions.Primitives;
using Retning.Domain.Insight;
using Retning.Web.Api.Http;
using Retning.Web.Pages.Ledelsesinformation;
using Retning.Web.Services.Insight;

namespace Retning.Web.Api.Insight;

/// <summary>
/// <c>/api/v1/ledelsesinformation</c>: the overview page's figures (docs/domain.md, "Management information";
/// docs/adr/0014, 0015) for the same view, counted by the page's own code (<see cref="InsightContext"/>,
/// <see cref="FigureLine"/>, the domain's <see cref="Figures"/>) and defined by its <see cref="FigureCatalog"/>.
/// Who: the page's rule for staff (leaders, quality officers, the sector management; a care worker or the
/// administrator 403); an API client with the read right, over its own departments. The page drops an unknown or
/// foreign filter with a message; the API refuses it (400, Danish, at the parameter). One Read row per call, as the page.
/// </summary>
public static class InsightEndpoints
{
    /// <summary>Staff who read figures (<see cref="CurrentUser.ReadsFiguresAnywhere"/>, the page's policy) or a client with the read right.</summary>
    public static AuthorizationPolicy ReaderPolicy() => new AuthorizationPolicyBuilder().RequireAuthenticatedUser()
        .AddRequirements(new CurrentUserRequirement(u => u.ApiClient is { } client ? client.CanRead : u.ReadsFiguresAnywhere))
        .Build();

    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/ledelsesinformation", ReadAsync).WithName("GetManagementFigures").WithTags("Ledelsesinformation")
            .WithSummary("Ledelsesinformationens nøgletal")
            .WithDescription("Alle nøgletal fra oversigten under Ledelsesinformation for perioden og forrige periode, hvert med sin "
                             + "definition, talt på samme måde som siden. Tallene dækker dine afdelinger (en API-klient: klientens afdelinger; "
                             + "en leder: som på siden), indsnævret med tilbud og afdeling. Kun antal, aldrig personer; et tal over færre end 5 borgere, "
                             + "du ikke må åbne alle af, er null (\"færre end 5\"). Medarbejdere uden lederrolle og administratoren får 403. "
                             + "Kaldet logges som én læsning.")
            .Produces<ManagementFigures>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> ReadAsync(
        [System.ComponentModel.Description("Perioden: 12-maaneder (standard: de 12 hele måneder før den løbende), kvartal, halvaar, aar (seneste hele) eller valgfri (med fra og til).")] string? periode,
        [System.ComponentModel.Description("Ved periode=valgfri: periodens første måned (åååå-mm).")] string? fra,
        [System.ComponentModel.Description("Ved periode=valgfri: periodens sidste måned (åååå-mm), senest den seneste hele måned.")] string? til,
        [System.ComponentModel.Description("Kun dette tilbud (UUID); et af dine tilbud.")] string? tilbud,
        [System.ComponentModel.Description("Kun denne afdeling (UUID); en af dine afdelinger.")] string? afdeling,
        AppDbContext db, InsightCache reader, CurrentUser me, AuditLog audit, TimeProvider clock, HttpContext http)
    {
        var ct = http.RequestAborted;
        var errors = new List<FieldError>();
        if (periode is not null && !InsightRequest.Periods.ContainsKey(periode))
        {
            errors.Add(new("periode", $"Vælg en af perioderne {string.Join(", ", InsightRequest.Periods.Keys)}."));
        }

        if (periode != "valgfri" && (fra is not null || til is not null))
        {
            errors.Add(new(fra is not null ? "fra" : "til", "fra og til bruges kun med periode=valgfri."));
        }

        if (tilbud is not null && !Guid.TryParse(tilbud, out _))
        {
            errors.Add(new("tilbud", "Tilbuddet skal angives med sit id (UUID)."));
        }

        if (afdeling is not null && !Guid.TryParse(afdeling, out _))
        {
            errors.Add(new("afdeling", "Afdelingen skal angives med sit id (UUID)."));
        }

        if (errors.Count > 0)
        {
            return Refused(errors);
        }

        var scope = me.ApiClient is { } client ? new InsightScope(client.DepartmentIds, client.DepartmentIds) : await InsightScope.LoadAsync(db, me, ct);
        var query = new QueryCollection(new Dictionary<string, StringValues>(StringComparer.Ordinal)
        {
            ["periode"] = periode, ["fra"] = fra, ["til"] = til, ["tilbud"] = tilbud, ["afdeling"] = afdeling,
        });
        if (await InsightContext.LoadAsync(db, reader, scope, query, DanishTime.Today(clock), ct) is not { } view)
        {
            return ApiProblems.Forbidden("Du læser ingen nøgletal: ledelsesinformation er for ledere, kvalitetsmedarbejdere og sektorledelsen.");
        }

        // The page falls back to the default period and drops a foreign filter; the API says so instead.
        errors.AddRange(view.PeriodErrors.Select(e => new FieldError(e.Field.ToLowerInvariant(), e.Message)));
        if (tilbud is not null && view.Request.OfferId is null)
        {
            errors.Add(new("tilbud", "Tilbuddet findes ikke, eller du har ikke adgang til dets tal."));
        }

        if (afdeling is not null && view.Request.DepartmentId is null)
        {
            errors.Add(new("afdeling", "Afdelingen findes ikke, eller du har ikke adgang til dens tal."));
        }

        if (errors.Count > 0)
        {
            return Refused(errors);
        }

        view.Prepare(FigureCatalog.All);
        var figures = FigureCatalog.All.Select(f => Figure(FigureLine.Of(view, f))).ToList();
        var counted = view.Departments.Where(d => view.Data.Departments.ContainsKey(d.Id))
            .Select(d => new FigureDepartment(d.Id, d.Name, d.OfferId, d.OfferName)).ToList();
        await audit.RecordAsync(AuditAction.Read, null, "API: ledelsesinformation", $"kanal=api; {view.Describe()}; afdelinger: {view.Data.Departments.Count}", ct);
        return TypedResults.Ok(new ManagementFigures(Period(view.Period), Period(view.Period.Previous), counted, figures));
    }

    private static IResult Refused(List<FieldError> errors) =>
        ApiProblems.Problem(StatusCodes.Status400BadRequest, errors.Count == 1 ? errors[0].Message : "Forespørgslen har ugyldige parametre: se fejlene ved de enkelte parametre.", errors);

    private static FigurePeriod Period(ReportPeriod p) => new(p.From, p.To, p.Months);

    private static ManagementFigure Figure(FigureLine line)
    {
        var d = line.Definition;
        return new ManagementFigure(d.Key, d.Slug, d.Group, d.Group.Danish(), d.Title, d.Unit, d.ByGoal,
            new FigureDefinitionText(d.Counts, d.Rate, d.Period, d.LeftOut), Counts(line.Current), Counts(line.Previous));
    }

    private static FigureCounts? Counts(FigureValue? v) => v is null ? null
        : new FigureCounts(v.Rows, v.Denominator, v.Successes, v.Citizens, v.Percent,
            [.. v.Outcomes.Select(o => new FigureOutcome(o.Outcome, o.Count, o.InDenominator, v.PercentOf(o)))]);
}
