using Retning.Domain.Consents;

namespace Retning.Web.Pages.Borgere.Samtykker;

/// <summary>Registering a consent (contact team and leaders), optionally with the scanned signed document.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class NyModel(AppDbContext db, CitizenAccessService access, AuditLog audit, CurrentUser me, Services.Tasks.MyTasks myTasks, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    private const string DeniedSubject = "Samtykke: ny (uden ret)";

    [BindProperty]
    public ConsentInput Input { get; set; } = new();

    /// <summary>True when a file was chosen but the form had other errors: the browser cannot keep it, so the page says to choose it again.</summary>
    public bool ChooseFileAgain { get; private set; }

    public ConsentFormView Form => new(Input, null, ChooseFileAgain, ConsentForm.RepresentativesHint(Citizen));

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Edit, ConsentForm.Tab, DeniedSubject, ConsentForm.WithRepresentatives) is { } denied)
        {
            return denied;
        }

        var (giver, name) = ConsentForm.DefaultGiver(Citizen, Today);
        Input = new ConsentInput
        {
            GivenBy = giver, GivenByName = name, GivenOn = Today, ValidFrom = Today, ReviewOn = ConsentRules.DefaultReviewOn(Today),
        };
        await audit.RecordAsync(AuditAction.Read, id, "Samtykke: ny (formular)", ct: HttpContext.RequestAborted);
        return Page();
    }

    [Idempotent]
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Edit, ConsentForm.Tab, DeniedSubject, ConsentForm.WithRepresentatives) is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        var (errors, upload) = await ConsentForm.CheckAsync(Input, Today, ct);
        ModelState.AddFieldErrors(ModelState.NotYetShown(errors));
        if (!ModelState.IsValid)
        {
            ChooseFileAgain = upload is not null;
            await audit.RecordAsync(AuditAction.Read, id, "Samtykke: ny (fejl i formular)", ct: ct);
            return Page();
        }

        var consent = new Consent { CitizenId = id, Description = string.Empty, GivenByName = string.Empty, RecordedBy = me.FullName };
        Input.ApplyTo(consent);
        if (upload is not null)
        {
            ConsentForm.Attach(upload, consent);
        }

        Db.Consents.Add(consent);
        audit.Add(AuditAction.Create, id, "Samtykke", $"samtykke={consent.Id}; omfang={consent.Scope}; dokument={(consent.Document is null ? "nej" : "ja")}");
        await Db.SaveChangesAsync(ct);
        myTasks.Forget();
        TempData["Success"] = consent.ReviewOn < Today
            ? $"Samtykket er registreret. Revurderingen ({consent.ReviewOn.ToDanishDate()}) er overskredet: revurdér det med borgeren eller repræsentanten."
            : $"Samtykket er registreret. Det revurderes senest {consent.ReviewOn.ToDanishDate()}.";
        return Redirect(Routes.Citizen(id).Consent(consent.Id));
    }
}
