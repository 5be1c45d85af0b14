using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Retning.Data;
using Retning.Domain.Audit;
using Retning.Domain.Diary;
using Retning.Web.Authorization;
using Retning.Web.Infrastructure;
using Retning.Web.Services.Plans;

namespace Retning.Web.Pages.Dagbog;

/// <summary>
/// Writing a note: a sub-goal note with a score (the default when the citizen has active
/// sub-goals) or a resident diary note (<c>?slags=beboer</c>). Reached in one step from the
/// citizen list, so a scored note takes two steps: the link and this one form.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class NyModel(AppDbContext db, CitizenAccessService access, AuditLog audit, PlanService plans, TimeProvider clock, CurrentUser me)
    : DiaryPageModel(db, access, audit, plans, clock, me)
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

    /// <summary>True on a fresh form: the browser may restore a draft into it.</summary>
    public bool MayRestoreDraft { get; private set; }

    public string FormAction => $"/borgere/{Citizen.Id}/dagbog/ny?slags={(Kind == DiaryKind.Resident ? ResidentKind : "delmaal")}"
                                + (SafeReturnPath is { } back ? "&tilbage=" + Uri.EscapeDataString(back) : string.Empty);

    public string? SafeReturnPath => ReturnPath is { Length: > 1 } p && p[0] == '/' && p[1] != '/' && p[1] != '\\' ? p : null;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await PrepareAsync(id) is { } denied)
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
        await Audit.RecordAsync(AuditAction.Read, id, "Dagbog: ny note (formular)", $"slags={Kind}", HttpContext.RequestAborted);
        return Page();
    }

    [Idempotent]
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await PrepareAsync(id) is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        var content = DiaryNoteForm.Read(ModelState, Input, Kind, Choices, NowUtc);
        if (content is null)
        {
            await Audit.RecordAsync(AuditAction.Read, id, "Dagbog: ny note (fejl i formular)", $"slags={Kind}", ct);
            return Page();
        }

        var entry = DiaryRules.Write(id, Kind, content, Me.Id!.Value, Me.FullName, NowUtc);
        Db.DiaryEntries.Add(entry);
        Audit.Add(AuditAction.Create, id, Kind == DiaryKind.SubGoal ? "Dagbog: delmålsnotat skrevet" : "Dagbog: beboernotat skrevet",
            $"notat={entry.Id}" + (entry.SubGoalId is { } sg ? $"; delmål={sg}" : string.Empty) + (entry.ScoreValue is { } v ? $"; score={v}" : string.Empty));
        await Db.SaveChangesAsync(ct);

        TempData["Success"] = "Notatet er gemt.";
        TempData["ClearDraft"] = DraftKey(Kind.ToString());
        return Redirect(SafeReturnPath
                        ?? (entry.Kind == DiaryKind.SubGoal ? $"/borgere/{id}/delmaal/{entry.SubGoalId}" : $"/borgere/{id}/dagbog"));
    }

    private async Task<IActionResult?> PrepareAsync(Guid id)
    {
        if (await LoadDiaryAsync(id) is { } notFound)
        {
            return notFound;
        }

        if (!DiaryRules.CanWrite(Roles))
        {
            await Access.RecordDeniedAsync(id, "Dagbog: skriv notat", HttpContext.RequestAborted);
            return Forbid();
        }

        Kind = KindParameter == ResidentKind || !Choices.ActiveSubGoals.Any() ? DiaryKind.Resident : DiaryKind.SubGoal;
        return null;
    }
}
