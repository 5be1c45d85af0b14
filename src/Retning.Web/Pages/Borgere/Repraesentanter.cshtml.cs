using Microsoft.AspNetCore.Mvc.Rendering;
using Retning.Domain.Citizens;

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

    /// <summary>The stored representative when a save met a conflict (null when it was removed meanwhile).</summary>
    public RepresentativeInput? Stored { get; private set; }

    /// <summary>The Danish conflict message: someone saved or removed the representative after this form was opened.</summary>
    public const string ConflictMessage = "En anden har gemt ændringer på repræsentanten, mens du redigerede. Intet er overskrevet. Sammenlign herunder, ret formularen og gem igen.";

    public IReadOnlyList<SelectListItem> Kinds { get; } =
    [
        new("Vælg rolle", string.Empty),
        .. Enum.GetValues<RepresentativeKind>().Select(k => new SelectListItem(k.Danish(), k.ToString())),
    ];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Edit, "overblik", "Borger: repræsentanter (uden ret)") is { } denied)
        {
            return denied;
        }

        await LoadRepresentativesAsync();

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
        if (await LoadCitizenAsync(id, CitizenRight.Edit, "overblik", "Borger: repræsentanter (uden ret)") is { } denied)
        {
            return denied;
        }

        await LoadRepresentativesAsync();

        var ct = HttpContext.RequestAborted;
        ModelState.AddFieldErrors(CitizenFormRules.CheckRepresentative(Input.Kind, Input.Name, Input.Email));
        var existing = Input.Id is { } repId ? Representatives.FirstOrDefault(r => r.Id == repId) : null;
        if (Input.Id is not null && existing is null)
        {
            // Removed by someone else while this form was open: show the form again, nothing typed lost.
            return await ShowConflictAsync(id, null, ct);
        }

        if (!ModelState.IsValid)
        {
            EditId = Input.Id;
            await audit.RecordAsync(AuditAction.Read, id, "Borger: repræsentanter (fejl i formular)", ct: ct);
            return Page();
        }

        var representative = existing ?? new Representative { CitizenId = id, Name = string.Empty };
        if (existing is null)
        {
            Db.Representatives.Add(representative);
        }
        else
        {
            // The version the user started from is the one the update must match (docs/adr/0004).
            Db.Entry(existing).Property(r => r.Version).OriginalValue = Input.Version;
        }

        Input.ApplyTo(representative);
        audit.Add(existing is null ? AuditAction.Create : AuditAction.Update, id, "Borger: repræsentant");
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ShowConflictAsync(id, representative.Id, ct);
        }

        TempData["Success"] = "Repræsentanten er gemt.";
        return Redirect(Routes.Citizen(id).Representatives);
    }

    /// <summary>Removes a representative as shown in the list (its version): a change made meanwhile is shown, not silently deleted.</summary>
    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid representativeId, int version)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Edit, "overblik", "Borger: repræsentanter (uden ret)") is { } denied)
        {
            return denied;
        }

        await LoadRepresentativesAsync();

        var ct = HttpContext.RequestAborted;
        var representative = Representatives.FirstOrDefault(r => r.Id == representativeId);
        if (representative is null)
        {
            return NotFound();
        }

        Db.Entry(representative).Property(r => r.Version).OriginalValue = version;
        Db.Representatives.Remove(representative);
        audit.Add(AuditAction.Delete, id, "Borger: repræsentant");
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            Input = new RepresentativeInput();
            return await ShowConflictAsync(id, representativeId, ct);
        }

        TempData["Success"] = "Repræsentanten er fjernet.";
        return Redirect(Routes.Citizen(id).Representatives);
    }

    /// <summary>
    /// Someone saved or removed the representative after the form was opened: nothing is written, the
    /// typed form stays, the stored version is shown beside it, and saving again is a deliberate choice.
    /// </summary>
    private async Task<IActionResult> ShowConflictAsync(Guid id, Guid? representativeId, CancellationToken ct)
    {
        audit.DiscardUncommitted();
        Db.ChangeTracker.Clear();
        await LoadRepresentativesAsync();
        var stored = Representatives.FirstOrDefault(r => r.Id == representativeId);
        Stored = stored is null ? null : RepresentativeInput.From(stored);
        Input.Version = stored?.Version ?? 0;
        // A removed representative can only be added again: the form becomes a new one with the typed text.
        Input.Id = stored?.Id == Input.Id ? Input.Id : null;
        EditId = Input.Id;
        ModelState.Remove("Input.Version");
        ModelState.Remove("Input.Id");
        ModelState.AddModelError(string.Empty, stored is null
            ? "En anden har fjernet repræsentanten, mens du redigerede. Din formular er bevaret: gem for at tilføje repræsentanten igen."
            : ConflictMessage);
        await audit.RecordAsync(AuditAction.Read, id, "Borger: repræsentanter (konflikt)", ct: ct);
        return Page();
    }

    private async Task LoadRepresentativesAsync() =>
        Representatives = await Db.Representatives.Where(r => r.CitizenId == Citizen.Id)
            .OrderBy(r => r.Kind).ThenBy(r => r.Name).ToListAsync(HttpContext.RequestAborted);
}
