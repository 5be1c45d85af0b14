namespace Retning.Web.Infrastructure.Routing;

/// <summary>
/// The addresses of one citizen's pages, all under <c>/borgere/{id}</c>. Its string form is the
/// overview, so <c>@Routes.Citizen(c.Id)</c> in a view links to the citizen.
/// </summary>
public readonly record struct CitizenRoutes(Guid Id)
{
    private string Root => $"/borgere/{Id}";

    public override string ToString() => Root;

    public static implicit operator string(CitizenRoutes href) => href.Root;

    public string Overview => Root;
    public string Edit => $"{Root}/rediger";
    public string Move => $"{Root}/flyt";
    public string ContactTeam => $"{Root}/kontaktteam";
    public string Representatives => $"{Root}/repraesentanter";
    public string AuditLog => $"{Root}/logning";
    public string Access => $"{Root}/indsigt";
    public string AccessPackage => $"{Root}/indsigt/indsigt.zip";
    public string Erasure => $"{Root}/sletning";
    public string DevelopmentSvg => $"{Root}/udvikling.svg";
    public string DevelopmentPng => $"{Root}/udvikling.png";

    public string Purposes => $"{Root}/formaal";

    public string Plan => $"{Root}/plan";
    public string PlanPrint => $"{Root}/plan/udskriv";
    public string PlanCompass => $"{Root}/plan/kompas";
    public string PlanMethods => $"{Root}/plan/metoder";
    public string PlanPerspective => $"{Root}/plan/perspektiv";
    public string PlanAdditions => $"{Root}/plan/tilfoejelser";
    public string PlanTemplate => $"{Root}/plan/skabelon";
    public string PlanRevisionDate => $"{Root}/plan/revisionsdato";
    public string PlanDpu => $"{Root}/plan/dpu";
    public string Periods => $"{Root}/plan/perioder";

    public string PlanRevision(Guid requestId) => $"{Root}/plan/revision/{requestId}";

    public string PlanTheme(string key) => $"{Root}/plan/tema/{Uri.EscapeDataString(key)}";

    public string PlanThemeEvaluation(string key) => $"{Root}/plan/tema/{Uri.EscapeDataString(key)}/evaluering";

    public string Period(int number) => $"{Root}/plan/perioder/{number}";

    public string PeriodPrint(int number) => $"{Root}/plan/perioder/{number}/udskriv";

    public string Goals => $"{Root}/maal";

    public string NewGoal(Guid? parentGoalId = null) => parentGoalId is { } p ? $"{Root}/maal/ny?overordnet={p}" : $"{Root}/maal/ny";

    public string Goal(Guid goalId) => $"{Root}/maal/{goalId}";

    public string GoalEdit(Guid goalId) => $"{Root}/maal/{goalId}/rediger";

    public string SubGoal(Guid subGoalId) => $"{Root}/delmaal/{subGoalId}";

    public string SubGoalChartSvg(Guid subGoalId) => $"{Root}/delmaal/{subGoalId}/graf.svg";

    public string SubGoalChartPng(Guid subGoalId) => $"{Root}/delmaal/{subGoalId}/graf.png";

    public string Diary => $"{Root}/dagbog";
    public string NewDiaryNote => $"{Root}/dagbog/ny";

    public string DiaryNote(Guid entryId) => $"{Root}/dagbog/{entryId}";

    public string DiaryNoteEdit(Guid entryId) => $"{Root}/dagbog/{entryId}/ret";

    public string Evaluations => $"{Root}/evalueringer";

    public string NewEvaluation(Guid goalId) => $"{Root}/evalueringer/ny/{goalId}";

    public string Evaluation(Guid evaluationId) => $"{Root}/evalueringer/{evaluationId}";

    public string Consents => $"{Root}/samtykker";
    public string NewConsent => $"{Root}/samtykker/ny";

    public string Consent(Guid consentId) => $"{Root}/samtykker#samtykke-{consentId}";

    public string ConsentEdit(Guid consentId) => $"{Root}/samtykker/{consentId}/rediger";

    public string ConsentDocument(Guid consentId) => $"{Root}/samtykker/{consentId}/dokument";

    public string Statuses => $"{Root}/status";
    public string NewStatus => $"{Root}/status/ny";

    public string Status(Guid statusId) => $"{Root}/status/{statusId}";

    public string StatusEdit(Guid statusId) => $"{Root}/status/{statusId}/rediger";

    public string StatusSend(Guid statusId) => $"{Root}/status/{statusId}/send";

    public string StatusPrint(Guid statusId) => $"{Root}/status/{statusId}/udskriv";

    public string StatusDocx(Guid statusId) => $"{Root}/status/{statusId}/status.docx";

    public string StatusPdf(Guid statusId) => $"{Root}/status/{statusId}/status.pdf";

    public string Meetings => $"{Root}/statusmoeder";
    public string NewMeeting => $"{Root}/statusmoeder/ny";

    public string Meeting(Guid meetingId) => $"{Root}/statusmoeder/{meetingId}";

    public string Minutes(Guid meetingId) => $"{Root}/statusmoeder/{meetingId}/referat";

    public string MinutesPrint(Guid meetingId) => $"{Root}/statusmoeder/{meetingId}/referat/udskriv";

    public string Disclosures => $"{Root}/videregivelser";
    public string NewPlanDisclosure => $"{Root}/videregivelser/plan";

    public string PlanDisclosureDocx(Guid disclosureId) => $"{Root}/videregivelser/{disclosureId}/plan.docx";

    /// <summary>The status showing approved revision <paramref name="revision"/> (<c>?udgave=n</c>).</summary>
    public string Status(Guid statusId, int revision) => $"{Root}/status/{statusId}?udgave={revision}";

    public string StatusPrint(Guid statusId, int revision) => $"{Root}/status/{statusId}/udskriv?udgave={revision}";

    public string StatusDocx(Guid statusId, int revision) => $"{Root}/status/{statusId}/status.docx?udgave={revision}";

    public string StatusPdf(Guid statusId, int revision) => $"{Root}/status/{statusId}/status.pdf?udgave={revision}";

    /// <summary>The disclosure log with the just recorded disclosure marked, its DOCX offered at the top (<c>?ny=id</c>).</summary>
    public string DisclosureRecorded(Guid disclosureId) => $"{Root}/videregivelser?ny={disclosureId}#videregivelse-{disclosureId}";

    public string Disclosure(Guid disclosureId) => $"{Root}/videregivelser#videregivelse-{disclosureId}";

    public string StatusComments(Guid statusId) => $"{Root}/status/{statusId}#kommentarer";

    /// <summary>The diary form of one kind ("delmaal", "beboer"); after saving it goes back to <paramref name="back"/> when given.</summary>
    public string NewDiaryNoteOfKind(string kind, string? back = null) =>
        $"{Root}/dagbog/ny?slags={kind}" + (back is null ? string.Empty : "&tilbage=" + Uri.EscapeDataString(back));
    /// <summary>A section of the plan page, by its id (where a section's form returns after saving).</summary>
    public string PlanSection(string anchor) => $"{Root}/plan#{anchor}";
}
