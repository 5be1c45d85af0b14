using System.Globalization;
using Retning.Domain.Quality;
using Retning.Web.Services.Quality;

namespace Retning.Web.Pages.Kvalitet;

/// <summary>
/// A round's results (<see cref="RoundResults"/>): per indicator 5–8 for the round, per department and per offer,
/// from the first reviewer's submitted reviews; the reviewers' agreement. Every count opens to exactly the sampled
/// plans behind it (<c>?indikator=5&amp;vurdering=1&amp;afdeling=…</c>); a plan is listed only when the user may open its
/// citizen (the scoped query decides), the others are counted. Opening the plans is audited as a search.
/// </summary>
[Authorize(Policy = Policies.FigureReader)]
public sealed class ResultaterModel(AppDbContext db, CurrentUser me, AuditLog audit) : PageModel
{
    public sealed record DrillLine(int Position, string Department, string CitizenName, Guid SampleId, Guid CitizenId);

    public RoundView View { get; private set; } = default!;
    public RoundResults Results { get; private set; } = default!;

    [BindProperty(SupportsGet = true, Name = "indikator")]
    public int? Indicator { get; set; }

    [BindProperty(SupportsGet = true, Name = "vurdering")]
    public int? Rating { get; set; }

    [BindProperty(SupportsGet = true, Name = "afdeling")]
    public Guid? Department { get; set; }

    [BindProperty(SupportsGet = true, Name = "tilbud")]
    public Guid? Offer { get; set; }

    /// <summary>The count opened, with the plans the user may see and how many others it holds; null when none is opened.</summary>
    public (string What, int Total, IReadOnlyList<DrillLine> Visible)? Drill { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid roundId, CancellationToken ct)
    {
        if (await RoundView.LoadAsync(db, me, roundId, ct) is not { } view)
        {
            return NotFound();
        }

        View = view;
        var facts = await RoundFacts.SamplesAsync(db, roundId, ct);
        Results = RoundResults.Of(await RoundFacts.RatedAsync(db, roundId, view.OfferOfDepartment, ct), facts.Count);

        if (Chosen() is not { } chosen)
        {
            await audit.RecordAsync(AuditAction.Read, null, $"Kvalitet: resultater af \"{view.Round.Title}\"", $"runde: {roundId}", ct);
            return Page();
        }

        var (indicator, rating, counts, line) = chosen;
        var sampleIds = counts.First(c => c.Indicator == indicator).Samples.GetValueOrDefault(rating) ?? [];
        var rows = facts.Where(f => sampleIds.Contains(f.SampleId)).ToList();
        var personal = rows.Where(f => view.Scope.PersonDepartments.Contains(f.DepartmentId)).Select(f => f.CitizenId).Distinct().ToArray();
        // The department-scoped query: a citizen the user may not open today is not found, so not listed.
        var names = personal.Length == 0 ? [] : await db.Citizens.AsNoTracking().Where(c => personal.Contains(c.Id))
            .Select(c => new { c.Id, Name = c.FirstName + " " + c.LastName }).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var visible = rows.Where(f => names.ContainsKey(f.CitizenId))
            .Select(f => new DrillLine(f.Position, view.DepartmentName(f.DepartmentId), names[f.CitizenId], f.SampleId, f.CitizenId)).ToList();
        var what = $"{indicator.Number()}, {rating.Danish().ToLowerInvariant()}{(line is null ? "" : ", " + line)}";
        Drill = (what, rows.Count, visible);
        await audit.RecordAsync(AuditAction.Search, null, $"Kvalitet: planer bag et tal i \"{view.Round.Title}\"",
            $"runde: {roundId}; {what}; planer: {rows.Count}; viste planer: {visible.Count}", ct);
        return Page();
    }

    /// <summary>The count asked for, when the query names a monitored indicator, a rating and (optionally) a known line.</summary>
    private (QualityIndicator, ReviewRating, IReadOnlyList<IndicatorCount>, string?)? Chosen()
    {
        if (Indicator is not { } i || !QualityIndicatorText.Monitored.Contains((QualityIndicator)i) || Rating is not { } r || !Enum.IsDefined((ReviewRating)r))
        {
            return null;
        }

        if (Department is { } d)
        {
            return Results.PerDepartment.TryGetValue(d, out var counts) ? ((QualityIndicator)i, (ReviewRating)r, counts, View.DepartmentName(d)) : null;
        }

        if (Offer is { } o)
        {
            return Results.PerOffer.TryGetValue(o, out var counts) ? ((QualityIndicator)i, (ReviewRating)r, counts, OfferName(o)) : null;
        }

        return ((QualityIndicator)i, (ReviewRating)r, Results.Round, null);
    }

    public sealed record IndicatorTable(ResultaterModel Page, IReadOnlyList<IndicatorCount> Counts, Guid? Department, Guid? Offer, string Caption, string Id);

    public IndicatorTable Table(IReadOnlyList<IndicatorCount> counts, Guid? department, Guid? offer, string caption, string id) =>
        new(this, counts, department, offer, caption, id);

    public string OfferName(Guid offerId) => View.Departments.FirstOrDefault(d => d.OfferId == offerId)?.OfferName ?? "(ukendt tilbud)";

    /// <summary>The address of one count's plans.</summary>
    public string Link(QualityIndicator indicator, ReviewRating rating, Guid? department = null, Guid? offer = null) =>
        Routes.Quality.Results(View.Round.Id, string.Join('&', new[]
        {
            $"indikator={(int)indicator}", $"vurdering={(int)rating}",
            department is { } d ? $"afdeling={d}" : null, offer is { } o ? $"tilbud={o}" : null,
        }.OfType<string>())) + "#planer";

    public static string Percent(decimal? share) => share is { } s ? s.ToString("0.0", CultureInfo.GetCultureInfo("da-DK")) + " %" : "–";
}
