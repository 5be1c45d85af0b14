using Retning.Domain.Access;
using Retning.Domain.Rights;

namespace Retning.Web.Pages.Borgere.Sletning;

/// <summary>
/// When the citizen's data is erased (the offer's retention period after discharge), and the legal
/// hold that stops it: set with a reason or lifted by a leader, each audited as a change.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(AppDbContext db, CitizenAccessService access, CurrentUser me, AuditLog audit, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    [BindProperty]
    public HoldInput Input { get; set; } = new();

    public RetentionVerdict Verdict { get; private set; } = default!;
    public int RetentionYears { get; private set; }

    public sealed class HoldInput
    {
        [TextLimit(RetentionRules.HoldReasonMaxLength)]
        public string? Reason { get; set; }
        public int Version { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Read, "logning") is { } notFound)
        {
            return notFound;
        }

        if (!CitizenAccess.CanExerciseCitizenRights(Access.RolesFor(Citizen)))
        {
            return await DenyAsync("Borger: sletning og tilbageholdelse (uden ret)");
        }

        JudgeRetention();

        Input = new HoldInput { Reason = Citizen.LegalHoldReason, Version = Citizen.Version };
        await audit.RecordAsync(AuditAction.Read, id, "Borger: sletning og tilbageholdelse", ct: HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>Sets (or rewords) the legal hold.</summary>
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Read, "logning") is { } notFound)
        {
            return notFound;
        }

        if (!CitizenAccess.CanExerciseCitizenRights(Access.RolesFor(Citizen)))
        {
            return await DenyAsync("Borger: sletning og tilbageholdelse (uden ret)");
        }

        JudgeRetention();

        if (RetentionRules.CheckHoldReason(Input.Reason) is { } problem)
        {
            ModelState.AddModelError("Input.Reason", problem);
            await audit.RecordAsync(AuditAction.Read, id, "Borger: tilbageholdelse (fejl i formular)", ct: HttpContext.RequestAborted);
            return Page();
        }

        Citizen.LegalHoldReason = Input.Reason!.Trim();
        Citizen.LegalHoldSetBy = me.FullName;
        Citizen.LegalHoldSetUtc = NowUtc;
        return await SaveAsync(id, "Borger: tilbageholdelse sat");
    }

    /// <summary>Lifts the legal hold: the retention rule applies again.</summary>
    public async Task<IActionResult> OnPostFjernAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Read, "logning") is { } notFound)
        {
            return notFound;
        }

        if (!CitizenAccess.CanExerciseCitizenRights(Access.RolesFor(Citizen)))
        {
            return await DenyAsync("Borger: sletning og tilbageholdelse (uden ret)");
        }

        JudgeRetention();

        Citizen.LegalHoldReason = null;
        Citizen.LegalHoldSetBy = null;
        Citizen.LegalHoldSetUtc = null;
        return await SaveAsync(id, "Borger: tilbageholdelse ophævet");
    }

    private async Task<IActionResult> SaveAsync(Guid id, string subject)
    {
        var ct = HttpContext.RequestAborted;
        Db.Entry(Citizen).Property(c => c.Version).OriginalValue = Input.Version;
        audit.Add(AuditAction.Update, id, subject);
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        // The conflict answer has Flyt's shape (reload the version, keep the typed input, audit the
        // read); the message, its field and the audit subject are this page's own.
        catch (DbUpdateConcurrencyException)
        {
            // Someone changed the citizen meanwhile: nothing is saved, the typed reason stays.
            audit.DiscardUncommitted();
            Db.ChangeTracker.Clear();
            Input.Version = await Db.Citizens.Where(c => c.Id == id).Select(c => c.Version).FirstAsync(ct);
            ModelState.Remove("Input.Version");
            ModelState.AddModelError("Input.Reason", "En anden har ændret borgeren, mens du udfyldte formularen. Intet er gemt. Kontroller og gem igen.");
            await audit.RecordAsync(AuditAction.Read, id, "Borger: tilbageholdelse (konflikt)", ct: ct);
            return Page();
        }

        return Redirect(Routes.Citizen(id).Erasure);
    }

    private void JudgeRetention()
    {
        RetentionYears = Citizen.Department!.Offer!.RetentionYearsAfterDischarge;
        Verdict = RetentionRules.Judge(new RetentionFacts(Citizen.DischargedOn, RetentionYears, Citizen.LegalHoldReason), Today);
    }
}
