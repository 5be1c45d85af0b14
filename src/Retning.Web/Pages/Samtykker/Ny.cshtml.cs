using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Retning.Data;
using Retning.Domain.Audit;
using Retning.Domain.Consents;
using Retning.Web.Authorization;
using Retning.Web.Infrastructure;

namespace Retning.Web.Pages.Samtykker;

/// <summary>Registering a consent (contact team and leaders), optionally with the scanned signed document.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class NyModel(AppDbContext db, CitizenAccessService access, AuditLog audit, CurrentUser me, Services.Tasks.MyTasks myTasks, TimeProvider clock)
    : ConsentFormPageModel(db, access, clock)
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadForEditAsync(id, "Samtykke: ny (uden ret)") is { } denied)
        {
            return denied;
        }

        var (giver, name) = DefaultGiver();
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
        if (await LoadForEditAsync(id, "Samtykke: ny (uden ret)") is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        await ValidateAsync(ct);
        if (!ModelState.IsValid)
        {
            await audit.RecordAsync(AuditAction.Read, id, "Samtykke: ny (fejl i formular)", ct: ct);
            return Page();
        }

        var consent = new Consent { CitizenId = id, Description = string.Empty, GivenByName = string.Empty, RecordedBy = me.FullName };
        Input.ApplyTo(consent);
        AttachUpload(consent);
        Db.Consents.Add(consent);
        audit.Add(AuditAction.Create, id, "Samtykke", $"samtykke={consent.Id}; omfang={consent.Scope}; dokument={(consent.Document is null ? "nej" : "ja")}");
        await Db.SaveChangesAsync(ct);
        myTasks.Forget();
        TempData["Success"] = consent.ReviewOn < Today
            ? $"Samtykket er registreret. Revurderingen ({consent.ReviewOn.ToDanishDate()}) er overskredet: revurdér det med borgeren eller repræsentanten."
            : $"Samtykket er registreret. Det revurderes senest {consent.ReviewOn.ToDanishDate()}.";
        return Redirect($"/borgere/{id}/samtykker#samtykke-{consent.Id}");
    }
}
