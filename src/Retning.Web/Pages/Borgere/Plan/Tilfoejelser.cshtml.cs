using Retning.Domain.Plans;
using Retning.Web.Services.Plans;

namespace Retning.Web.Pages.Borgere.Plan;

using Plan = Retning.Domain.Plans.Plan;

/// <summary>"Tilbuddets tilføjelser til formålet med indsatsen": the offer's own additions beside target group, category and support level.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class TilfoejelserModel(AppDbContext db, CitizenAccessService access, PlanService plans, AuditLog audit, TimeProvider clock)
    : CitizenPageModel(db, access, clock), IPlanSectionPage<TilfoejelserModel.AdditionsInput>
{
    private readonly PlanSections sections = new(db, audit, plans);

    public sealed class AdditionsInput : IPlanSectionInput
    {
        [TextLimit(PlanInputRules.MaxOfferAdditions)]
        public string? OfferAdditions { get; set; }
        public int Version { get; set; }
    }

    public PlanSection<AdditionsInput> Section { get; } = new("Plan: tilbuddets tilføjelser til formålet", "formaal", "Tilbuddets tilføjelser til formålet er gemt.",
        plan => new() { OfferAdditions = plan.OfferAdditions, Version = plan.Version },
        (input, plan) => plan.OfferAdditions = FormText.Clean(input.OfferAdditions),
        input => [("Tilbuddets tilføjelser", input.OfferAdditions)]);

    [BindProperty]
    public AdditionsInput Input { get; set; } = new();

    public Plan? Plan { get; set; }

    public IReadOnlyList<ConflictRow>? Conflict { get; set; }

    // Every section page has these two handlers alike (a reason for the repeat): the right stands in the
    // handler's first line, and the flow itself is PlanSections' (docs/architecture.md, "Page models").
    public async Task<IActionResult> OnGetAsync(Guid id) =>
        await LoadCitizenAsync(id, CitizenRight.Edit, "plan", Section.Denied) ?? await sections.ShowAsync(this, this, id, HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync(Guid id) =>
        await LoadCitizenAsync(id, CitizenRight.Edit, "plan", Section.Denied) ?? await sections.SaveAsync(this, this, id, _ => [], HttpContext.RequestAborted);

    public Task LoadExtrasAsync(CancellationToken ct) => Task.CompletedTask;
}
