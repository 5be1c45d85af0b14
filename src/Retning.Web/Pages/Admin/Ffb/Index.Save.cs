using Retning.Domain.Vocabulary;

namespace Retning.Web.Pages.Admin.Ffb;

/// <summary>
/// Saving a theme's or level's FFB code: a code of the row's kind from the shipped code system, or
/// none (the mapping is removed). Checked against the mapping the form was opened on; a concurrent
/// change saves nothing and keeps the chosen code in the form (docs/adr/0004).
/// </summary>
public sealed partial class IndexModel
{
    public async Task<IActionResult> OnPostGemAsync(Guid tilbud)
    {
        if (tilbud == Guid.Empty)
        {
            return BadRequest();
        }

        if (await LoadAsync(tilbud) is { } notFound)
        {
            return notFound;
        }

        if (Input.Kind is not (FfbKind.Theme or FfbKind.SupportNeedLevel) || Row(Input.Kind, Input.OwnerId, Input.ItemKey) is not { } row)
        {
            return NotFound();
        }

        Open(row);
        var field = $"{nameof(Input)}.{nameof(FfbMappingInput.Code)}";
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (row.BuiltIn is { } fixedCode)
        {
            ModelState.AddModelError(field, $"{row.Name} har en fast FFB-kode ({fixedCode.Display}), som ikke kan ændres her.");
            return Page();
        }

        var code = FormText.Clean(Input.Code);
        if (code is not null && !CodeSystem.Allows(row.Kind, code))
        {
            ModelState.AddModelError(field,
                $"Vælg en kode fra listen. Koden {code} er ikke {FfbChoices.AllowedName(row.Kind)} i FFB (version {CodeSystem.Version}).");
            return Page();
        }

        var stored = row.Mapping;
        if (stored?.Id != Input.MappingId || (stored is not null && stored.Version != Input.Version))
        {
            return Conflict(row);
        }

        if (code == stored?.Code)
        {
            TempData["Success"] = "FFB-koden var den samme, så intet er ændret.";
            return Redirect(Routes.Admin.FfbOf(tilbud, row.Anchor));
        }

        var before = stored is null ? null : CodeSystem.Find(stored.Code)?.Display ?? stored.Code;
        var after = code is null ? null : CodeSystem.Find(code)!.Display;
        Change(row, stored, code);
        audit.Add(stored is null ? AuditAction.Create : code is null ? AuditAction.Delete : AuditAction.Update, null, AdminAudit.FfbSubject,
            new AuditDetailBuilder().Key("tilbud", tilbud).Key(row.Kind == FfbKind.Theme ? "skabelon" : "skala", row.OwnerId)
                .Fact(row.Kind == FfbKind.Theme ? "tema" : "niveau", row.ItemKey).Change("ffb-kode", before, after).ToString());
        try
        {
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch (DbUpdateException)
        {
            // A concurrent save: the version check failed, or another administrator added a code for the same row.
            audit.DiscardUncommitted();
            db.ChangeTracker.Clear();
            await LoadAsync(tilbud);
            return Conflict(Row(row.Kind, row.OwnerId, row.ItemKey) ?? row);
        }

        logger.LogInformation("User {UserId} set the FFB code of {Kind} {ItemKey} of {OwnerId}", me.Id, row.Kind, row.ItemKey, row.OwnerId);
        TempData["Success"] = code is null
            ? $"{row.Name} har ikke længere en FFB-kode."
            : $"{row.Name} har nu FFB-koden {after}. API'et og FHIR-eksporten bruger den fra nu af.";
        return Redirect(Routes.Admin.FfbOf(tilbud, row.Anchor));
    }

    private void Change(FfbRow row, FfbMapping? stored, string? code)
    {
        if (code is null)
        {
            db.FfbMappings.Remove(stored!);
        }
        else if (stored is null)
        {
            db.FfbMappings.Add(new FfbMapping
            {
                Kind = row.Kind, OwnerId = row.OwnerId, ItemKey = row.ItemKey, Code = code, CodeSystemVersion = CodeSystem.Version,
                ChangedUtc = clock.GetUtcNow().UtcDateTime, ChangedByName = me.FullName,
            });
            return;
        }
        else
        {
            stored.Code = code;
            stored.CodeSystemVersion = CodeSystem.Version;
            stored.ChangedUtc = clock.GetUtcNow().UtcDateTime;
            stored.ChangedByName = me.FullName;
        }

        // The update or delete must match the version the form was opened on.
        db.Entry(stored!).Property(m => m.Version).OriginalValue = Input.Version;
    }

    /// <summary>
    /// Another administrator changed the row's code since the form was opened: nothing is saved, the
    /// chosen code stays in the form, and saving again is a deliberate choice over the stored one.
    /// </summary>
    private PageResult Conflict(FfbRow row)
    {
        Open(row);
        Input.MappingId = row.Mapping?.Id;
        Input.Version = row.Mapping?.Version ?? 0;
        ModelState.Remove($"{nameof(Input)}.{nameof(FfbMappingInput.MappingId)}");
        ModelState.Remove($"{nameof(Input)}.{nameof(FfbMappingInput.Version)}");
        var now = row.Current is { } c ? $"Den gemte kode er nu {c.Display}." : "Der er nu ingen gemt kode.";
        ModelState.AddModelError(string.Empty,
            $"En anden administrator har ændret FFB-koden for {row.Name}, mens du valgte. Intet er overskrevet. {now} Dit valg er bevaret i formularen; gem igen for at bruge det.");
        logger.LogInformation("User {UserId} met a concurrency conflict on the FFB code of {Kind} {ItemKey} of {OwnerId}", me.Id, row.Kind, row.ItemKey, row.OwnerId);
        return Page();
    }
}
