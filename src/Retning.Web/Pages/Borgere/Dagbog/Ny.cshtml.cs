using Retning.Domain.Diary;
using Retning.Web.Services.Diary;

namespace Retning.Web.Pages.Borgere.Dagbog;

/// <summary>
/// Writing a note: a sub-goal note with a score (the default when the citizen has active
/// sub-goals) or a resident diary note (<c>?slags=beboer</c>). Reached in one step from the
/// citizen list, so a scored note takes two steps: the link and this one form.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class NyModel(AppDbContext db, CitizenAccessService access, AuditLog audit, TimeProvider clock, CurrentUser me)
    : CitizenPageModel(db, access, clock)
{
    public const string ResidentKind = "beboer";

    [BindProperty]
    public DiaryNoteInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "slags")]
    public string? KindParameter { get; set; }

    [BindProperty(SupportsGet = true, Name = "delmaal")]
    public Guid? SubGoalParameter { get; set; }

    /// <summary>
    /// <c>?slags=beboer&amp;manglende=true&amp;delmaal=…</c>: a "Manglende arbejde med delmål" note on the
    /// named sub-goal, reached from the sub-goal page where a care worker looks for it.
    /// </summary>
    [BindProperty(SupportsGet = true, Name = "manglende")]
    public bool MissingWorkParameter { get; set; }

    /// <summary>Where to go after saving, e.g. back to the citizen list of a shift (local paths only).</summary>
    [BindProperty(SupportsGet = true, Name = "tilbage")]
    public string? ReturnPath { get; set; }

    public DiaryKind Kind { get; private set; }
    public DiaryChoices Choices { get; private set; } = DiaryChoices.Empty;

    /// <summary>True on a fresh form: the browser may restore a draft into it.</summary>
    public bool MayRestoreDraft { get; private set; }

    public string FormAction => Routes.Citizen(Citizen.Id).NewDiaryNoteOfKind(Kind == DiaryKind.Resident ? ResidentKind : "delmaal", SafeReturnPath);

    public string? SafeReturnPath => ReturnPath is { Length: > 1 } p && p[0] == '/' && p[1] != '/' && p[1] != '\\' ? p : null;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        // Every staff member who sees the citizen reads the diary; writing is a right of its own (DiaryRules.CanWrite).
        if ((await LoadCitizenAsync(id, CitizenRight.Read, "dagbog") ?? await LoadForWriterAsync(shown: true)) is { } denied)
        {
            return denied;
        }

        var now = DanishTime.ToLocal(NowUtc);
        Input.ObservedDate = DateOnly.FromDateTime(now);
        Input.ObservedTime = now.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        Input.SubGoalId = SubGoalParameter is { } sid && Choices.ActiveSubGoals.Any(s => s.Id == sid) ? sid : null;
        if (Kind == DiaryKind.SubGoal && Input.SubGoalId is null && Choices.ActiveSubGoals.Count() == 1)
        {
            Input.SubGoalId = Choices.ActiveSubGoals.First().Id;
        }

        if (Kind == DiaryKind.Resident && MissingWorkParameter)
        {
            Input.NoteTypeId = Choices.Types.FirstOrDefault(t => t.IsMissingWork)?.Id;
        }

        MayRestoreDraft = true;
        await audit.RecordAsync(AuditAction.Read, id, "Dagbog: ny note (formular)", $"slags={Kind}", HttpContext.RequestAborted);
        return Page();
    }

    [Idempotent]
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        // Every staff member who sees the citizen reads the diary; writing is a right of its own (DiaryRules.CanWrite).
        if ((await LoadCitizenAsync(id, CitizenRight.Read, "dagbog") ?? await LoadForWriterAsync(shown: false)) is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        var content = DiaryNoteForm.Read(ModelState, Input, Kind, Choices, NowUtc);
        if (content is null)
        {
            if (Kind == DiaryKind.SubGoal)
            {
                Choices = await DiaryChoices.ForCitizenAsync(Verified.Rows, ct); // the form is shown again, with all it lists
            }

            await audit.RecordAsync(AuditAction.Read, id, "Dagbog: ny note (fejl i formular)", $"slags={Kind}", ct);
            return Page();
        }

        var entry = DiaryRules.Write(id, Kind, content, me.Id!.Value, me.FullName, NowUtc);
        Db.DiaryEntries.Add(entry);
        audit.Add(AuditAction.Create, id, Kind == DiaryKind.SubGoal ? "Dagbog: delmålsnotat skrevet" : "Dagbog: beboernotat skrevet",
            $"notat={entry.Id}" + (entry.SubGoalId is { } sg ? $"; delmål={sg}" : string.Empty) + (entry.ScoreValue is { } v ? $"; score={v}" : string.Empty));
        // The form key commits with the note and its address: one durable write per note.
        var location = IdempotentRedirect.WillRedirectTo(HttpContext, SafeReturnPath
            ?? (entry.Kind == DiaryKind.SubGoal ? Routes.Citizen(id).SubGoal(entry.SubGoalId!.Value) : Routes.Citizen(id).Diary));
        await Db.SaveChangesAsync(ct);

        TempData["Success"] = "Notatet er gemt.";
        TempData["ClearDraft"] = DraftKey(Kind.ToString());
        return Redirect(location);
    }

    /// <summary>Keys of the browser draft (draft.js): one per citizen and kind of form.</summary>
    public string DraftKey(string form) => $"retning-kladde:{Citizen.Id}:{form}";

    /// <summary>
    /// 403 (audited) for a caller who does not write notes; otherwise the choices and the kind of note. A form that
    /// is posted, not <paramref name="shown"/>, gets the offer's contexts and note types only for a resident note: a
    /// sub-goal note is read without them (<see cref="DiaryNoteRules"/>), and the page adds them if it shows the form again.
    /// </summary>
    private async Task<IActionResult?> LoadForWriterAsync(bool shown)
    {
        if (!DiaryRules.CanWrite(Access.RolesFor(Citizen)))
        {
            return await DenyAsync("Dagbog: skriv notat");
        }

        var ct = HttpContext.RequestAborted;
        // A posted sub-goal note needs only its sub-goal (the app's most frequent write, bench/README.md); the whole
        // plan when that is not an active one of it, and for a shown form or a resident note.
        Choices = !shown && KindParameter != ResidentKind && Input.SubGoalId is { } posted
            ? await DiaryChoices.ForPostedSubGoalAsync(Verified.Rows, posted, ct)
            : DiaryChoices.Empty;
        if (!Choices.ActiveSubGoals.Any())
        {
            Choices = await DiaryChoices.PlanChoicesForCitizenAsync(Verified.Rows, ct);
        }

        Kind = KindParameter == ResidentKind || !Choices.ActiveSubGoals.Any() ? DiaryKind.Resident : DiaryKind.SubGoal;
        if (shown || Kind == DiaryKind.Resident)
        {
            Choices = await Choices.WithCategoriesAsync(Db, Citizen, ct);
        }

        return null;
    }
}
