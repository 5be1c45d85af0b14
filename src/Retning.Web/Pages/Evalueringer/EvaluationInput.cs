using System.ComponentModel.DataAnnotations;
using Retning.Domain.Evaluations;

namespace Retning.Web.Pages.Evalueringer;

/// <summary>The evaluation form, in the order of its fields; kept as typed through an error.</summary>
public sealed class EvaluationInput
{
    [Display(Name = "Dato for evalueringen")]
    public DateOnly? EvaluatedOn { get; set; }

    public string? Participants { get; set; }
    public string? CitizenInvolvement { get; set; }
    public string? Qualitative { get; set; }
    public string? QuantitativeComment { get; set; }

    [Display(Name = "Beslutning")]
    public EvaluationDecision? Decision { get; set; }

    [Display(Name = "Næste evaluering")]
    public DateOnly? NextEvaluationOn { get; set; }

    /// <summary>"ja" or "nej": whether the plan must be revised (always asked).</summary>
    public string? PlanRevision { get; set; }

    public string? PlanRevisionNote { get; set; }
}
