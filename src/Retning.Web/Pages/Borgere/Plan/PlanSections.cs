using Microsoft.AspNetCore.Mvc.ModelBinding;
using Retning.Web.Services.Plans;

namespace Retning.Web.Pages.Borgere.Plan;

using Plan = Retning.Domain.Plans.Plan;

/// <summary>A form on plan-wide fields: it carries the plan's version it was opened on.</summary>
public interface IPlanSectionInput
{
    int Version { get; set; }
}

/// <summary>
/// One section of the plan with its own small form (perspective, the offer's additions,
/// approaches, compass, revision date): what the audit row names, where the user returns, and
/// how the form is read from and written to the plan.
/// </summary>
/// <param name="Subject">What the audit row names, e.g. "Plan: borgerens perspektiv".</param>
/// <param name="Anchor">The section's id on the plan page, where the user returns after saving.</param>
/// <param name="SavedMessage">The message shown after saving.</param>
/// <param name="From">The form filled from the plan.</param>
/// <param name="Apply">Writes the form onto the plan.</param>
/// <param name="Describe">The form's fields as label and value, to compare after a conflict.</param>
public sealed record PlanSection<TInput>(
    string Subject,
    string Anchor,
    string SavedMessage,
    Func<Plan, TInput> From,
    Action<TInput, Plan> Apply,
    Func<TInput, IEnumerable<(string Label, string? Value)>> Describe)
    where TInput : class, IPlanSectionInput
{
    /// <summary>The audit subject of an attempt without the right to edit.</summary>
    public string Denied => Subject + " (uden ret til at redigere)";
}

/// <summary>A page showing a <see cref="PlanSection{TInput}"/>'s form.</summary>
public interface IPlanSectionPage<TInput>
    where TInput : class, IPlanSectionInput
{
    PlanSection<TInput> Section { get; }
    TInput Input { get; set; }
    Plan? Plan { get; set; }
    IReadOnlyList<ConflictRow>? Conflict { get; set; }

    /// <summary>Extra data the page shows (lists, hints), loaded after the plan.</summary>
    Task LoadExtrasAsync(CancellationToken ct);
}

/// <summary>
/// The flow every section form shares, used by the page after its rights check: GET shows the
/// form; POST validates (Danish messages at the field, input kept), saves against the plan's
/// version, and on a conflict shows the stored version beside the user's input with nothing
/// overwritten. One audit row per response.
/// </summary>
public sealed class PlanSections(AppDbContext db, AuditLog audit, PlanService plans)
{
    public const string ConflictMessage =
        "En anden har gemt ændringer i planen, mens du redigerede. Intet er overskrevet. Sammenlign herunder, ret formularen og gem igen.";

    public async Task<IActionResult> ShowAsync<TInput>(PageModel page, IPlanSectionPage<TInput> form, Guid citizenId, CancellationToken ct)
        where TInput : class, IPlanSectionInput
    {
        var section = form.Section;
        form.Plan = await plans.FindAsync(citizenId, ct);
        if (form.Plan is not null)
        {
            form.Input = section.From(form.Plan);
            await form.LoadExtrasAsync(ct);
        }

        await audit.RecordAsync(AuditAction.Read, citizenId, form.Plan is null ? section.Subject + " (ingen plan)" : section.Subject + " (redigering)", ct: ct);
        return page.Page();
    }

    /// <param name="page">The page (its model state, messages and answers).</param>
    /// <param name="form">The same page as a section form.</param>
    /// <param name="citizenId">The citizen, already loaded with the right to edit.</param>
    /// <param name="check">The domain's complaints about the input; a field that model binding already faulted keeps that one message.</param>
    /// <param name="ct">The request's cancellation.</param>
    public async Task<IActionResult> SaveAsync<TInput>(PageModel page, IPlanSectionPage<TInput> form, Guid citizenId, Func<TInput, IEnumerable<FieldError>> check, CancellationToken ct)
        where TInput : class, IPlanSectionInput
    {
        var (section, input, state) = (form.Section, form.Input, page.ModelState);
        var plan = form.Plan = await plans.FindAsync(citizenId, ct);
        if (plan is null)
        {
            return page.NotFound();
        }

        state.AddFieldErrors(check(input).Where(e => state.GetFieldValidationState("Input." + e.Field) != ModelValidationState.Invalid));
        if (!state.IsValid)
        {
            await form.LoadExtrasAsync(ct);
            await audit.RecordAsync(AuditAction.Read, citizenId, section.Subject + " (fejl i formular)", ct: ct);
            return page.Page();
        }

        // The version the user started from is the one the update must match.
        db.Entry(plan).Property(p => p.Version).OriginalValue = input.Version;
        section.Apply(input, plan);
        audit.Add(AuditAction.Update, citizenId, section.Subject);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ShowConflictAsync(page, form, citizenId, ct);
        }

        page.TempData["Success"] = section.SavedMessage;
        return new RedirectResult(Routes.Citizen(citizenId).PlanSection(section.Anchor));
    }

    private async Task<IActionResult> ShowConflictAsync<TInput>(PageModel page, IPlanSectionPage<TInput> form, Guid citizenId, CancellationToken ct)
        where TInput : class, IPlanSectionInput
    {
        audit.DiscardUncommitted();
        db.ChangeTracker.Clear();
        var stored = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.CitizenId == citizenId, ct);
        if (stored is null)
        {
            return page.NotFound();
        }

        var section = form.Section;
        form.Conflict = ConflictRow.Compare(section.Describe(form.Input), section.Describe(section.From(stored)));
        // Saving again is now a deliberate choice to replace the stored version with this form.
        form.Input.Version = stored.Version;
        page.ModelState.Remove("Input.Version");
        page.ModelState.AddModelError(string.Empty, ConflictMessage);
        await form.LoadExtrasAsync(ct);
        await audit.RecordAsync(AuditAction.Read, citizenId, section.Subject + " (konflikt)", ct: ct);
        return page.Page();
    }
}
