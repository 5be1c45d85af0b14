using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Retning.Data;
using Retning.Domain.Audit;
using Retning.Domain.Plans;
using Retning.Web.Authorization;
using Retning.Web.Infrastructure;

namespace Retning.Web.Pages.Planer;

/// <summary>A form on plan-wide fields: it carries the plan's version it was opened on.</summary>
public interface IPlanSectionInput
{
    int Version { get; set; }
}

/// <summary>
/// A small form page for one section of the plan (perspective, the offer's additions, approaches,
/// compass, revision date). GET shows the form; POST validates (Danish messages at the field,
/// input kept), saves against the plan's version, and on a conflict shows the stored version
/// beside the user's input with nothing overwritten. One audit row per response.
/// </summary>
public abstract class PlanSectionPageModel<TInput>(AppDbContext db, CitizenAccessService access, PlanService plans, AuditLog audit, TimeProvider clock)
    : PlanPageModel(db, access, plans, clock)
    where TInput : class, IPlanSectionInput, new()
{
    public const string ConflictMessage =
        "En anden har gemt ændringer i planen, mens du redigerede. Intet er overskrevet. Sammenlign herunder, ret formularen og gem igen.";

    protected AuditLog Audit { get; } = audit;

    [BindProperty]
    public TInput Input { get; set; } = new();

    /// <summary>The stored version beside the user's input, after a conflict.</summary>
    public IReadOnlyList<ConflictRow>? Conflict { get; private set; }

    /// <summary>What the audit row names, e.g. "Plan: borgerens perspektiv".</summary>
    protected abstract string Subject { get; }

    /// <summary>The section's id on the plan page, where the user returns after saving.</summary>
    public abstract string Anchor { get; }

    protected abstract string SavedMessage { get; }

    protected abstract TInput From(Plan plan);

    protected abstract void Apply(TInput input, Plan plan);

    protected abstract IEnumerable<(string Label, string? Value)> Describe(TInput input);

    protected virtual void Validate(TInput input)
    {
    }

    /// <summary>Extra data the page shows (lists, hints), loaded after the plan.</summary>
    protected virtual Task LoadExtrasAsync(CancellationToken ct) => Task.CompletedTask;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadPlanAsync(id, forEdit: true, Subject) is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        if (Plan is not null)
        {
            Input = From(Plan);
            await LoadExtrasAsync(ct);
        }

        await Audit.RecordAsync(AuditAction.Read, id, Plan is null ? Subject + " (ingen plan)" : Subject + " (redigering)", ct: ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadPlanAsync(id, forEdit: true, Subject) is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        if (Plan is null)
        {
            return NotFound();
        }

        Validate(Input);
        if (!ModelState.IsValid)
        {
            await LoadExtrasAsync(ct);
            await Audit.RecordAsync(AuditAction.Read, id, Subject + " (fejl i formular)", ct: ct);
            return Page();
        }

        // The version the user started from is the one the update must match.
        Db.Entry(Plan).Property(p => p.Version).OriginalValue = Input.Version;
        Apply(Input, Plan);
        Audit.Add(AuditAction.Update, id, Subject);
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ShowConflictAsync(id, ct);
        }

        TempData["Success"] = SavedMessage;
        return Redirect(PlanHref(Anchor));
    }

    private async Task<IActionResult> ShowConflictAsync(Guid id, CancellationToken ct)
    {
        Audit.DiscardUncommitted();
        Db.ChangeTracker.Clear();
        var stored = await Db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.CitizenId == id, ct);
        if (stored is null)
        {
            return NotFound();
        }

        Conflict = ConflictRow.Compare(Describe(Input), Describe(From(stored)));
        // Saving again is now a deliberate choice to replace the stored version with this form.
        Input.Version = stored.Version;
        ModelState.Remove("Input.Version");
        ModelState.AddModelError(string.Empty, ConflictMessage);
        await LoadExtrasAsync(ct);
        await Audit.RecordAsync(AuditAction.Read, id, Subject + " (konflikt)", ct: ct);
        return Page();
    }

    protected static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Puts the domain's field errors on the form's fields.</summary>
    protected void AddErrors(IEnumerable<FieldError> errors, string prefix = "Input")
    {
        foreach (var error in errors)
        {
            if (ModelState.TryGetValue($"{prefix}.{error.Field}", out var entry) && entry.Errors.Count > 0)
            {
                continue;
            }

            ModelState.AddModelError($"{prefix}.{error.Field}", error.Message);
        }
    }
}
