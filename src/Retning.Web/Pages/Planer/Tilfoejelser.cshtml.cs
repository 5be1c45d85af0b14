using Microsoft.AspNetCore.Authorization;
using Retning.Data;
using Retning.Domain.Plans;
using Retning.Web.Authorization;
using Retning.Web.Infrastructure;

namespace Retning.Web.Pages.Planer;

/// <summary>"Tilbuddets tilføjelser til formålet med indsatsen": the offer's own additions beside target group, category and support level.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class TilfoejelserModel(AppDbContext db, CitizenAccessService access, PlanService plans, AuditLog audit, TimeProvider clock)
    : PlanSectionPageModel<TilfoejelserModel.AdditionsInput>(db, access, plans, audit, clock)
{
    public sealed class AdditionsInput : IPlanSectionInput
    {
        [TextLimit(PlanInputRules.MaxOfferAdditions)]
        public string? OfferAdditions { get; set; }
        public int Version { get; set; }
    }

    protected override string Subject => "Plan: tilbuddets tilføjelser til formålet";
    public override string Anchor => "formaal";
    protected override string SavedMessage => "Tilbuddets tilføjelser til formålet er gemt.";

    protected override AdditionsInput From(Plan plan) => new() { OfferAdditions = plan.OfferAdditions, Version = plan.Version };

    protected override void Apply(AdditionsInput input, Plan plan) => plan.OfferAdditions = Clean(input.OfferAdditions);

    protected override IEnumerable<(string Label, string? Value)> Describe(AdditionsInput input) =>
        [("Tilbuddets tilføjelser", input.OfferAdditions)];
}
