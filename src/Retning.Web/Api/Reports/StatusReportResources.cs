using System.ComponentModel;
using Retning.Domain.Status;

namespace Retning.Web.Api.Reports;

/// <summary>The approved revisions of a citizen's status reports; drafts never leave through the API.</summary>
[Description("Borgerens godkendte statusrapporter (hver godkendt version for sig). Kladder er aldrig med.")]
public sealed record StatusReportList(
    [property: Description("De godkendte versioner, nyeste statusdato først, og inden for samme status nyeste version først.")] IReadOnlyList<StatusReportListItem> Items);

/// <summary>One approved revision: what it covers and who approved it (the content is read one by one).</summary>
[Description("Én godkendt version af en statusrapport til kommunen.")]
public sealed record StatusReportListItem(
    [property: Description("Versionens faste id (UUID); bruges som reportId i adresserne for indhold, Word og PDF.")] Guid Id,
    [property: Description("Id på statusrapporten (samme for alle dens versioner).")] Guid StatusReportId,
    [property: Description("Versionsnummer: 1 ved første godkendelse, +1 for hver ændring efter godkendelse.")] int RevisionNumber,
    [property: Description("Periodens første dag (ISO 8601-dato).")] DateOnly PeriodFrom,
    [property: Description("Periodens sidste dag (ISO 8601-dato).")] DateOnly PeriodTo,
    [property: Description("Statusdatoen (normalt statusmødets dato).")] DateOnly StatusDate,
    [property: Description("Skabelonen: ics (børn og unge under 18) eller vum (18 år og derover).")] StatusLayout Layout,
    [property: Description("Hvornår versionen blev godkendt (UTC).")] DateTime ApprovedAt,
    [property: Description("Id på afdelingslederen, der godkendte.")] Guid ApprovedById,
    [property: Description("Navnet på afdelingslederen, der godkendte.")] string ApprovedByName,
    [property: Description("Sand, når en nyere version af samme statusrapport er godkendt.")] bool Superseded);

/// <summary>An approved revision's content as it was frozen at approval (the same the DOCX and PDF are made from).</summary>
[Description("Den godkendte versions indhold, præcis som det blev godkendt; Word- og PDF-filen laves af det samme. ETag er versionsnummeret.")]
public sealed record StatusReportContent(
    [property: Description("Versionens faste id (UUID).")] Guid Id,
    [property: Description("Id på statusrapporten.")] Guid StatusReportId,
    [property: Description("Versionsnummer.")] int RevisionNumber,
    [property: Description("Hvornår versionen blev godkendt (UTC).")] DateTime ApprovedAt,
    [property: Description("Navnet på afdelingslederen, der godkendte.")] string ApprovedByName,
    [property: Description("Borgerens navn.")] string CitizenName,
    [property: Description("CPR-nummer med kun fødselsdatoen, fx \"010203-xxxx\".")] string MaskedCpr,
    [property: Description("Tilbud og afdeling, fx \"Solsikken – Mågen\".")] string Department,
    [property: Description("Handlekommune.")] string? Municipality,
    [property: Description("Kommunens sagsbehandler.")] string? Caseworker,
    [property: Description("Skabelonen: ics (børn og unge under 18) eller vum (18 år og derover).")] StatusLayout Layout,
    [property: Description("Periodens første dag.")] DateOnly PeriodFrom,
    [property: Description("Periodens sidste dag.")] DateOnly PeriodTo,
    [property: Description("Statusdatoen.")] DateOnly StatusDate,
    [property: Description("Kommunens formål med indsatsen, hvert i den nyeste formulering modtaget senest periodens sidste dag.")] IReadOnlyList<StatusPurposeItem> Purposes,
    [property: Description("Afsenderen: tilbud, afdeling og kontaktteam; null i statusser godkendt, før afsenderen blev gemt.")] StatusSenderItem? Sender,
    [property: Description("De medtagne afsnit (kun de relevante dele sendes: dataminimering).")] IReadOnlyList<StatusSectionItem> Sections,
    [property: Description("De medtagne mål og delmål.")] IReadOnlyList<StatusGoalItem> Goals,
    [property: Description("Sand, når alle scoringer står i et bilag (ellers opsummeres de pr. måned).")] bool ScoresAppendix);

