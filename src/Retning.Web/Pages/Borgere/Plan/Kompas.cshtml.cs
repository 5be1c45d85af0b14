using Retning.Domain.Plans;
using Retning.Web.Services.Plans;

namespace Retning.Web.Pages.Borgere.Plan;

using Plan = Retning.Domain.Plans.Plan;

/// <summary>The autonomic compass: what gives the citizen sympathetic and parasympathetic comfort and discomfort.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class KompasModel(AppDbContext db, CitizenAccessService access, PlanService plans, AuditLog audit, TimeProvider clock)
    : CitizenPageModel(db, access, clock), IPlanSectionPage<KompasModel.CompassInput>
{
    private readonly PlanSections sections = new(db, audit, plans);

    public sealed class CompassInput : IPlanSectionInput
    {
        [TextLimit(PlanInputRules.MaxCompassField)]
        public string? SympatheticComfort { get; set; }
        [TextLimit(PlanInputRules.MaxCompassField)]
        public string? SympatheticDiscomfort { get; set; }
        [TextLimit(PlanInputRules.MaxCompassField)]
        public string? ParasympatheticComfort { get; set; }
        [TextLimit(PlanInputRules.MaxCompassField)]
        public string? ParasympatheticDiscomfort { get; set; }
        public DateOnly? UpdatedOn { get; set; }
        public int Version { get; set; }
    }

    public PlanSection<CompassInput> Section => new("Plan: autonomt kompas", "kompas", "Det autonome kompas er gemt.",
        plan => new()
        {
            SympatheticComfort = plan.SympatheticComfort,
            SympatheticDiscomfort = plan.SympatheticDiscomfort,
            ParasympatheticComfort = plan.ParasympatheticComfort,
            ParasympatheticDiscomfort = plan.ParasympatheticDiscomfort,
            UpdatedOn = plan.CompassUpdatedOn,
            Version = plan.Version,
        },
        Apply,
        input =>
        [
            ("Sympatisk behag", input.SympatheticComfort),
            ("Sympatisk ubehag", input.SympatheticDiscomfort),
            ("Parasympatisk behag", input.ParasympatheticComfort),
            ("Parasympatisk ubehag", input.ParasympatheticDiscomfort),
            ("Opdateret den", ConflictRow.Date(input.UpdatedOn)),
        ]);

    [BindProperty]
    public CompassInput Input { get; set; } = new();

    public Plan? Plan { get; set; }

    public IReadOnlyList<ConflictRow>? Conflict { get; set; }

    public DateOnly StartOn => AssessmentSchedule.CompassStartOn(Citizen.EnrolledOn);

    // Every section page has these two handlers alike (a reason for the repeat): the right stands in the
    // handler's first line, and the flow itself is PlanSections' (docs/architecture.md, "Page models").
    public async Task<IActionResult> OnGetAsync(Guid id) =>
        await LoadCitizenAsync(id, CitizenRight.Edit, "plan", Section.Denied) ?? await sections.ShowAsync(this, this, id, HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync(Guid id) =>
        await LoadCitizenAsync(id, CitizenRight.Edit, "plan", Section.Denied) ?? await sections.SaveAsync(this, this, id, Check, HttpContext.RequestAborted);

    public Task LoadExtrasAsync(CancellationToken ct) => Task.CompletedTask;

    private IEnumerable<FieldError> Check(CompassInput input) =>
        input.UpdatedOn is { } on && on > Today ? [new FieldError(nameof(CompassInput.UpdatedOn), "Datoen ligger i fremtiden.")] : [];

    private void Apply(CompassInput input, Plan plan)
    {
        plan.SympatheticComfort = FormText.Clean(input.SympatheticComfort);
        plan.SympatheticDiscomfort = FormText.Clean(input.SympatheticDiscomfort);
        plan.ParasympatheticComfort = FormText.Clean(input.ParasympatheticComfort);
        plan.ParasympatheticDiscomfort = FormText.Clean(input.ParasympatheticDiscomfort);
        var begun = AssessmentSchedule.CompassBegun(plan.SympatheticComfort, plan.SympatheticDiscomfort, plan.ParasympatheticComfort, plan.ParasympatheticDiscomfort);
        // A compass written without a date is dated today; an empty one has no date.
        plan.CompassUpdatedOn = begun ? input.UpdatedOn ?? Today : input.UpdatedOn;
    }
}
