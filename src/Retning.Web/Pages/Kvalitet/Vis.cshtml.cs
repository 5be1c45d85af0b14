using Retning.Domain.Quality;
using Retning.Web.Services.Quality;

namespace Retning.Web.Pages.Kvalitet;

/// <summary>
/// One monitoring round (docs/domain.md, "Quality monitoring"): scope, period, reviewers, progress, the agreement so
/// far and the sample. A sampled plan names its citizen only when the user may open that citizen (the scoped query
/// decides); otherwise only its department is shown. Listing the sample is a read of those citizens: one audit row,
/// as the management drill-downs write.
/// </summary>
[Authorize(Policy = Policies.FigureReader)]
public sealed class VisModel(AppDbContext db, CurrentUser me, AuditLog audit) : PageModel
{
    public sealed record SampleLine(SampleFact Fact, string Department, string? CitizenName);

    public RoundView View { get; private set; } = default!;
    public IReadOnlyList<SampleLine> Sample { get; private set; } = [];
    public int Submitted { get; private set; }
    public RaterAgreement Agreement { get; private set; } = RaterAgreement.Of([]);

    /// <summary>Whether the user is one of the round's reviewers, who open the review forms.</summary>
    public bool IsReviewer => me.Id is { } id && (id == View.Round.ReviewerUserId || id == View.Round.SecondReviewerUserId);

    public async Task<IActionResult> OnGetAsync(Guid roundId, CancellationToken ct)
    {
        if (await RoundView.LoadAsync(db, me, roundId, ct) is not { } view)
        {
            return NotFound();
        }

        View = view;
        var facts = await RoundFacts.SamplesAsync(db, roundId, ct);
        var personal = facts.Where(f => view.Scope.PersonDepartments.Contains(f.DepartmentId)).Select(f => f.CitizenId).Distinct().ToArray();
        // The department-scoped query: a citizen the user may not open today is not found, so not named.
        var names = personal.Length == 0 ? [] : await db.Citizens.AsNoTracking().Where(c => personal.Contains(c.Id))
            .Select(c => new { c.Id, Name = c.FirstName + " " + c.LastName }).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        Sample = [.. facts.Select(f => new SampleLine(f, view.DepartmentName(f.DepartmentId), names.GetValueOrDefault(f.CitizenId)))];
        Submitted = facts.Count(f => f.First == ReviewState.Submitted);
        Agreement = RoundResults.Of(await RoundFacts.RatedAsync(db, roundId, view.OfferOfDepartment, ct), facts.Count).OverallAgreement;

        if (facts.Count == 0)
        {
            await audit.RecordAsync(AuditAction.Read, null, $"Kvalitet: runde \"{view.Round.Title}\"", $"runde: {roundId}", ct);
        }
        else
        {
            await audit.RecordAsync(AuditAction.Search, null, $"Kvalitet: stikprøven i \"{view.Round.Title}\"",
                $"runde: {roundId}; planer: {facts.Count}; viste navne: {Sample.Count(s => s.CitizenName is not null)}", ct);
        }

        return Page();
    }
}
