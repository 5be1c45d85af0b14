using Retning.Domain.Quality;

namespace Retning.Web.Pages.Retningslinjer;

/// <summary>
/// A new guideline with its first version as a draft (the quality officer, offer heads and department heads:
/// <see cref="GuidelineAccess"/>); approval follows on the draft's page.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class NyModel(AppDbContext db, CurrentUser me, TimeProvider clock) : PageModel
{
    [BindProperty]
    public GuidelineInput Input { get; set; } = new();

    public GuidelineForm.Options Options { get; private set; } = default!;
    public bool ChooseFileAgain { get; private set; }
    public GuidelineFormView Form => new(Input, Options, null, ChooseFileAgain, FirstVersion: true);

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } denied)
        {
            return denied;
        }

        var writable = GuidelineAccess.LocalOffers(me.Grants);
        Input = new GuidelineInput
        {
            Level = Options.MayChooseRegional ? null : GuidelineLevel.Local,
            OwnerUserId = me.Id,
            OfferIds = writable.Count == 1 ? [.. writable] : [],
        };
        return Page();
    }

    [Idempotent]
    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        var (errors, upload) = await GuidelineForm.CheckAsync(Input, Options, firstVersion: true, ct);
        ModelState.AddFieldErrors(ModelState.NotYetShown(errors));
        if (!ModelState.IsValid)
        {
            ChooseFileAgain = upload is not null;
            return Page();
        }

        var guideline = new Guideline { RegionId = Options.RegionId, Title = string.Empty };
        Input.ApplyTo(guideline);
        var version = new GuidelineVersion { GuidelineId = guideline.Id, Number = 1, CreatedByUserId = me.Id!.Value, CreatedUtc = clock.GetUtcNow().UtcDateTime };
        Input.ApplyTo(version, upload);
        guideline.Versions.Add(version);
        db.Guidelines.Add(guideline);
        await db.SaveChangesAsync(ct);
        TempData["Success"] = "Retningslinjen er gemt som udkast. Den gælder først, når den er godkendt.";
        return Redirect(Routes.Guidelines.Version(guideline.Id, version.Id));
    }

    private async Task<IActionResult?> LoadAsync()
    {
        if (!GuidelineAccess.CreatesAny(me.Grants))
        {
            return Forbid();
        }

        var ct = HttpContext.RequestAborted;
        var region = (await GuidelineRegister.RegionIdsAsync(db, me, ct)).Order().First();
        Options = await GuidelineForm.OptionsAsync(db, me, region, null, ct);
        return null;
    }
}
