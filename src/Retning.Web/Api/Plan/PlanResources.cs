using System.ComponentModel;
using Retning.Domain.Plans;

namespace Retning.Web.Api.Plan;

/// <summary>
/// The citizen's one living plan (docs/domain.md, "The individual plan"): there is no draft beside it, so this is the
/// plan in force. Its "revision" is the period it is in: closing a period freezes a snapshot and opens the next
/// (docs/domain.md, "Periods"). The ETag is the plan's version.
/// </summary>
[Description("Borgerens individuelle plan, som den gælder nu (der er kun én levende plan; lukkede perioder er fastfrosne udgaver). ETag er planens version.")]
public sealed record PlanResource(
    [property: Description("Planens faste id (UUID).")] Guid Id,
    [property: Description("Borgerens id.")] Guid CitizenId,
    [property: Description("Version (samme værdi som ETag'en); stiger ved hver ændring af planens egne felter.")] int Version,
    [property: Description("Skabelonens id.")] Guid TemplateId,
    [property: Description("Skabelonens navn, fx \"VUM 2.0 / FFB\".")] string TemplateName,
    [property: Description("Skabelonfamilien: ics (børn), vum (voksne) eller ffb (VUM 2.0 / Fælles Faglige Begreber).")] TemplateKind TemplateKind,
    [property: Description("Nummeret på den skabelonversion, planen er skrevet på.")] int TemplateVersion,
    [property: Description("Nummeret på planens nuværende periode (1 = første); hver lukket periode er en fastfrossen udgave af planen. Null hvis ingen periode er åben.")] int? PeriodNumber,
    [property: Description("Hvornår den nuværende periode begyndte (dato).")] DateOnly? PeriodStartedOn,
    [property: Description("Planens revisionsdato; null hvis ikke fastsat.")] DateOnly? RevisionOn,
    [property: Description("true: borgeren har dokumenteret ingen ønsker til mål.")] bool NoWishes,
    [property: Description("Borgerens perspektiv og ønsker; null uden ret til fritekst.")] string? CitizenPerspective,
    [property: Description("Hvordan borgeren, forældremyndighed, værge eller netværk deltog; null uden ret til fritekst.")] string? Participation,
    [property: Description("Tilbuddets tilføjelser til formålet med indsatsen; null uden ret til fritekst.")] string? OfferAdditions,
    [property: Description("Faglige tilgange og metoder; null uden ret til fritekst.")] string? ApproachesText,
    [property: Description("Hvornår planen blev oprettet (UTC).")] DateTime CreatedAt,
    [property: Description("Hvornår planens egne felter sidst blev ændret (UTC).")] DateTime UpdatedAt,
    [property: Description("Skabelonens temaer i skabelonens rækkefølge, med udredningen af hvert.")] IReadOnlyList<PlanThemeResource> Themes,
    [property: Description("Planens mål (uden overordnet mål), hvert med sine delmål.")] IReadOnlyList<GoalResource> Goals);

/// <summary>A theme of the plan's template with its assessment (udredning) and FFB code.</summary>
[Description("Et tema i planen med udredningen og temaets FFB-kode.")]
public sealed record PlanThemeResource(
    [property: Description("Temaets nøgle i skabelonen; mål og notater peger på den.")] string Key,
    [property: Description("Temaets navn, fx \"Mentale funktioner\".")] string Name,
    [property: Description("Temaets plads i skabelonen (1 først).")] int Order,
    [property: Description("Temaets FFB-kode; null når temaet ikke er knyttet til FFB.")] FfbCode? Ffb,
    [property: Description("Ressourcer; null uden udredning eller uden ret til fritekst.")] string? Resources,
    [property: Description("Udfordringer; null uden udredning eller uden ret til fritekst.")] string? Challenges,
    [property: Description("Behov for støtte og indsats; null uden udredning eller uden ret til fritekst.")] string? SupportNeed,
    [property: Description("Hvornår udredningen sidst blev ændret (UTC); null hvis temaet ikke er udredt.")] DateTime? AssessedAt);

