using Microsoft.AspNetCore.Authorization;
using Retning.Data;
using Retning.Domain.Plans;
using Retning.Web.Authorization;
using Retning.Web.Infrastructure;

namespace Retning.Web.Pages.Planer;

/// <summary>The plan's revision date: when the plan is next to be revised as a whole.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class RevisionsdatoModel(AppDbContext db, CitizenAccessService access, PlanService plans, AuditLog audit, TimeProvider clock)
    : PlanSectionPageModel<RevisionsdatoModel.RevisionInput>(db, access, plans, audit, clock)
{
    public sealed class RevisionInput : IPlanSectionInput
    {
        public DateOnly? RevisionOn { get; set; }
        public int Version { get; set; }
    }

    protected override string Subject => "Plan: revisionsdato";
    public override string Anchor => "om-planen";
    protected override string SavedMessage => "Revisionsdatoen er gemt.";

    protected override RevisionInput From(Plan plan) => new() { RevisionOn = plan.RevisionOn, Version = plan.Version };

    protected override void Validate(RevisionInput input)
    {
        if (ModelState.TryGetValue("Input.RevisionOn", out var entry) && entry.Errors.Count > 0)
        {
            return;
        }

        if (input.RevisionOn is not { } on)
        {
            ModelState.AddModelError("Input.RevisionOn", "Indtast revisionsdatoen.");
        }
        else if (on < Today)
        {
            ModelState.AddModelError("Input.RevisionOn", "Revisionsdatoen skal ligge i dag eller senere.");
        }
        else if (on > Today.AddYears(2))
        {
            ModelState.AddModelError("Input.RevisionOn", "Revisionsdatoen ligger mere end to år ude i fremtiden.");
        }
    }

    protected override void Apply(RevisionInput input, Plan plan) => plan.RevisionOn = input.RevisionOn;

    protected override IEnumerable<(string Label, string? Value)> Describe(RevisionInput input) =>
        [("Revisionsdato", ConflictRow.Date(input.RevisionOn))];
}
