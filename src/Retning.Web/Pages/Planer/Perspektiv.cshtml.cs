using Microsoft.AspNetCore.Authorization;
using Retning.Data;
using Retning.Domain.Plans;
using Retning.Web.Authorization;
using Retning.Web.Infrastructure;

namespace Retning.Web.Pages.Planer;

/// <summary>The citizen's own perspective and wishes, a documented "no wishes", and how the citizen and network took part.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class PerspektivModel(AppDbContext db, CitizenAccessService access, PlanService plans, AuditLog audit, TimeProvider clock)
    : PlanSectionPageModel<PerspektivModel.PerspectiveInput>(db, access, plans, audit, clock)
{
    public sealed class PerspectiveInput : IPlanSectionInput
    {
        [TextLimit(PlanInputRules.MaxPerspective)]
        public string? CitizenPerspective { get; set; }
        public bool NoWishes { get; set; }
        [TextLimit(PlanInputRules.MaxParticipation)]
        public string? Participation { get; set; }
        public int Version { get; set; }
    }

    protected override string Subject => "Plan: borgerens perspektiv";
    public override string Anchor => "perspektiv";
    protected override string SavedMessage => "Borgerens perspektiv er gemt.";

    protected override PerspectiveInput From(Plan plan) => new()
    {
        CitizenPerspective = plan.CitizenPerspective,
        NoWishes = plan.NoWishes,
        Participation = plan.Participation,
        Version = plan.Version,
    };

    protected override void Validate(PerspectiveInput input) =>
        AddErrors(PlanInputRules.CheckPerspective(input.CitizenPerspective, input.NoWishes, input.Participation));

    protected override void Apply(PerspectiveInput input, Plan plan)
    {
        plan.CitizenPerspective = Clean(input.CitizenPerspective);
        plan.NoWishes = input.NoWishes;
        plan.Participation = Clean(input.Participation);
    }

    protected override IEnumerable<(string Label, string? Value)> Describe(PerspectiveInput input) =>
    [
        ("Borgerens perspektiv og ønsker", input.CitizenPerspective),
        ("Borgeren har ingen ønsker til mål", ConflictRow.YesNo(input.NoWishes)),
        ("Borgerens og netværkets deltagelse", input.Participation),
    ];
}
