using Retning.Domain.Diary;
using Retning.Web.Services.Diary;

namespace Retning.Web.Pages.Borgere.Dagbog;

/// <summary>
/// One note: its current text, and — for the author, the leaders and the quality officer — every
/// earlier version with the reason it was corrected. A leader may mark it as written on the wrong
/// citizen; after that only leaders can open it, and it is gone from the citizen's lists.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class VisModel(AppDbContext db, CitizenAccessService access, AuditLog audit, TimeProvider clock, CurrentUser me)
    : CitizenPageModel(db, access, clock)
{
    public DiaryChoices Choices { get; private set; } = DiaryChoices.Empty;

    public DiaryEntry Note { get; private set; } = default!;
    public IReadOnlyList<DiaryEntryVersion> Versions { get; private set; } = [];
    public ScoreLabels Scores { get; private set; } = ScoreLabels.None;
    public bool CanCorrect { get; private set; }
    public bool CanMarkWrong { get; private set; }
    public bool CanReadVersions { get; private set; }

    [BindProperty]
    [TextLimit(DiaryRules.MaxReason)]
    public string? WrongCitizenReason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid entryId)
    {
        if ((await LoadCitizenAsync(id, CitizenRight.Read, "dagbog") ?? await LoadNoteAsync(id, entryId)) is { } denied)
        {
            return denied;
        }

        await audit.RecordAsync(AuditAction.Read, id, "Dagbog: notat vist", $"notat={entryId}; versioner vist={(CanReadVersions ? Versions.Count : 1)}", HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostWrongCitizenAsync(Guid id, Guid entryId)
    {
        if ((await LoadCitizenAsync(id, CitizenRight.Read, "dagbog") ?? await LoadNoteAsync(id, entryId)) is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        if (!CanMarkWrong)
        {
            return await DenyAsync("Dagbog: markér forkert borger");
        }

        var tracked = await Db.DiaryEntries.FirstAsync(e => e.Id == entryId, ct);
        // A reason that is too long is already refused at the field (TextLimitAttribute).
        var problem = ModelState.IsValid ? DiaryRules.MarkWrongCitizen(tracked, me.FullName, WrongCitizenReason, NowUtc) : null;
        if (problem is not null || !ModelState.IsValid)
        {
            if (problem is not null)
            {
                ModelState.AddModelError(nameof(WrongCitizenReason), problem);
            }

            await audit.RecordAsync(AuditAction.Read, id, "Dagbog: notat vist (fejl i formular)", $"notat={entryId}", ct);
            return Page();
        }

        // The reason is in the note; the audit row names the note, not the text.
        audit.Add(AuditAction.Update, id, "Dagbog: notat markeret som skrevet på forkert borger", $"notat={entryId}");
        await Db.SaveChangesAsync(ct);
        TempData["Success"] = "Notatet er markeret som skrevet på en forkert borger. Det vises ikke længere hos borgeren, men er bevaret i loggen.";
        return Redirect(Routes.Citizen(id).Diary);
    }

    private async Task<IActionResult?> LoadNoteAsync(Guid id, Guid entryId)
    {
        var ct = HttpContext.RequestAborted;
        Choices = await DiaryChoices.ForCitizenAsync(Verified.Rows, ct);
        var note = await Db.DiaryEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == entryId && e.CitizenId == id, ct);
        var roles = Access.RolesFor(Citizen);
        // A note on the wrong citizen is hidden from the citizen's views; only leaders still open it.
        if (note is null || (note.IsMarkedWrongCitizen && !DiaryRules.CanMarkWrongCitizen(roles)))
        {
            return NotFound();
        }

        Note = note;
        var isAuthor = note.AuthorId == me.Id;
        CanCorrect = !note.IsMarkedWrongCitizen && DiaryRules.CanCorrect(isAuthor, roles);
        CanMarkWrong = !note.IsMarkedWrongCitizen && DiaryRules.CanMarkWrongCitizen(roles);
        CanReadVersions = DiaryRules.CanReadEarlierVersions(isAuthor, roles);
        Versions = CanReadVersions
            ? await Db.DiaryEntryVersions.AsNoTracking().Where(v => v.EntryId == entryId).OrderByDescending(v => v.Number).ToListAsync(ct)
            : [];
        Scores = await ScoreLabels.ForAsync(Db, [note, .. Versions], ct);
        return null;
    }
}
