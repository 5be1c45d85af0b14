using Retning.Domain.Quality;
using Retning.Web.Services.Quality;

namespace Retning.Web.Pages.Kvalitet.Samtale;

/// <summary>
/// The citizen interview of indicator 8 for one sampled plan (docs/domain.md, "Quality monitoring"): recorded by the
/// round's reviewers of the plan or by those who edit the citizen's record (the contact team, the department's
/// leaders); one per sample, changed while the round is open. Built for a tablet held with the citizen: one question
/// per fieldset, plain words, big answers. Every response is one audit row on the citizen.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(AppDbContext db, CitizenAccessService access, CurrentUser user, AuditLog audit, TimeProvider clock) : PageModel
{
    public const string Subject = "Kvalitetsgennemgang: samtale med borgeren";

    public const string ConflictMessage =
        "En anden har gemt samtalen, mens du registrerede den. Intet er overskrevet. Sammenlign herunder, ret formularen og gem igen.";

    [BindProperty]
    public InterviewInput Input { get; set; } = new();

    public ReviewFormSubject Review { get; private set; } = default!;
    public CitizenInterview? Stored { get; private set; }
    public IReadOnlyList<ConflictRow>? Conflict { get; private set; }
    public DateOnly Today => DanishTime.Today(clock);

    private CancellationToken Ct => HttpContext.RequestAborted;

    public async Task<IActionResult> OnGetAsync(Guid roundId, Guid sampleId)
    {
        if (await FindAsync(roundId, sampleId, change: false) is { } refused)
        {
            return refused;
        }

        Input = Stored is null ? new InterviewInput { InterviewedOn = Today } : InterviewInput.From(Stored);
        await audit.RecordAsync(AuditAction.Read, Review.Citizen.Id, Subject, Detail(), Ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid roundId, Guid sampleId)
    {
        if (await FindAsync(roundId, sampleId, change: true) is { } refused)
        {
            return refused;
        }

        var candidate = new CitizenInterview();
        Input.ApplyTo(candidate, Today);
        var errors = InterviewQuestions.Check(candidate, Today).ToList();
        if (Input.InterviewedOn is null)
        {
            errors.Add(new FieldError(nameof(InterviewInput.InterviewedOn), "Skriv datoen for samtalen."));
        }

        ModelState.AddFieldErrors(ModelState.NotYetShown(errors));
        if (!ModelState.IsValid)
        {
            await audit.RecordAsync(AuditAction.Read, Review.Citizen.Id, Subject + " (fejl i formular)", Detail(), Ct);
            return Page();
        }

        var stored = await db.CitizenInterviews.FirstOrDefaultAsync(i => i.SampleId == Review.Sample.Id, Ct);
        if ((stored is null) != (Input.InterviewId is null) || (stored is not null && stored.Id != Input.InterviewId))
        {
            return await ShowConflictAsync();
        }

        if (stored is null)
        {
            stored = new CitizenInterview { SampleId = Review.Sample.Id, RoundId = Review.Round.Id, CitizenId = Review.Citizen.Id };
            db.CitizenInterviews.Add(stored);
        }
        else
        {
            db.Entry(stored).Property(i => i.Version).OriginalValue = Input.Version;
        }

        Input.ApplyTo(stored, Today);
        stored.RecordedByUserId = user.Id!.Value;
        stored.SavedUtc = clock.GetUtcNow().UtcDateTime;
        audit.Add(AuditAction.Update, Review.Citizen.Id, Subject, Detail());
        try
        {
            await db.SaveChangesAsync(Ct);
        }
        catch (DbUpdateException)
        {
            return await ShowConflictAsync();
        }

        TempData["Success"] = "Samtalen er gemt.";
        return Redirect(Review.Role is null ? Routes.Quality.Interview(roundId, sampleId) : Routes.Quality.Review(roundId, sampleId));
    }

    /// <summary>
    /// The sample through scoping (404, audited by the denial middleware), then the right to record the interview
    /// (403, audited); changing also asks for an open round.
    /// </summary>
    private async Task<IActionResult?> FindAsync(Guid roundId, Guid sampleId, bool change)
    {
        var found = await ReviewFormSubject.FindAsync(db, access, user, roundId, sampleId, Ct);
        if (found is null)
        {
            return NotFound();
        }

        Review = found;
        if (!await found.MayRecordInterviewAsync(access, Ct) || (change && !found.RoundOpen))
        {
            await access.RecordDeniedAsync(found.Citizen.Id, Subject + (change && !found.RoundOpen ? " (runden er afsluttet)" : " (uden ret)"), Ct);
            return Forbid();
        }

        Stored = await db.CitizenInterviews.AsNoTracking().FirstOrDefaultAsync(i => i.SampleId == found.Sample.Id, Ct);
        return null;
    }

    private async Task<IActionResult> ShowConflictAsync()
    {
        audit.DiscardUncommitted();
        db.ChangeTracker.Clear();
        Stored = await db.CitizenInterviews.AsNoTracking().FirstOrDefaultAsync(i => i.SampleId == Review.Sample.Id, Ct);
        var stored = Stored is null ? new InterviewInput() : InterviewInput.From(Stored);
        Conflict = ConflictRow.Compare(Input.Describe(), stored.Describe());
        Input.InterviewId = stored.InterviewId;
        Input.Version = stored.Version;
        ModelState.Remove("Input.InterviewId");
        ModelState.Remove("Input.Version");
        ModelState.AddModelError(string.Empty, ConflictMessage);
        await audit.RecordAsync(AuditAction.Read, Review.Citizen.Id, Subject + " (konflikt)", Detail(), Ct);
        return Page();
    }

    private string Detail() => new AuditDetailBuilder().Key("runde", Review.Round.Id).Key("stikproeve", Review.Sample.Id).ToString();
}
