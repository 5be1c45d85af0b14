using Retning.Domain.Quality;

namespace Retning.Web.Pages.Retningslinjer;

/// <summary>
/// A new version of a guideline, as a draft beside the version in force (the owner and who could have written it:
/// <see cref="GuidelineAccess.Edits"/>). One draft at a time: with a draft already there, this page leads to it.
/// The guideline's facts change with the draft under the guideline's concurrency token.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class NyVersionModel(AppDbContext db, CurrentUser me, TimeProvider clock) : PageModel
{
    public const string ConflictMessage = "En anden har ændret retningslinjen, mens du havde den åben. Se den nu herunder; din tekst står stadig i formularen.";

    [BindProperty]
    public GuidelineInput Input { get; set; } = new();

    public Guideline Guideline { get; private set; } = default!;
    public GuidelineForm.Options Options { get; private set; } = default!;
    public int Number { get; private set; }
    public bool ChooseFileAgain { get; private set; }
    public GuidelineFormView Form => new(Input, Options, null, ChooseFileAgain, FirstVersion: false);

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } other)
        {
            return other;
        }

        var latest = await db.GuidelineVersions.AsNoTracking().Where(v => v.GuidelineId == id).OrderByDescending(v => v.Number)
            .Select(v => v.Text).FirstOrDefaultAsync(HttpContext.RequestAborted);
        Input = GuidelineInput.From(Guideline, null);
        Input.Text = latest; // the new version starts from the last one's text
        return Page();
    }

    [Idempotent]
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is { } other)
        {
            return other;
        }

        var ct = HttpContext.RequestAborted;
        var (errors, upload) = await GuidelineForm.CheckAsync(Input, Options, firstVersion: false, ct);
        ModelState.AddFieldErrors(ModelState.NotYetShown(errors));
        if (Input.Version != Guideline.Version)
        {
            ModelState.AddModelError(string.Empty, ConflictMessage);
            Input.Version = Guideline.Version; // saving again is now a deliberate choice
        }

        if (!ModelState.IsValid)
        {
            ChooseFileAgain = upload is not null;
            return Page();
        }

        Input.ApplyTo(Guideline);
        var version = new GuidelineVersion { GuidelineId = id, Number = Number, CreatedByUserId = me.Id!.Value, CreatedUtc = clock.GetUtcNow().UtcDateTime };
        Input.ApplyTo(version, upload);
        db.GuidelineVersions.Add(version);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another draft or change came first: nothing was saved; show the guideline as it is now.
            TempData["Notice"] = "En anden har ændret retningslinjen eller lavet et udkast samtidig. Intet er gemt; se retningslinjen, som den er nu.";
            return Redirect(Routes.Guidelines.Guideline(id));
        }

        TempData["Success"] = $"Version {version.Number} er gemt som udkast. Den gældende version gælder, indtil udkastet er godkendt.";
        return Redirect(Routes.Guidelines.Version(id, version.Id));
    }

    /// <summary>The guideline, when the user may edit it; with a draft already there, a redirect to it.</summary>
    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        var (guideline, denied) = await GuidelineRegister.LoadAsync(this, db, me, id, GuidelineAccess.Edits, ct);
        if (guideline is null)
        {
            return denied;
        }

        Guideline = guideline;
        var versions = await db.GuidelineVersions.AsNoTracking().Where(v => v.GuidelineId == id).Select(v => new { v.Id, v.Number, v.ApprovedOn }).ToListAsync(ct);
        if (versions.FirstOrDefault(v => v.ApprovedOn is null) is { } draft)
        {
            TempData["Notice"] = $"Retningslinjen har allerede et udkast (version {draft.Number}). Ret det i stedet for at lave en ny version.";
            return Redirect(Routes.Guidelines.Version(id, draft.Id));
        }

        Number = versions.Count == 0 ? 1 : versions.Max(v => v.Number) + 1;
        Options = await GuidelineForm.OptionsAsync(db, me, guideline.RegionId, guideline, ct);
        return null;
    }
}