[Description("Et formål som kommunen formulerede det.")]
public sealed record StatusPurposeItem(
    [property: Description("Formålets korte titel (tom i statusser godkendt, før titler blev gemt).")] string Title,
    [property: Description("Formålets tekst.")] string Text);

[Description("Afsenderblokken på første side.")]
public sealed record StatusSenderItem(
    [property: Description("Tilbuddets navn.")] string Offer,
    [property: Description("Afdelingens navn.")] string Department,
    [property: Description("Tilbuddets adresse.")] string? Address,
    [property: Description("Tilbuddets telefon.")] string? Phone,
    [property: Description("Kontaktteamet, som sagsbehandleren kan ringe eller skrive til.")] IReadOnlyList<StatusContactItem> ContactTeam);

[Description("Et medlem af kontaktteamet.")]
public sealed record StatusContactItem(
    [property: Description("Navn.")] string Name,
    [property: Description("Arbejdstelefon.")] string? Phone,
    [property: Description("Arbejds-e-mail.")] string? Email);

[Description("Et medtaget afsnit med skabelonens overskrifter og teksterne.")]
public sealed record StatusSectionItem(
    [property: Description("Afsnittets nøgle.")] StatusSectionKey Key,
    [property: Description("Afsnittets overskrift i skabelonens ord.")] string Heading,
    [property: Description("Overskriften på \"siden sidste status\".")] string SinceTitle,
    [property: Description("Teksten om tiden siden sidste status.")] string? Since,
    [property: Description("Overskriften på \"fremadrettet\"; null for et afsnit med én kolonne.")] string? AheadTitle,
    [property: Description("Den fremadrettede tekst.")] string? Ahead);

[Description("Et medtaget mål eller delmål, som det stod ved godkendelsen.")]
public sealed record StatusGoalItem(
    [property: Description("Målets faste id (UUID).")] Guid Id,
    [property: Description("Id på det overordnede mål for et delmål; ellers null.")] Guid? ParentId,
    [property: Description("Sand for et delmål.")] bool IsSubGoal,
    [property: Description("Temaets navn.")] string Theme,
    [property: Description("Målets tekst.")] string Text,
    [property: Description("Begrundelsen.")] string? Rationale,
    [property: Description("Målets status på dansk, fx \"Aktivt\".")] string State,
    [property: Description("Indsatserne.")] IReadOnlyList<string> Interventions,
    [property: Description("Evalueringerne i perioden.")] IReadOnlyList<StatusEvaluationItem> Evaluations,
    [property: Description("Indikatorresultaterne for et scoret delmål; ellers null.")] StatusIndicatorItem? Indicator);

[Description("En evaluering i perioden.")]
public sealed record StatusEvaluationItem(
    [property: Description("Evalueringsdatoen.")] DateOnly On,
    [property: Description("Beslutningen på dansk.")] string Decision,
    [property: Description("Den kvalitative konklusion.")] string Conclusion,
    [property: Description("Kommentaren til de kvantitative resultater.")] string? QuantitativeComment);

[Description("Et scoret delmåls resultater i perioden.")]
public sealed record StatusIndicatorItem(
    [property: Description("Skalaens navn.")] string ScaleName,
    [property: Description("Skalaens niveauer, laveste først.")] IReadOnlyList<StatusScaleLevelItem> Levels,
    [property: Description("Scoringerne i perioden.")] IReadOnlyList<StatusScoreItem> Scores,
    [property: Description("Udviklingen i ord.")] string? Trend,
    [property: Description("Svarprocenten med vurdering.")] string? ResponseRate);

[Description("Et niveau på skalaen.")]
public sealed record StatusScaleLevelItem(
    [property: Description("Niveauets værdi.")] int Value,
    [property: Description("Niveauets tekst.")] string Label);

[Description("En scoring.")]
public sealed record StatusScoreItem(
    [property: Description("Dagen for observationen.")] DateOnly On,
    [property: Description("Værdien.")] int Value,
    [property: Description("Niveauets tekst.")] string Label);
