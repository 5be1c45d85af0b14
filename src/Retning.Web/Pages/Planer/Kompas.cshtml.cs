using Microsoft.AspNetCore.Authorization;
using Retning.Data;
using Retning.Domain.Plans;
using Retning.Web.Authorization;
using Retning.Web.Infrastructure;

namespace Retning.Web.Pages.Planer;

/// <summary>The autonomic compass: what gives the citizen sympathetic and parasympathetic comfort and discomfort.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class KompasModel(AppDbContext db, CitizenAccessService access, PlanService plans, AuditLog audit, TimeProvider clock)
    : PlanSectionPageModel<KompasModel.CompassInput>(db, access, plans, audit, clock)
{
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

    protected override string Subject => "Plan: autonomt kompas";
    public override string Anchor => "kompas";
    protected override string SavedMessage => "Det autonome kompas er gemt.";

    public DateOnly StartOn => AssessmentSchedule.CompassStartOn(Citizen.EnrolledOn);

    protected override CompassInput From(Plan plan) => new()
    {
        SympatheticComfort = plan.SympatheticComfort,
        SympatheticDiscomfort = plan.SympatheticDiscomfort,
        ParasympatheticComfort = plan.ParasympatheticComfort,
        ParasympatheticDiscomfort = plan.ParasympatheticDiscomfort,
        UpdatedOn = plan.CompassUpdatedOn,
        Version = plan.Version,
    };

    protected override void Validate(CompassInput input)
    {
        if (input.UpdatedOn is { } on && on > Today)
        {
            ModelState.AddModelError("Input.UpdatedOn", "Datoen ligger i fremtiden.");
        }
    }

    protected override void Apply(CompassInput input, Plan plan)
    {
        plan.SympatheticComfort = Clean(input.SympatheticComfort);
        plan.SympatheticDiscomfort = Clean(input.SympatheticDiscomfort);
        plan.ParasympatheticComfort = Clean(input.ParasympatheticComfort);
        plan.ParasympatheticDiscomfort = Clean(input.ParasympatheticDiscomfort);
        var begun = AssessmentSchedule.CompassBegun(plan.SympatheticComfort, plan.SympatheticDiscomfort, plan.ParasympatheticComfort, plan.ParasympatheticDiscomfort);
        // A compass written without a date is dated today; an empty one has no date.
        plan.CompassUpdatedOn = begun ? input.UpdatedOn ?? Today : input.UpdatedOn;
    }

    protected override IEnumerable<(string Label, string? Value)> Describe(CompassInput input) =>
    [
        ("Sympatisk behag", input.SympatheticComfort),
        ("Sympatisk ubehag", input.SympatheticDiscomfort),
        ("Parasympatisk behag", input.ParasympatheticComfort),
        ("Parasympatisk ubehag", input.ParasympatheticDiscomfort),
        ("Opdateret den", ConflictRow.Date(input.UpdatedOn)),
    ];
}