/// <summary>A goal or sub-goal (docs/domain.md, "Goals and sub-goals"). The ETag of GET …/maal/{goalId} is its version.</summary>
[Description("Et mål eller delmål. ETag på GET …/maal/{goalId} er målets version.")]
public sealed record GoalResource(
    [property: Description("Målets faste id (UUID).")] Guid Id,
    [property: Description("Det overordnede mål for et delmål; null for et mål.")] Guid? ParentGoalId,
    [property: Description("Temaets nøgle.")] string ThemeKey,
    [property: Description("Temaets navn.")] string ThemeName,
    [property: Description("Formålet, målet tjener (id fra …/formaal); null hvis ikke knyttet.")] Guid? PurposeId,
    [property: Description("Målets formulering; null uden ret til fritekst.")] string? Text,
    [property: Description("Begrundelse; null uden ret til fritekst.")] string? Rationale,
    [property: Description("Sådan ses det, at målet er nået; null uden ret til fritekst.")] string? Measure,
    [property: Description("Borgerens deltagelse; null uden ret til fritekst.")] string? CitizenParticipation,
    [property: Description("Måltypen: develop (udvikling), maintain (vedligehold) eller limitLoss (begrænse tab af funktionsevne).")] GoalType Type,
    [property: Description("Måltypen på dansk.")] string TypeLabel,
    [property: Description("Måltypens FFB-kode.")] FfbCode TypeFfb,
    [property: Description("Tilstand: active (aktivt), passive (passivt), achieved (opnået) eller closed (afsluttet).")] GoalState State,
    [property: Description("Tilstanden på dansk.")] string StateLabel,
    [property: Description("Startdato.")] DateOnly StartOn,
    [property: Description("Slutdato; null hvis ikke fastsat.")] DateOnly? EndOn,
    [property: Description("Måneder mellem evalueringer (1–3); null hvis ikke fastsat.")] int? EvaluationIntervalMonths,
    [property: Description("Næste evaluering (dato); null hvis ikke fastsat.")] DateOnly? NextEvaluationOn,
    [property: Description("true: målet er åbent, og næste evaluering er overskredet.")] bool EvaluationOverdue,
    [property: Description("Indikatorens skala (delmål); null uden indikator.")] Guid? IndicatorScaleId,
    [property: Description("Forventet scoringshyppighed (delmål): daily, weekly eller monthly; null uden.")] ScoringFrequency? ScoringFrequency,
    [property: Description("Det nyeste score på delmålet (støttebehov), fra det nyeste scorede notat; null for et mål eller et delmål uden score.")] ScoreResource? NewestScore,
    [property: Description("Den seneste evaluering af målet; null hvis det ikke er evalueret endnu.")] EvaluationSummary? LatestEvaluation,
    [property: Description("Indsatserne: hvad personalet gør for at nå målet.")] IReadOnlyList<InterventionResource> Interventions,
    [property: Description("Eksterne samarbejdspartnere på målet.")] IReadOnlyList<CollaboratorResource> Collaborators,
    [property: Description("Version (samme værdi som ETag'en på målets egen GET).")] int Version,
    [property: Description("Hvornår målet blev oprettet (UTC).")] DateTime CreatedAt,
    [property: Description("Hvornår målet sidst blev ændret (UTC).")] DateTime UpdatedAt,
    [property: Description("Delmålene under målet (tom for et delmål).")] IReadOnlyList<GoalResource> SubGoals);

/// <summary>A sub-goal's newest score: the level on the scale version it was given on, with its FFB code.</summary>
[Description("Et score på et delmåls skala: trinnet på den skalaversion, det blev givet på, med FFB-kode.")]
public sealed record ScoreResource(
    [property: Description("Notatet, scoren står i (id fra …/notater).")] Guid NoteId,
    [property: Description("Hvornår det noterede skete (UTC).")] DateTime ObservedAt,
    [property: Description("Den danske dato for det noterede.")] DateOnly ObservedOn,
    [property: Description("Trinnets værdi på skalaen.")] int Value,
    [property: Description("Trinnets navn på skalaversionen, fx \"Moderat\".")] string Label,
    [property: Description("Nummeret på den skalaversion, scoren er givet på; null hvis ukendt.")] int? ScaleVersion,
    [property: Description("Trinnets FFB-kode (støttebehovsniveau); null når skalaen ikke er knyttet til FFB.")] FfbCode? Ffb);

/// <summary>The latest evaluation of a goal, in short (the whole one at …/evalueringer/{evaluationId}).</summary>
[Description("Den seneste evaluering kort; hele evalueringen findes under …/evalueringer/{evaluationId}.")]
public sealed record EvaluationSummary(
    [property: Description("Evalueringens id.")] Guid Id,
    [property: Description("Evalueringens dato.")] DateOnly EvaluatedOn,
    [property: Description("Beslutningen: continue, adjust, closeAchieved eller closeNotAchieved.")] Domain.Evaluations.EvaluationDecision Decision,
    [property: Description("Beslutningen på dansk, fx \"Fortsæt\".")] string DecisionLabel,
    [property: Description("Beslutningens FFB-kode; null når FFB ingen kode har for den.")] FfbCode? DecisionFfb);

/// <summary>What staff do to reach a goal.</summary>
[Description("En indsats: hvad personalet gør, hvor ofte og hvem.")]
public sealed record InterventionResource(
    [property: Description("Indsatsens id.")] Guid Id,
    [property: Description("Hvad; null uden ret til fritekst.")] string? What,
    [property: Description("Hvor ofte; null uden ret til fritekst.")] string? HowOften,
    [property: Description("Hvem; null uden ret til fritekst.")] string? Who);

/// <summary>An external collaborator on a goal.</summary>
[Description("En ekstern samarbejdspartner på et mål.")]
public sealed record CollaboratorResource(
    [property: Description("Samarbejdspartnerens id.")] Guid Id,
    [property: Description("Slags: doctor, specialist, physiotherapist, school, jobCentre, relative, guardian eller other.")] CollaboratorKind Kind,
    [property: Description("Slags på dansk, fx \"Læge\".")] string KindLabel,
    [property: Description("Navn; null uden ret til fritekst.")] string? Name,
    [property: Description("Hvordan de deltager; null uden ret til fritekst.")] string? HowTheyTakePart);
