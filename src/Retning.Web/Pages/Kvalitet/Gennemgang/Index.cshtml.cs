using Retning.Domain.Quality;
using Retning.Web.Services.Quality;

namespace Retning.Web.Pages.Kvalitet.Gennemgang;

/// <summary>
/// The review form of one sampled plan (standard 1.3 step 3, indicators 5–8; docs/domain.md, "Quality monitoring"):
/// the round's first reviewer, or the second of a double-rated plan, rates each indicator beside the material read
/// from the record; a draft is saved as often as wanted and submitted once complete. The two reviewers rate blind:
/// neither sees the other's review until both are submitted. A reader of the round sees the submitted first review.
/// Every response is one audit row as a read or write of the citizen.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed partial class IndexModel(AppDbContext db, CitizenAccessService access, CurrentUser user, AuditLog audit, TimeProvider clock) : PageModel
{
    public const string Subject = "Kvalitetsgennemgang";

    public const string ConflictMessage =
        "En anden har gemt denne gennemgang, mens du arbejdede på den. Intet er overskrevet. Sammenlign herunder, ret formularen og gem igen.";

    [BindProperty]
    public ReviewInput Input { get; set; } = new();

    /// <summary>Which button was used: "kladde" (save a draft) or "afslut" (submit).</summary>
    [BindProperty]
    public string? Command { get; set; }

    public ReviewFormSubject Review { get; private set; } = default!;
    public ReviewFormMaterial Material { get; private set; } = ReviewFormMaterial.NoPlan;
    public CitizenInterview? Interview { get; private set; }

    /// <summary>The caller's own review (a reviewer), as stored.</summary>
    public PlanReview? Mine { get; private set; }

    /// <summary>Reviews the caller may read besides their own: the first for a reader when submitted, the other reviewer's when both are.</summary>
    public IReadOnlyList<PlanReview> Visible { get; private set; } = [];

    public IReadOnlyList<ConflictRow>? Conflict { get; private set; }

    /// <summary>The reviewer may change their review: it is not submitted and the round is not completed.</summary>
    public bool Editable => Review.Role is not null && Review.RoundOpen && Mine?.SubmittedUtc is null;

    public bool MayReopen => Review.Role is not null && Review.RoundOpen && Mine?.SubmittedUtc is not null;

    private CancellationToken Ct => HttpContext.RequestAborted;

    public async Task<IActionResult> OnGetAsync(Guid roundId, Guid sampleId)
    {
        if (await FindAsync(roundId, sampleId) is { } refused)
        {
            return refused;
        }

        if (Mine is not null)
        {
            Input = ReviewInput.From(Mine);
        }

        await LoadMaterialAsync();
        await audit.RecordAsync(AuditAction.Read, Review.Citizen.Id, Subject, Detail(), Ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid roundId, Guid sampleId)
    {
        if (await FindAsync(roundId, sampleId, mustReview: true) is { } refused)
        {
            return refused;
        }

        var submit = Command == "afslut";
        var candidate = new PlanReview();
        Input.ApplyTo(candidate);
        var errors = submit ? ReviewRules.CheckSubmit(candidate) : ReviewRules.CheckDraft(candidate);
        ModelState.AddFieldErrors(ModelState.NotYetShown(errors));
        if (!ModelState.IsValid)
        {
            return await ShowAsync(submit ? " (afslutning med fejl)" : " (kladde med fejl)");
        }

        return await SaveAsync(submit);
    }

    /// <summary>Reopens the caller's submitted review while the round is open, so a finding can be corrected.</summary>
    public async Task<IActionResult> OnPostGenaabnAsync(Guid roundId, Guid sampleId)
    {
        if (await FindAsync(roundId, sampleId, mustReview: true) is { } refused)
        {
            return refused;
        }

        var stored = await TrackedMineAsync();
        if (stored?.SubmittedUtc is null)
        {
            return await ShowAsync(" (intet at genåbne)");
        }

        stored.SubmittedUtc = null;
        stored.SavedUtc = clock.GetUtcNow().UtcDateTime;
        audit.Add(AuditAction.Update, Review.Citizen.Id, Subject + ": genåbnet", Detail());
        await db.SaveChangesAsync(Ct);
        TempData["Success"] = "Gennemgangen er genåbnet. Du kan rette den og afslutte den igen.";
        return Redirect(Routes.Quality.Review(roundId, sampleId));
    }

    /// <summary>
    /// Finds the sample (404 outside scoping, audited by the denial middleware) and the caller's place in it: the
    /// reviewers and the readers of the round come in; anyone else is refused with an audited 403. Changing asks
    /// for a reviewer of an open round.
    /// </summary>
    private async Task<IActionResult?> FindAsync(Guid roundId, Guid sampleId, bool mustReview = false)
    {
        var found = await ReviewFormSubject.FindAsync(db, access, user, roundId, sampleId, Ct);
        if (found is null)
        {
            return NotFound();
        }

        Review = found;
        if (!found.ReadsRound || (mustReview && (found.Role is null || !found.RoundOpen)))
        {
            await access.RecordDeniedAsync(found.Citizen.Id, Subject + (mustReview ? " (uden ret til at gennemgå)" : " (uden ret)"), Ct);
            return Forbid();
        }

        await LoadReviewsAsync();
        return null;
    }

    /// <summary>Blind rating: a reviewer reads the other review only when both are submitted; a reader reads the submitted ones.</summary>
    private async Task LoadReviewsAsync()
    {
        var reviews = await db.PlanReviews.AsNoTracking().Where(r => r.SampleId == Review.Sample.Id).OrderBy(r => r.Role).ToListAsync(Ct);
        Mine = Review.Role is { } role ? reviews.FirstOrDefault(r => r.Role == role) : null;
        var bothSubmitted = reviews.Count == 2 && reviews.All(r => r.SubmittedUtc is not null);
        Visible = Review.Role is { } own
            ? bothSubmitted ? [.. reviews.Where(r => r.Role != own)] : []
            : [.. reviews.Where(r => r.SubmittedUtc is not null && (r.Role == ReviewerRole.First || bothSubmitted))];
    }

    private async Task LoadMaterialAsync()
    {
        Material = await ReviewFormMaterial.LoadAsync(db, Review.Citizen, Review.Round.PeriodFrom, Review.Round.PeriodTo, Ct);
        Interview = await db.CitizenInterviews.AsNoTracking().FirstOrDefaultAsync(i => i.SampleId == Review.Sample.Id, Ct);
    }

    private string Detail() => new AuditDetailBuilder().Key("runde", Review.Round.Id).Key("stikproeve", Review.Sample.Id)
        .Key("rolle", Review.Role?.ToString() ?? "læser").ToString();
}
