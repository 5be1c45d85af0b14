using Retning.Domain.Diary;
using Retning.Web.Services.Diary;

namespace Retning.Web.Pages.Borgere.Dagbog;

/// <summary>
/// Correcting a note (its author or a leader): the corrected content becomes a new version with
/// a reason; nothing earlier is overwritten. Two people correcting at once: the second gets the
/// newest version shown beside what they typed.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class RetModel(AppDbContext db, CitizenAccessService access, AuditLog audit, TimeProvider clock, CurrentUser me)
    : CitizenPageModel(db, access, clock)
{
    public DiaryChoices Choices { get; private set; } = DiaryChoices.Empty;

    [BindProperty]
    public DiaryNoteInput Input { get; set; } = new();

    public DiaryEntry Note { get; private set; } = default!;

    /// <summary>Set when someone else corrected the note meanwhile: their version, shown beside the form.</summary>
    public DiaryEntry? Newer { get; private set; }

    public ScoreLabels Scores { get; private set; } = ScoreLabels.None;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid entryId)
    {
        if ((await LoadCitizenAsync(id, CitizenRight.Read, "dagbog") ?? await LoadNoteAsync(id, entryId)) is { } denied)
        {
            return denied;
        }

        Input = DiaryNoteInput.From(Note, DanishTime.ToLocal(Note.ObservedAtUtc));
        await audit.RecordAsync(AuditAction.Read, id, "Dagbog: ret notat (formular)", $"notat={entryId}", HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid entryId)
    {
        if ((await LoadCitizenAsync(id, CitizenRight.Read, "dagbog") ?? await LoadNoteAsync(id, entryId)) is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        var content = DiaryNoteForm.Read(ModelState, Input, Note.Kind, Choices, NowUtc);
        ModelState.AddFieldErrors(DiaryNoteRules.CheckCorrectionReason(Input.CorrectionReason));

        if (content is null || !ModelState.IsValid)
        {
            await audit.RecordAsync(AuditAction.Read, id, "Dagbog: ret notat (fejl i formular)", $"notat={entryId}", ct);
            return Page();
        }

        var tracked = await Db.DiaryEntries.FirstAsync(e => e.Id == entryId, ct);
        Db.Entry(tracked).Property(e => e.Version).OriginalValue = Input.Version;
        if (DiaryRules.Correct(tracked, content, me.Id!.Value, me.FullName, Input.CorrectionReason, NowUtc, out var problem) is not { } version)
        {
            ModelState.AddModelError(string.Empty, problem!);
            await audit.RecordAsync(AuditAction.Read, id, "Dagbog: ret notat (fejl i formular)", $"notat={entryId}", ct);
            return Page();
        }

        Db.DiaryEntryVersions.Add(version);
        audit.Add(AuditAction.Update, id, "Dagbog: notat rettet", $"notat={entryId}; version={version.Number}");
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            audit.DiscardUncommitted();
            Db.ChangeTracker.Clear();
            Newer = await Db.DiaryEntries.AsNoTracking().FirstAsync(e => e.Id == entryId, ct);
            Scores = await ScoreLabels.ForAsync(Db, [Newer], ct);
            Input.Version = Newer.Version;
            ModelState.Remove("Input.Version");
            ModelState.AddModelError(string.Empty,
                $"{Newer.AuthorName}s notat er rettet af en anden, mens du skrev (nu version {Newer.CurrentVersion}). Se den nye version ved siden af. Din tekst er bevaret: gem igen, hvis din rettelse stadig skal med.");
            await audit.RecordAsync(AuditAction.Read, id, "Dagbog: ret notat (konflikt)", $"notat={entryId}", ct);
            return Page();
        }

        TempData["Success"] = $"Notatet er rettet. Den tidligere tekst er bevaret som version {version.Number - 1}.";
        return Redirect(Routes.Citizen(id).DiaryNote(entryId));
    }

    private async Task<IActionResult?> LoadNoteAsync(Guid id, Guid entryId)
    {
        var ct = HttpContext.RequestAborted;
        Choices = await DiaryChoices.ForCitizenAsync(Verified.Rows, ct);
        var note = await Db.DiaryEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == entryId && e.CitizenId == id && e.WrongCitizenMarkedUtc == null, ct);
        if (note is null)
        {
            return NotFound();
        }

        Note = note;
        if (!DiaryRules.CanCorrect(note.AuthorId == me.Id, Access.RolesFor(Citizen)))
        {
            return await DenyAsync("Dagbog: ret notat");
        }

        return null;
    }
}
