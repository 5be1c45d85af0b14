using Microsoft.AspNetCore.Mvc.ModelBinding;
using Retning.Domain.Plans;
using Retning.Web.Services.Plans;

namespace Retning.Web.Pages.Borgere.Plan;

using Plan = Retning.Domain.Plans.Plan;

/// <summary>DPU (Dansk pædagogisk udviklingsbeskrivelse) entries: the date each was made and a short summary. Entries are added, not edited.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DpuModel(AppDbContext db, CitizenAccessService access, PlanService plans, AuditLog audit, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    /// <summary>The citizen's plan, or null when none is made yet.</summary>
    public Plan? Plan { get; private set; }

    private const string Subject = "Plan: DPU";

    public sealed class DpuInput
    {
        public DateOnly? MadeOn { get; set; }
        [TextLimit(PlanInputRules.MaxDpuSummary)]
        public string? Summary { get; set; }
    }

    [BindProperty]
    public DpuInput Input { get; set; } = new();

    public IReadOnlyList<DpuEntry> Entries { get; private set; } = [];
    public DateOnly NextDueOn { get; private set; }
    public bool Overdue { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id, CitizenRight.Edit) is { } denied)
        {
            return denied;
        }

        await audit.RecordAsync(AuditAction.Read, id, Plan is null ? Subject + " (ingen plan)" : Subject, ct: HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id, CitizenRight.Edit) is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        if (Plan is null)
        {
            return NotFound();
        }

        // A date model binding could not read keeps that one message.
        if (ModelState.GetFieldValidationState("Input.MadeOn") != ModelValidationState.Invalid)
        {
            ModelState.AddFieldErrors(CheckMadeOn(Input.MadeOn));
        }

        if (!ModelState.IsValid)
        {
            await audit.RecordAsync(AuditAction.Read, id, Subject + " (fejl i formular)", ct: ct);
            return Page();
        }

        Db.DpuEntries.Add(new DpuEntry { PlanId = Plan.Id, MadeOn = Input.MadeOn!.Value, Summary = FormText.Clean(Input.Summary) });
        audit.Add(AuditAction.Create, id, Subject, $"udarbejdet {Input.MadeOn.ToDanishDate()}");
        await Db.SaveChangesAsync(ct);
        TempData["Success"] = $"DPU'en fra {Input.MadeOn.ToDanishDate()} er tilføjet.";
        return Redirect(Routes.Citizen(id).PlanSection("dpu"));
    }

    private IEnumerable<FieldError> CheckMadeOn(DateOnly? madeOn)
    {
        var message = madeOn is not { } on ? "Indtast den dato, DPU'en er udarbejdet."
            : on > Today ? "Datoen ligger i fremtiden."
            : on < Citizen.BirthDate ? "Datoen ligger før borgerens fødselsdato."
            : null;
        return message is null ? [] : [new FieldError(nameof(DpuInput.MadeOn), message)];
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CitizenRight right)
    {
        if (await LoadCitizenAsync(id, right, "plan", Subject + " (uden ret til at redigere)") is { } denied)
        {
            return denied;
        }

        Plan = await plans.FindAsync(id, HttpContext.RequestAborted);

        if (Plan is not null)
        {
            var planId = Plan.Id;
            Entries = await Db.DpuEntries.AsNoTracking().Where(d => d.PlanId == planId).OrderByDescending(d => d.MadeOn).ToListAsync(HttpContext.RequestAborted);
            NextDueOn = AssessmentSchedule.NextDpuOn(Citizen.EnrolledOn, Entries.Select(e => e.MadeOn));
            Overdue = Today > NextDueOn;
        }

        return null;
    }
}
