using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Retning.Data;
using Retning.Domain.Audit;
using Retning.Domain.Citizens;
using Retning.Web.Authorization;
using Retning.Web.Infrastructure;
using Retning.Web.Infrastructure.Idempotency;

namespace Retning.Web.Pages.Borgere;

/// <summary>A citizen's custody holders, guardian and relatives: add, edit (?rediger=id) and remove.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class RepraesentanterModel(AppDbContext db, CitizenAccessService access, AuditLog audit, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    [BindProperty]
    public RepresentativeInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "rediger")]
    public Guid? EditId { get; set; }

    public IReadOnlyList<Representative> Representatives { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Kinds { get; } =
    [
        new("Vælg rolle", string.Empty),
        .. Enum.GetValues<RepresentativeKind>().Select(k => new SelectListItem(k.Danish(), k.ToString())),
    ];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }

        if (EditId is { } editId && Representatives.FirstOrDefault(r => r.Id == editId) is { } editing)
        {
            Input = RepresentativeInput.From(editing);
        }

        await audit.RecordAsync(AuditAction.Read, id, "Borger: repræsentanter", ct: HttpContext.RequestAborted);
        return Page();
    }

    [Idempotent]
    public async Task<IActionResult> OnPostSaveAsync(Guid id)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        Validate();
        var existing = Input.Id is { } repId ? Representatives.FirstOrDefault(r => r.Id == repId) : null;
        if (Input.Id is not null && existing is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            EditId = Input.Id;
            await audit.RecordAsync(AuditAction.Read, id, "Borger: repræsentanter (fejl i formular)", ct: ct);
            return Page();
        }

        var representative = existing ?? new Representative { CitizenId = id, Name = string.Empty };
        Input.ApplyTo(representative);
        if (existing is null)
        {
            Db.Representatives.Add(representative);
        }

        audit.Add(existing is null ? AuditAction.Create : AuditAction.Update, id, "Borger: repræsentant");
        await Db.SaveChangesAsync(ct);
        TempData["Success"] = "Repræsentanten er gemt.";
        return Redirect($"/borgere/{id}/repraesentanter");
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid representativeId)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }

        var representative = Representatives.FirstOrDefault(r => r.Id == representativeId);
        if (representative is null)
        {
            return NotFound();
        }

        Db.Representatives.Remove(representative);
        audit.Add(AuditAction.Delete, id, "Borger: repræsentant");
        await Db.SaveChangesAsync(HttpContext.RequestAborted);
        TempData["Success"] = "Repræsentanten er fjernet.";
        return Redirect($"/borgere/{id}/repraesentanter");
    }

    private void Validate()
    {
        if (Input.Kind is null)
        {
            ModelState.AddModelError("Input.Kind", "Vælg rolle.");
        }

        if (string.IsNullOrWhiteSpace(Input.Name))
        {
            ModelState.AddModelError("Input.Name", "Indtast navn.");
        }

        if (!string.IsNullOrWhiteSpace(Input.Email) && !CitizenValidation.IsEmail(Input.Email))
        {
            ModelState.AddModelError("Input.Email", "Indtast en gyldig e-mail, fx navn@eksempel.dk.");
        }
    }

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, "overblik") is { } notFound)
        {
            return notFound;
        }

        if (await RequireEditAsync("Borger: repræsentanter (uden ret)") is { } forbidden)
        {
            return forbidden;
        }

        Representatives = await Db.Representatives.Where(r => r.CitizenId == id)
            .OrderBy(r => r.Kind).ThenBy(r => r.Name).ToListAsync(HttpContext.RequestAborted);
        return null;
    }
}
