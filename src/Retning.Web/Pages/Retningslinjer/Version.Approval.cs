using Retning.Domain.Quality;

namespace Retning.Web.Pages.Retningslinjer;

/// <summary>The approval form of a draft: approved on, valid from, the next revision (<see cref="GuidelineRules.CheckApproval"/>).</summary>
public sealed class ApprovalInput
{
    public DateOnly? ApprovedOn { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? RevisionDueOn { get; set; }

    /// <summary>The draft's concurrency version the form was opened on.</summary>
    public int Version { get; set; }
}

public sealed partial class VersionModel
{
    /// <summary>Years from the start to the revision suggested in the form (the standard monitors at least every third year).</summary>
    public const int DefaultRevisionYears = 2;

    [BindProperty]
    public ApprovalInput Approval { get; set; } = new();

    /// <summary>Approves the draft: from its start it is the version in force, and the guideline's revision date moves.</summary>
    public async Task<IActionResult> OnPostGodkendAsync(Guid id, Guid versionId)
    {
        if (await LoadAsync(id, versionId) is { } denied)
        {
            return denied;
        }

        if (!MayEdit)
        {
            return Forbid();
        }

        Input = GuidelineInput.From(Guideline, Draft);
        if (IsDraft && Approval.Version != Draft.Version)
        {
            return ShowApprovalConflict();
        }

        var hasContent = !string.IsNullOrWhiteSpace(Draft.Text) || Draft.Document is not null;
        var errors = GuidelineRules.CheckApproval(Draft.Facts, Approval.ApprovedOn ?? Today, Approval.ValidFrom, Approval.RevisionDueOn, hasContent, Today).ToList();
        if (Approval.ApprovedOn is null && IsDraft)
        {
            errors.Add(new("ApprovedOn", "Angiv, hvornår versionen er godkendt."));
        }

        foreach (var e in ModelState.NotYetShown(errors, "Approval"))
        {
            // The draft's own problems (no content, already approved) concern the whole page, not a date.
            ModelState.AddModelError(e.Field is "Version" or "Text" ? string.Empty : $"Approval.{e.Field}", e.Message);
        }

        if (!ModelState.IsValid)
        {
            SetApprovalDefaults();
            return Page();
        }

        Draft.ApprovedOn = Approval.ApprovedOn;
        Draft.ApprovedByUserId = me.Id!.Value;
        Draft.ValidFrom = Approval.ValidFrom;
        Guideline.RevisionDueOn = Approval.RevisionDueOn;
        db.Entry(Draft).Property(v => v.Version).OriginalValue = Approval.Version;
        try
        {
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            if (await LoadAsync(id, versionId) is { } gone)
            {
                return gone;
            }

            Input = GuidelineInput.From(Guideline, Draft);
            return ShowApprovalConflict();
        }

        TempData["Success"] = Approval.ValidFrom > Today
            ? $"Version {Draft.Number} er godkendt og gælder fra {Approval.ValidFrom.ToDanishDate()}."
            : $"Version {Draft.Number} er godkendt og gælder nu. Medarbejderne kan kvittere for, at de har læst den.";
        return Redirect(Routes.Guidelines.Guideline(id));
    }

    private PageResult ShowApprovalConflict()
    {
        ModelState.AddModelError(string.Empty, ConflictMessage);
        Approval.Version = Draft.Version; // approving again is now a deliberate choice, on what is stored
        Input.DraftVersion = Draft.Version;
        Input.Version = Guideline.Version;
        return Page();
    }

    private void SetApprovalDefaults()
    {
        Approval.ApprovedOn ??= Today;
        Approval.ValidFrom ??= Today;
        Approval.RevisionDueOn ??= (Approval.ValidFrom ?? Today).AddYears(DefaultRevisionYears);
        if (Approval.Version == 0)
        {
            Approval.Version = Draft.Version;
        }
    }
}
