using System.Globalization;
using Retning.Domain.Diary;

namespace Retning.Web.Pages.Admin.Dagbog;

/// <summary>
/// What the administrator does with the two lists themselves: add an entry, rename it, move it
/// up or down, make it inactive or active again. The rules are in <see cref="DiaryListRules"/>.
/// </summary>
public sealed partial class IndexModel
{
    [Idempotent]
    public async Task<IActionResult> OnPostTilfoejAsync(Guid tilbud, DiaryCategoryKind kind)
    {
        if (await LoadForPostAsync(tilbud) is { } denied)
        {
            return denied;
        }

        var prefix = kind switch
        {
            DiaryCategoryKind.Context => nameof(NewContext),
            DiaryCategoryKind.NoteType => nameof(NewNoteType),
            _ => null,
        };
        if (prefix is null)
        {
            return BadRequest();
        }

        this.KeepOnly(prefix, kind == DiaryCategoryKind.Context ? NewContext : NewNoteType);

        var name = FormText.Clean(kind == DiaryCategoryKind.Context ? NewContext.Name : NewNoteType.Name);
        var list = ListOf(kind);
        if (!NameIsValid(prefix, name, kind, list, self: null))
        {
            return Page();
        }

        var entry = new DiaryCategory { OfferId = tilbud, Kind = kind, Name = name!, Order = DiaryListRules.NextOrder(list) };
        db.DiaryCategories.Add(entry);
        Audit(AuditAction.Create, tilbud, kind, d => d.Fact("navn", name));
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        logger.LogInformation("User {UserId} added diary {Kind} {EntryId} to offer {OfferId}", me.Id, kind, entry.Id, tilbud);
        TempData["Success"] = $"{DiaryListRules.Definite(kind)} er tilføjet.";
        return Back(tilbud, kind);
    }

    public async Task<IActionResult> OnPostOmdoebAsync(Guid tilbud)
    {
        this.KeepOnly(nameof(Rename), Rename);
        if (await LoadForPostAsync(tilbud) is { } denied)
        {
            return denied;
        }

        if (Entry(Rename.Id) is not { } entry)
        {
            return NotFound();
        }

        var name = FormText.Clean(Rename.Name);
        if (!NameIsValid(nameof(Rename), name, entry.Kind, ListOf(entry.Kind), entry.Id))
        {
            return Page();
        }

        if (name == entry.Name)
        {
            TempData["Success"] = "Navnet var det samme, så intet er ændret.";
            return Back(tilbud, entry.Kind);
        }

        var old = entry.Name;
        entry.Name = name!;
        Audit(AuditAction.Update, tilbud, entry.Kind, d => d.Change("navn", old, name));
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        logger.LogInformation("User {UserId} renamed diary {Kind} {EntryId}", me.Id, entry.Kind, entry.Id);
        TempData["Success"] = $"{DiaryListRules.Definite(entry.Kind)} har fået nyt navn.";
        return Back(tilbud, entry.Kind);
    }

    public async Task<IActionResult> OnPostFlytAsync(Guid tilbud, Guid id, string? retning)
    {
        ModelState.Clear();
        if (await LoadForPostAsync(tilbud) is { } denied)
        {
            return denied;
        }

        if (DiaryListRules.Step(retning) is not { } step)
        {
            return BadRequest();
        }

        if (Entry(id) is not { } entry)
        {
            return NotFound();
        }

        if (DiaryListRules.Move(ListOf(entry.Kind), id, step) is not { } moved)
        {
            TempData["Success"] = $"{DiaryListRules.Definite(entry.Kind)} står allerede {(step < 0 ? "øverst" : "nederst")}.";
            return Back(tilbud, entry.Kind);
        }

        Audit(AuditAction.Update, tilbud, entry.Kind, d => d.Fact("navn", entry.Name)
            .Change("plads", moved.From.ToString(CultureInfo.InvariantCulture), moved.To.ToString(CultureInfo.InvariantCulture)));
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        logger.LogInformation("User {UserId} moved diary {Kind} {EntryId} {Direction}", me.Id, entry.Kind, id, retning);

        TempData["Success"] = $"{DiaryListRules.Definite(entry.Kind)} er flyttet {(step < 0 ? "op" : "ned")}.";
        return Back(tilbud, entry.Kind);
    }

    public async Task<IActionResult> OnPostAktivAsync(Guid tilbud, Guid id, bool aktiv)
    {
        ModelState.Clear();
        if (await LoadForPostAsync(tilbud) is { } denied)
        {
            return denied;
        }

        if (Entry(id) is not { } entry)
        {
            return NotFound();
        }

        if (ModelState.AddFieldErrors(DiaryListRules.CheckActive(entry, aktiv, ListOf(entry.Kind)), prefix: string.Empty))
        {
            return Page();
        }

        if (entry.IsActive != aktiv)
        {
            Audit(AuditAction.Update, tilbud, entry.Kind, d => d.Fact("navn", entry.Name).Change("aktiv", entry.IsActive, aktiv));
            entry.IsActive = aktiv;
            await db.SaveChangesAsync(HttpContext.RequestAborted);
            logger.LogInformation("User {UserId} set diary {Kind} {EntryId} active={Active}", me.Id, entry.Kind, id, aktiv);
        }

        TempData["Success"] = aktiv
            ? $"{DiaryListRules.Definite(entry.Kind)} er aktiv og kan vælges i dagbogen igen."
            : $"{DiaryListRules.Definite(entry.Kind)} er inaktiv. Den kan ikke længere vælges til nye notater; notater, der allerede har den, beholder den.";
        return Back(tilbud, entry.Kind);
    }

    /// <summary>Adds the audit row of a change to one of the offer's two lists (committed by the handler's save).</summary>
    private void Audit(AuditAction action, Guid offerId, DiaryCategoryKind kind, Func<AuditDetailBuilder, AuditDetailBuilder> detail) =>
        audit.Add(action, null, AdminAudit.DiaryListsSubject,
            detail(new AuditDetailBuilder().Key("tilbud", offerId).Fact("liste", kind == DiaryCategoryKind.Context ? "kontekster" : "notattyper")).ToString());

    private RedirectResult Back(Guid offerId, DiaryCategoryKind kind) =>
        Redirect(Routes.Admin.DiaryLists(offerId, kind == DiaryCategoryKind.Context ? "kontekster" : "notattyper"));

    /// <summary>An entry of the loaded offer's lists; null for one of another offer (the caller answers 404).</summary>
    private DiaryCategory? Entry(Guid? id) => id is null ? null : Contexts.Concat(NoteTypes).FirstOrDefault(c => c.Id == id);

    /// <summary>
    /// Shows the rules' messages at the posted form's name field; a name already refused there
    /// (too long, TextLimitAttribute) is not checked further.
    /// </summary>
    private bool NameIsValid(string prefix, string? name, DiaryCategoryKind kind, IEnumerable<DiaryCategory> sameList, Guid? self)
    {
        if (name is not null && ModelState.TryGetValue($"{prefix}.Name", out var field) && field.Errors.Count > 0)
        {
            return false;
        }

        return !ModelState.AddFieldErrors(DiaryListRules.CheckName(name, kind, sameList, self), prefix);
    }
}
