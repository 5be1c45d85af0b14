using Retning.Domain.Quality;

namespace Retning.Web.Pages.Retningslinjer;

/// <summary>
/// One version of a guideline. A draft is edited and approved here by who edits the guideline (<see cref="GuidelineAccess.Edits"/>),
/// each under the draft's concurrency token; an approved version is read only — an attempt to change it is refused at the
/// top of the form (and the data layer would refuse it anyway), because what staff acknowledged stays what it was.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed partial class VersionModel(AppDbContext db, CurrentUser me, TimeProvider clock) : PageModel
{
    public const string ConflictMessage = "En anden har ændret udkastet, mens du havde det åbent. Se det gemte udkast herunder; din tekst står stadig i formularen.";
    public const string ApprovedMessage = "Versionen er godkendt og kan ikke ændres. Lav en ny version.";

    [BindProperty]
    public GuidelineInput Input { get; set; } = new();

    public Guideline Guideline { get; private set; } = default!;
    public GuidelineVersion Draft { get; private set; } = default!;
    public GuidelineForm.Options? Options { get; private set; }
    public bool MayEdit { get; private set; }
    public bool ChooseFileAgain { get; private set; }
    public IReadOnlyList<ConflictRow>? Conflict { get; private set; }
    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();
    public DateOnly Today => DanishTime.Today(clock);
    public bool IsDraft => Draft.ApprovedOn is null;
    public GuidelineFormView Form => new(Input, Options!, Draft.DocumentName, ChooseFileAgain, FirstVersion: Draft.Number == 1);

    public async Task<IActionResult> OnGetAsync(Guid id, Guid versionId)
    {
        if (await LoadAsync(id, versionId) is { } denied)
        {
            return denied;
        }

        Input = GuidelineInput.From(Guideline, Draft);
        SetApprovalDefaults();
        return Page();
    }

    /// <summary>Saves the draft: the guideline's facts and the version's content.</summary>
    public async Task<IActionResult> OnPostAsync(Guid id, Guid versionId)
    {
        if (await LoadAsync(id, versionId) is { } denied)
        {
            return denied;
        }

        if (!MayEdit)
        {
            return Forbid();
        }

        SetApprovalDefaults();
        if (!IsDraft)
        {
            ModelState.AddModelError(string.Empty, ApprovedMessage);
            return Page();
        }

        var ct = HttpContext.RequestAborted;
        var (errors, upload) = await GuidelineForm.CheckAsync(Input, Options!, Draft.Number == 1, ct);
        ModelState.AddFieldErrors(ModelState.NotYetShown(errors));
        if (Input.DraftVersion != Draft.Version || Input.Version != Guideline.Version)
        {
            return ShowConflict(upload is not null);
        }

        if (!ModelState.IsValid)
        {
            ChooseFileAgain = upload is not null;
            return Page();
        }

        Input.ApplyTo(Guideline);
        Input.ApplyTo(Draft, upload);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            if (await LoadAsync(id, versionId) is { } gone)
            {
                return gone;
            }

            return ShowConflict(upload is not null);
        }

        TempData["Success"] = $"Udkastet (version {Draft.Number}) er gemt.";
        return Redirect(Routes.Guidelines.Version(id, versionId));
    }

    /// <summary>The stored draft beside the form; the tokens move on, so saving again is a deliberate choice.</summary>
    private PageResult ShowConflict(bool chooseFileAgain)
    {
        Conflict = ConflictRow.Compare(Rows(Input), Rows(GuidelineInput.From(Guideline, Draft)));
        Input.DraftVersion = Draft.Version;
        Input.Version = Guideline.Version;
        Approval.Version = Draft.Version;
        ModelState.AddModelError(string.Empty, ConflictMessage);
        ChooseFileAgain = chooseFileAgain;
        return Page();
    }

    private static IEnumerable<(string Label, string? Value)> Rows(GuidelineInput i) =>
    [
        ("Titel", i.Title),
        ("Niveau", i.Level?.Danish()),
        ("Indikatorer", string.Join(", ", i.Indicators.Select(x => (int)x))),
        ("Tekst", i.Text),
        ("Hvad er ændret", i.ChangeNote),
    ];

    /// <summary>The guideline and the version; a draft only for who edits the guideline.</summary>
    private async Task<IActionResult?> LoadAsync(Guid id, Guid versionId)
    {
        var ct = HttpContext.RequestAborted;
        var (guideline, denied) = await GuidelineRegister.LoadAsync(this, db, me, id, GuidelineAccess.Reads, ct);
        if (guideline is null)
        {
            return denied;
        }

        var version = await db.GuidelineVersions.FirstOrDefaultAsync(v => v.GuidelineId == id && v.Id == versionId, ct);
        if (version is null)
        {
            return NotFound();
        }

        Guideline = guideline;
        Draft = version;
        MayEdit = GuidelineAccess.Edits(me.Grants, me.Id!.Value, GuidelineRegister.ScopeOf(guideline));
        if (IsDraft && !MayEdit)
        {
            return Forbid();
        }

        Options = MayEdit ? await GuidelineForm.OptionsAsync(db, me, guideline.RegionId, guideline, ct) : null;
        Names = await GuidelineRegister.NamesAsync(db, [version.CreatedByUserId, version.ApprovedByUserId ?? Guid.Empty], ct);
        return null;
    }
}
