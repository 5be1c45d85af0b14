using System.ComponentModel;
using Retning.Domain.Evaluations;
using Retning.Web.Api.Auth;

namespace Retning.Web.Api.Plan;

/// <summary>
/// An evaluation of one goal or sub-goal at a team meeting (docs/domain.md, "Evaluations"): written once, so it has
/// no version and no ETag. The figures are those prepared for it then, kept as they were.
/// </summary>
[Description("En evaluering af ét mål eller delmål (mindst hver 3. måned). Skrives én gang; en senere vurdering er en ny evaluering.")]
public sealed record EvaluationResource(
    [property: Description("Evalueringens faste id (UUID).")] Guid Id,
    [property: Description("Det evaluerede mål eller delmål.")] Guid GoalId,
    [property: Description("Det overordnede mål, når et delmål er evalueret; null for et mål.")] Guid? ParentGoalId,
    [property: Description("Målets formulering; null uden ret til fritekst.")] string? GoalText,
    [property: Description("Evalueringens dato.")] DateOnly EvaluatedOn,
    [property: Description("Perioden, der ses tilbage på: fra (dato).")] DateOnly PeriodFrom,
    [property: Description("Perioden, der ses tilbage på: til (dato).")] DateOnly PeriodTo,
    [property: Description("Beslutningen: continue (fortsæt), adjust (justér), closeAchieved (afslut – opnået) eller closeNotAchieved (afslut – ikke opnået).")] EvaluationDecision Decision,
    [property: Description("Beslutningen på dansk.")] string DecisionLabel,
    [property: Description("Beslutningens FFB-kode; null når FFB ingen kode har for den.")] FfbCode? DecisionFfb,
    [property: Description("Næste evaluering (dato); null når målet blev afsluttet.")] DateOnly? NextEvaluationOn,
    [property: Description("Svaret på \"Skal planen revideres?\".")] bool PlanRevisionNeeded,
    [property: Description("Hvad der skal revideres; null uden ret til fritekst.")] string? PlanRevisionNote,
    [property: Description("Hvem der deltog; null uden ret til fritekst.")] string? Participants,
    [property: Description("Hvordan borgeren var inddraget; null uden ret til fritekst.")] string? CitizenInvolvement,
    [property: Description("Den kvalitative evaluering; null uden ret til fritekst.")] string? Qualitative,
    [property: Description("Kommentar til de kvantitative resultater; null uden ret til fritekst.")] string? QuantitativeComment,
    [property: Description("De forberedte tal, som de blev vist ved evalueringen (linjer på dansk); null uden ret til fritekst.")] string? PreparedFigures,
    [property: Description("Resultat: forventede scoringer i perioden (svarprocentens nævner); null uden scoringshyppighed.")] int? ResponseExpected,
    [property: Description("Resultat: givne scoringer i perioden (svarprocentens tæller).")] int? ResponseScored,
    [property: Description("Resultat: notater om manglende arbejde med målet i perioden.")] int MissingWorkCount,
    [property: Description("Hvem der skrev evalueringen.")] string AuthorName,
    [property: Description("Hvornår evalueringen blev skrevet (UTC).")] DateTime CreatedAt,
    [property: Description("Hvornår evalueringen sidst blev ændret (UTC); det changedSince sammenlignes med.")] DateTime UpdatedAt)
{
    public static EvaluationResource Of(Evaluation e, Guid? parentGoalId, string? goalText, ApiText text) => new(
        e.Id, e.GoalId, parentGoalId, text.Of(goalText), e.EvaluatedOn, e.PeriodFrom, e.PeriodTo, e.Decision, e.Decision.Danish(),
        FfbCode.Of(Services.Vocabulary.FfbCodeLookup.Decision(e.Decision)), e.NextEvaluationOn, e.PlanRevisionNeeded, text.Of(e.PlanRevisionNote),
        text.Of(e.Participants), text.Of(e.CitizenInvolvement), text.Of(e.Qualitative), text.Of(e.QuantitativeComment), text.Of(e.PreparedFigures),
        e.ResponseExpected, e.ResponseScored, e.MissingWorkCount, e.AuthorName,
        DateTime.SpecifyKind(e.CreatedUtc, DateTimeKind.Utc), DateTime.SpecifyKind(e.UpdatedUtc, DateTimeKind.Utc));
}
