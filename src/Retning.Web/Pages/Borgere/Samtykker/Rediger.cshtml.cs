using Retning.Domain.Consents;
using Retning.Web.Services.Consents;

namespace Retning.Web.Pages.Borgere.Samtykker;

/// <summary>
/// Correcting a consent and withdrawing it (contact team and leaders). Both forms carry the
/// consent's version: when someone else saved in between, nothing is overwritten and the user
/// sees the stored version beside what they typed. A withdrawal counts from its day: from then
/// on the consent covers no disclosure.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class RedigerModel(AppDbContext db, CitizenAccessService access, AuditLog audit, Services.Tasks.MyTasks myTasks, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    private const string DeniedSubject = "Samtykke: redigering (uden ret)";

    public const string ConflictMessage =
        "En anden har ændret samtykket, mens du redigerede. Intet er overskrevet. Sammenlign med den gemte version herunder, ret formularen og gem igen.";

    /// <summary>The withdrawal form.</summary>
    public sealed class WithdrawalInput
    {
        public DateOnly? WithdrawnOn { get; set; }
        [TextLimit(ConsentRules.MaxWithdrawnNote)]
        public string? WithdrawnNote { get; set; }
        public int Version { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public Guid ConsentId { get; set; }

    [BindProperty]
    public ConsentInput Input { get; set; } = new();

    /// <summary>The consent being edited (without its document bytes).</summary>
    public Consent? Consent { get; private set; }

    /// <summary>True when a file was chosen but the form had other errors: the browser cannot keep it, so the page says to choose it again.</summary>
    public bool ChooseFileAgain { get; private set; }

    public ConsentFormView Form => new(Input, Consent, ChooseFileAgain, ConsentForm.RepresentativesHint(Citizen));

    [BindProperty]
    public WithdrawalInput Withdrawal { get; set; } = new();

    /// <summary>The stored version beside the form after a conflict.</summary>
    public IReadOnlyList<ConflictRow>? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Edit, ConsentForm.Tab, DeniedSubject, ConsentForm.WithRepresentatives) is { } denied)
        {
            return denied;
        }

        if (await LoadConsentAsync(id) is { } notFound)
        {
            return notFound;
        }

        Input = ConsentInput.From(Consent!);
        Withdrawal = new WithdrawalInput { WithdrawnOn = Today, Version = Consent!.Version };
        await audit.RecordAsync(AuditAction.Read, id, "Samtykke: redigering", $"samtykke={ConsentId}", HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Edit, ConsentForm.Tab, DeniedSubject, ConsentForm.WithRepresentatives) is { } denied)
        {
            return denied;
        }

        if (await LoadConsentAsync(id) is { } notFound)
        {
            return notFound;
        }

        var ct = HttpContext.RequestAborted;
        Withdrawal = new WithdrawalInput { WithdrawnOn = Today, Version = Consent!.Version };
        var (errors, upload) = await ConsentForm.CheckAsync(Input, Today, ct);
        ModelState.AddFieldErrors(ModelState.NotYetShown(errors));
        if (!ModelState.IsValid)
        {
            ChooseFileAgain = upload is not null;
            await audit.RecordAsync(AuditAction.Read, id, "Samtykke: redigering (fejl i formular)", $"samtykke={ConsentId}", ct);
            return Page();
        }

        // Tracked from the document-less copy: the bytes are written only when a file replaces or removes them.
        var consent = Consent!;
        Db.Attach(consent);
        Db.Entry(consent).Property(c => c.Version).OriginalValue = Input.Version;
        Input.ApplyTo(consent);
        if (upload is not null)
        {
            ConsentForm.Attach(upload, consent);
        }
        else if (Input.RemoveDocument && consent.DocumentName is not null)
        {
            consent.DocumentName = null;
            consent.DocumentContentType = null;
            Db.Entry(consent).Property(c => c.Document).IsModified = true;
        }

        audit.Add(AuditAction.Update, id, "Samtykke", $"samtykke={consent.Id}; omfang={consent.Scope}; dokument={(upload is not null ? "nyt" : Input.RemoveDocument ? "fjernet" : "uændret")}");
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ShowConflictAsync(id, ct);
        }

        myTasks.Forget();
        TempData["Success"] = "Samtykket er gemt.";
        return Redirect(Routes.Citizen(id).Consent(consent.Id));
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Edit, ConsentForm.Tab, DeniedSubject, ConsentForm.WithRepresentatives) is { } denied)
        {
            return denied;
        }

        if (await LoadConsentAsync(id) is { } notFound)
        {
            return notFound;
        }

        var ct = HttpContext.RequestAborted;
        var consent = Consent!;
        Input = ConsentInput.From(consent);
        var errors = ConsentRules.CheckWithdrawal(consent, Withdrawal.WithdrawnOn, Withdrawal.WithdrawnNote);
        ModelState.AddFieldErrors(ModelState.NotYetShown(errors, nameof(Withdrawal)), nameof(Withdrawal));
        if (!ModelState.IsValid)
        {
            await audit.RecordAsync(AuditAction.Read, id, "Samtykke: tilbagekald (fejl i formular)", $"samtykke={ConsentId}", ct);
            return Page();
        }

        Db.Attach(consent);
        Db.Entry(consent).Property(c => c.Version).OriginalValue = Withdrawal.Version;
        consent.WithdrawnOn = Withdrawal.WithdrawnOn;
        consent.WithdrawnNote = Withdrawal.WithdrawnNote!.Trim();
        audit.Add(AuditAction.Update, id, "Samtykke: tilbagekaldt", $"samtykke={consent.Id}; fra={consent.WithdrawnOn:yyyy-MM-dd}");
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ShowConflictAsync(id, ct);
        }

        myTasks.Forget();
        TempData["Success"] = $"Samtykket er tilbagekaldt fra {consent.WithdrawnOn.ToDanishDate()}. Fra den dag dækker det ingen videregivelse.";
        return Redirect(Routes.Citizen(id).Consent(consent.Id));
    }

    private async Task<IActionResult> ShowConflictAsync(Guid id, CancellationToken ct)
    {
        audit.DiscardUncommitted();
        Db.ChangeTracker.Clear();
        var stored = await ConsentQueries.FindAsync(Db, id, ConsentId, ct);
        if (stored is null)
        {
            return NotFound();
        }

        Conflict = ConflictRow.Compare(Rows(Input, Withdrawal), Rows(ConsentInput.From(stored), new WithdrawalInput { WithdrawnOn = stored.WithdrawnOn, WithdrawnNote = stored.WithdrawnNote }));
        Consent = stored;
        // Saving again is now a deliberate choice to replace the stored version with this form.
        Input.Version = stored.Version;
        Withdrawal.Version = stored.Version;
        ModelState.Remove("Input.Version");
        ModelState.Remove("Withdrawal.Version");
        ModelState.AddModelError(string.Empty, ConflictMessage);
        await audit.RecordAsync(AuditAction.Read, id, "Samtykke: redigering (konflikt)", $"samtykke={ConsentId}", ct);
        return Page();
    }

    private static IEnumerable<(string Label, string? Value)> Rows(ConsentInput i, WithdrawalInput w) =>
    [
        ("Samtykket gælder", i.Scope?.Danish()),
        ("Beskrivelse", i.Description),
        ("Givet af", i.GivenBy is { } g ? $"{g.Danish()}: {i.GivenByName}" : i.GivenByName),
        ("Givet den", ConflictRow.Date(i.GivenOn)),
        ("Gyldigt", $"{ConflictRow.Date(i.ValidFrom) ?? "–"} – {ConflictRow.Date(i.ValidTo) ?? "indtil tilbagekaldt"}"),
        ("Revurderes senest", ConflictRow.Date(i.ReviewOn)),
        ("Tilbagekaldt", w.WithdrawnOn is { } on && !string.IsNullOrWhiteSpace(w.WithdrawnNote) ? $"{on.ToDanishDate()}: {w.WithdrawnNote}" : null),
    ];

    /// <summary>The citizen's consent (after the citizen is loaded), or 404.</summary>
    private async Task<IActionResult?> LoadConsentAsync(Guid id)
    {
        Consent = await ConsentQueries.FindAsync(Db, id, ConsentId, HttpContext.RequestAborted);
        return Consent is null ? NotFound() : null;
    }
}
