using Retning.Domain.Plans;
using Retning.Web.Services.Plans;

namespace Retning.Web.Pages.Borgere.Plan;

using Plan = Retning.Domain.Plans.Plan;

/// <summary>The citizen's own perspective and wishes, a documented "no wishes", and how the citizen and network took part.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class PerspektivModel(AppDbContext db, CitizenAccessService access, PlanService plans, AuditLog audit, TimeProvider clock)
    : CitizenPageModel(db, access, clock), IPlanSectionPage<PerspektivModel.PerspectiveInput>
{
    private readonly PlanSections sections = new(db, audit, plans);

    public sealed class PerspectiveInput : IPlanSectionInput
    {
        [TextLimit(PlanInputRules.MaxPerspective)]
        public string? CitizenPerspective { get; set; }
        public bool NoWishes { get; set; }
        [TextLimit(PlanInputRules.MaxParticipation)]
        public string? Participation { get; set; }
        public int Version { get; set; }
    }

    public PlanSection<PerspectiveInput> Section { get; } = new("Plan: borgerens perspektiv", "perspektiv", "Borgerens perspektiv er gemt.",
        plan => new() { CitizenPerspective = plan.CitizenPerspective, NoWishes = plan.NoWishes, Participation = plan.Participation, Version = plan.Version },
        (input, plan) =>
        {
            plan.CitizenPerspective = FormText.Clean(input.CitizenPerspective);
            plan.NoWishes = input.NoWishes;
            plan.Participation = FormText.Clean(input.Participation);
        },
        input =>
        [
            ("Borgerens perspektiv og ønsker", input.CitizenPerspective),
            ("Borgeren har ingen ønsker til mål", ConflictRow.YesNo(input.NoWishes)),
            ("Borgerens og netværkets deltagelse", input.Participation),
        ]);

    [BindProperty]
    public PerspectiveInput Input { get; set; } = new();

    public Plan? Plan { get; set; }

    public IReadOnlyList<ConflictRow>? Conflict { get; set; }

    // Every section page has these two handlers alike (a reason for the repeat): the right stands in the
    // handler's first line, and the flow itself is PlanSections' (docs/architecture.md, "Page models").
    public async Task<IActionResult> OnGetAsync(Guid id) =>
        await LoadCitizenAsync(id, CitizenRight.Edit, "plan", Section.Denied) ?? await sections.ShowAsync(this, this, id, HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync(Guid id) =>
        await LoadCitizenAsync(id, CitizenRight.Edit, "plan", Section.Denied) ?? await sections.SaveAsync(this, this, id,
            input => PlanInputRules.CheckPerspective(input.CitizenPerspective, input.NoWishes, input.Participation), HttpContext.RequestAborted);

    public Task LoadExtrasAsync(CancellationToken ct) => Task.CompletedTask;
}
