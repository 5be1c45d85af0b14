using Retning.Domain.Insight;
using Retning.Domain.Organisation;
using Retning.Domain.Plans;
using Retning.Web.Services.Insight;

namespace Retning.Web.Pages.Ledelsesinformation;

/// <summary>
/// What every management page works from: the user's scope, the departments it holds (for the
/// choosers), the view asked for, its period (or the errors of a custom one) and the rows read for
/// it. One <c>LoadAsync</c> per request, so the overview, a figure and its export count the
/// same way.
/// </summary>
public sealed class InsightContext
{
    public required InsightScope Scope { get; init; }
    public required IReadOnlyList<DepartmentFact> Departments { get; init; }
    public required InsightRequest Request { get; init; }
    public required ReportPeriod Period { get; init; }
    public required IReadOnlyList<FieldError> PeriodErrors { get; init; }
    public required InsightData Data { get; init; }
    public required DateOnly Today { get; init; }

    /// <summary>The theme names of the shipped templates, by key (an offer's renamed theme keeps its key).</summary>
    public static readonly IReadOnlyDictionary<string, string> ThemeNames = Enum.GetValues<TemplateKind>()
        .SelectMany(TemplateCatalog.Themes)
        .GroupBy(t => t.Key, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);

    /// <summary>The scope and view of the request, or null when the user reads no figures (the page answers 403).</summary>
    public static async Task<InsightContext?> LoadAsync(AppDbContext db, InsightCache reader, CurrentUser me, IQueryCollection query, DateOnly today, CancellationToken ct) =>
        await LoadAsync(db, reader, await InsightScope.LoadAsync(db, me, ct), query, today, ct);

    /// <summary>As above for a scope given by the caller (an API client's departments: Api/Insight/InsightEndpoints).</summary>
    public static async Task<InsightContext?> LoadAsync(AppDbContext db, InsightCache reader, InsightScope scope, IQueryCollection query, DateOnly today, CancellationToken ct)
    {
        if (scope.IsEmpty)
        {
            return null;
        }

        var ids = scope.FigureDepartments.ToArray();
        var departments = await db.Departments.AsNoTracking().Where(d => ids.Contains(d.Id))
            .OrderBy(d => d.Offer!.Name).ThenBy(d => d.Name)
            .Select(d => new DepartmentFact(d.Id, d.Name, d.OfferId, d.Offer!.Name, d.Offer.Area, d.Offer.LegalBasis))
            .ToListAsync(ct);
        var request = InsightRequest.Parse(query).Within(departments);

        var period = ReportPeriod.For(request.Choice, today);
        IReadOnlyList<FieldError> errors = [];
        if (request.Choice == PeriodChoice.Custom)
        {
            (var custom, errors) = ReportPeriod.Custom(InsightRequest.Date(request.From), InsightRequest.Date(request.To), today);
            period = custom ?? ReportPeriod.For(PeriodChoice.Last12Months, today);
        }

        // Read only the departments the view narrows to: the filters on offer and department are scope.
        var read = departments.Where(d => (request.OfferId is null || d.OfferId == request.OfferId) && (request.DepartmentId is null || d.Id == request.DepartmentId))
            .Select(d => d.Id).ToList();
        var data = await reader.ReadAsync(read, period, ct);
        return new InsightContext { Scope = scope, Departments = departments, Request = request, Period = period, PeriodErrors = errors, Data = data, Today = today };
    }

    /// <summary>The rows of a figure in the period (or the previous one), with the view's filters applied.</summary>
    public IReadOnlyList<CountedItem> Rows(FigureDefinition figure, bool previous = false) =>
        [.. Request.Filter.Apply(Figures.Count(figure.Key, Data, previous ? Period.Previous : Period, Today), Data, figure.ByGoal)];

    /// <summary>Computes the figures for the period and the previous one side by side, before a page reads them one by one.</summary>
    public void Prepare(IEnumerable<FigureDefinition> figures) => Figures.CountAll(figures.Select(f => f.Key), Data, Period, Today);

    /// <summary>True when a number over these rows must be shown as "færre end 5" to this user.</summary>
    public bool Hidden(IEnumerable<CountedItem> rows) => SmallNumbers.Hidden(rows, Scope.PersonDepartments);

    /// <summary>The name of a breakdown line's key.</summary>
    public string LineName(Breakdown by, string key) => by switch
    {
        _ when key.Length == 0 => by switch { Breakdown.TargetGroup => "Ingen målgruppe", _ => "Ikke angivet" },
        Breakdown.Department => Departments.FirstOrDefault(d => d.Id.ToString() == key) is { } d ? $"{d.OfferName} – {d.Name}" : key,
        Breakdown.Offer => Departments.FirstOrDefault(d => d.OfferId.ToString() == key)?.OfferName ?? key,
        Breakdown.Area => Enum.TryParse<Area>(key, out var area) ? area.Danish() : key,
        Breakdown.Theme => ThemeNames.GetValueOrDefault(key) ?? key,
        Breakdown.GoalType => Enum.TryParse<GoalType>(key, out var type) ? type.Danish() : key,
        _ => key,
    };

    /// <summary>The view in words, for the audit row and the export's header.</summary>
    public string Describe()
    {
        var r = Request;
        var parts = new List<string> { $"periode: {Period.From:yyyy-MM-dd}–{Period.To:yyyy-MM-dd}" };
        if (r.OfferId is { } o) parts.Add($"tilbud: {Departments.First(d => d.OfferId == o).OfferName}");
        if (r.DepartmentId is { } d) parts.Add($"afdeling: {LineName(Breakdown.Department, d.ToString())}");
        if (r.Filter.Area is { } a) parts.Add($"område: {a.Danish()}");
        if (r.LegalBasis is { } l) parts.Add($"paragraf: {l}");
        if (r.TargetGroup is { } t) parts.Add($"målgruppe: {t}");
        if (r.Theme is { } th) parts.Add($"tema: {LineName(Breakdown.Theme, th)}");
        if (r.Filter.GoalType is { } g) parts.Add($"måltype: {g.Danish()}");
        return string.Join("; ", parts);
    }
}
