using System.ComponentModel.DataAnnotations;
using Retning.Domain.Evaluations;
using Retning.Domain.Plans;

namespace Retning.Web.Pages.Borgere.Evalueringer;

/// <summary>The evaluation form, in the order of its fields; kept as typed through an error.</summary>
public sealed class EvaluationInput
{
    [Display(Name = "Dato for evalueringen")]
    public DateOnly? EvaluatedOn { get; set; }

    [TextLimit(EvaluationRules.MaxParticipants)]
    public string? Participants { get; set; }
    [TextLimit(EvaluationRules.MaxInvolvement)]
    public string? CitizenInvolvement { get; set; }
    [TextLimit(EvaluationRules.MaxQualitative)]
    public string? Qualitative { get; set; }
    [TextLimit(EvaluationRules.MaxQuantitativeComment)]
    public string? QuantitativeComment { get; set; }

    [Display(Name = "Beslutning")]
    public EvaluationDecision? Decision { get; set; }

    [Display(Name = "Næste evaluering")]
    public DateOnly? NextEvaluationOn { get; set; }

    /// <summary>"ja" or "nej": whether the plan must be revised (always asked).</summary>
    [TextLimit(TextLimits.Code)]
    public string? PlanRevision { get; set; }

    [TextLimit(PlanRevisionRules.MaxText)]
    public string? PlanRevisionNote { get; set; }
}
