using System.ComponentModel;
using Retning.Domain.Insight;

namespace Retning.Web.Api.Insight;

/// <summary>The management figures of the overview page (/ledelsesinformation) for one view: period, scope and every figure.</summary>
[Description("Ledelsesinformationens nøgletal som på oversigtssiden: hvert tal med sin definition, for perioden og for forrige periode.")]
public sealed record ManagementFigures(
    [property: Description("Perioden (hele, afsluttede måneder).")] FigurePeriod Period,
    [property: Description("Forrige periode: det samme antal måneder lige før.")] FigurePeriod PreviousPeriod,
    [property: Description("De afdelinger, tallene tæller (dine afdelinger, indsnævret af tilbud og afdeling).")] IReadOnlyList<FigureDepartment> Departments,
    [property: Description("Tallene i sidens rækkefølge.")] IReadOnlyList<ManagementFigure> Figures);

[Description("En periode af hele måneder.")]
public sealed record FigurePeriod(
    [property: Description("Første dag (ISO 8601-dato).")] DateOnly From,
    [property: Description("Sidste dag (ISO 8601-dato).")] DateOnly To,
    [property: Description("Antal måneder.")] int Months);

[Description("En afdeling, tallene tæller.")]
public sealed record FigureDepartment(
    [property: Description("Afdelingens id (UUID).")] Guid Id,
    [property: Description("Afdelingens navn.")] string Name,
    [property: Description("Tilbuddets id (UUID).")] Guid OfferId,
    [property: Description("Tilbuddets navn.")] string OfferName);

[Description("Ét nøgletal: definitionen, som siden viser den, og tallene for perioden og forrige periode.")]
public sealed record ManagementFigure(
    [property: Description("Tallets nøgle.")] FigureKey Key,
    [property: Description("Tallets adresse under /ledelsesinformation/tal/ på siden.")] string Slug,
    [property: Description("Gruppen, tallet vises i.")] FigureGroup Group,
    [property: Description("Gruppens navn på dansk.")] string GroupName,
    [property: Description("Tallets titel.")] string Title,
    [property: Description("Enheden, der tælles (fx \"planer\").")] string Unit,
    [property: Description("Sand, når rækkerne er mål eller delmål (ellers borgere, planer, frister m.m.).")] bool ByGoal,
    [property: Description("Definitionen, som sidens definitionskort viser den.")] FigureDefinitionText Definition,
    [property: Description("Tallene for perioden; null, når tallet vises som \"færre end 5\" (under 5 borgere, som du ikke må åbne alle af).")] FigureCounts? Current,
    [property: Description("Tallene for forrige periode; null som for current.")] FigureCounts? Previous);

[Description("Hvad tallet tæller, i definitionskortets ord.")]
public sealed record FigureDefinitionText(
    [property: Description("Hvad tælles.")] string Counts,
    [property: Description("Andelen: tæller og nævner; null for et tal, der kun tæller.")] string? Rate,
    [property: Description("Hvordan perioden og afdelingen læses.")] string Period,
    [property: Description("Hvad der ikke medregnes.")] string LeftOut);

[Description("Et tals optælling over de rækker, det tæller.")]
public sealed record FigureCounts(
    [property: Description("Antal talte rækker.")] int Rows,
    [property: Description("Andelens nævner (rækkerne i den, eller for svarprocenten de forventede scoringer).")] int Denominator,
    [property: Description("Andelens tæller.")] int Successes,
    [property: Description("Antal forskellige borgere bag rækkerne.")] int Citizens,
    [property: Description("Procent (tæller ÷ nævner rundet ned); null uden nævner (\"Ingen data\").")] int? Percent,
    [property: Description("Antal rækker pr. udfald.")] IReadOnlyList<FigureOutcome> Outcomes);

[Description("Antal rækker med ét udfald.")]
public sealed record FigureOutcome(
    [property: Description("Udfaldet på dansk.")] string Outcome,
    [property: Description("Antal rækker.")] int Count,
    [property: Description("Falsk for en grund til, at rækken ikke er medregnet i andelen.")] bool InDenominator,
    [property: Description("Udfaldets andel af nævneren i procent (rundet ned); null uden nævner eller for en ikke medregnet grund.")] int? Percent);
