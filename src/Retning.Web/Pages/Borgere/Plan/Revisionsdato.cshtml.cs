using Retning.Web.Services.Plans;

namespace Retning.Web.Pages.Borgere.Plan;

using Plan = Retning.Domain.Plans.Plan;

/// <summary>The plan's revision date: when the plan is next to be revised as a whole.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class RevisionsdatoModel(AppDbContext db, CitizenAccessService access, PlanService plans, AuditLog audit, TimeProvider clock)
    : CitizenPageModel(db, access, clock), IPlanSectionPage<RevisionsdatoModel.RevisionInput>
{
    private readonly PlanSections sections = new(db, audit, plans);

    public sealed class RevisionInput : IPlanSectionInput
    {
        public DateOnly? RevisionOn { get; set; }
        public int Version { get; set; }
    }

    public PlanSection<RevisionInput> Section { get; } = new("Plan: revisionsdato", "om-planen", "Revisionsdatoen er gemt.",
        plan => new() { RevisionOn = plan.RevisionOn, Version = plan.Version },
        (input, plan) => plan.RevisionOn = input.RevisionOn,
        input => [("Revisionsdato", ConflictRow.Date(input.RevisionOn))]);

    [BindProperty]
    public RevisionInput Input { get; set; } = new();

    public Plan? Plan { get; set; }

    public IReadOnlyList<ConflictRow>? Conflict { get; set; }

    // Every section page has these two handlers alike (a reason for the repeat): the right stands in the
    // handler's first line, and the flow itself is PlanSections' (docs/architecture.md, "Page models").
    public async Task<IActionResult> OnGetAsync(Guid id) =>
        await LoadCitizenAsync(id, CitizenRight.Edit, "plan", Section.Denied) ?? await sections.ShowAsync(this, this, id, HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync(Guid id) =>
        await LoadCitizenAsync(id, CitizenRight.Edit, "plan", Section.Denied) ?? await sections.SaveAsync(this, this, id, Check, HttpContext.RequestAborted);

    public Task LoadExtrasAsync(CancellationToken ct) => Task.CompletedTask;

    private IEnumerable<FieldError> Check(RevisionInput input)
    {
        const string field = nameof(RevisionInput.RevisionOn);
        if (input.RevisionOn is not { } on)
        {
            return [new FieldError(field, "Indtast revisionsdatoen.")];
        }

        return on < Today ? [new FieldError(field, "Revisionsdatoen skal ligge i dag eller senere.")]
            : on > Today.AddYears(2) ? [new FieldError(field, "Revisionsdatoen ligger mere end to år ude i fremtiden.")]
            : [];
    }
}
