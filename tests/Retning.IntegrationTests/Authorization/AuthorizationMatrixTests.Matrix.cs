
namespace Retning.IntegrationTests.Authorization;

/// <summary>The GET matrix: the expected status of every page route per role (the tests are in AuthorizationMatrixTests.cs).</summary>
public sealed partial class AuthorizationMatrixTests
{
    /// <summary>
    /// The matrix. {id} of a /borgere route is an enrolled Mågen citizen whose contact team does
    /// not include Mette; /admin/tilbud/{id} is Solsikken, /admin/afdelinger/{id} Mågen and
    /// /admin/brugere/{id} Mette (see <see cref="UrlFor"/>).
    /// </summary>
    public static readonly Dictionary<string, Expect> Matrix = new(StringComparer.Ordinal)
    {
        //                                                anon   mette      jonas      anne       lars       kvalitet   admin      sektor
        ["/"] = new(Login, Ok, Ok, Ok, Ok, Ok, Ok, Ok),
        ["/log-ind"] = new(Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok),
        // Without the cookie of a half-done login there is no code to ask for: back to /log-ind.
        ["/log-ind/to-faktor"] = new(Login, Login, Login, Login, Login, Login, Login, Login),
        ["/log-ud"] = new(Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok),
        ["/konto"] = new(Login, Ok, Ok, Ok, Ok, Ok, Ok, Ok),
        ["/konto/adgangskode"] = new(Login, Ok, Ok, Ok, Ok, Ok, Ok, Ok),
        ["/konto/to-faktor"] = new(Login, Ok, Ok, Ok, Ok, Ok, Ok, Ok),

        // Citizens: staff of the department; the administrator and the sector management see no citizen content (403 everywhere).
        ["/borgere"] = new(Login, Ok, Ok, Ok, Ok, Ok, Forbidden, Forbidden),

        // Task lists: mine for all staff; the department's for its leaders.
        ["/opgaver"] = new(Login, Ok, Ok, Ok, Ok, Ok, Forbidden, Forbidden),
        ["/opgaver/afdeling"] = new(Login, Forbidden, Forbidden, Ok, Ok, Forbidden, Forbidden, Forbidden),
        ["/opgaver/tilbud"] = new(Login, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden),
        // One task of a citizen (its handling): the citizen's department reads it; assigning and snoozing (POST) are checked in TaskHandlingTests.
        ["/opgaver/{id:guid}/{kind}/{subject:guid?}"] = new(Login, Ok, NotFound, Ok, Ok, Ok, Forbidden, Forbidden),
        ["/teammoede"] = new(Login, Ok, Ok, Ok, Ok, Ok, Forbidden, Forbidden),
        ["/borgere/ny"] = new(Login, Forbidden, Forbidden, Ok, Ok, Forbidden, Forbidden, Forbidden),
        // Another department's citizen does not exist for the caller (404, no leak); a lacking right in the department is 403.
        ["/borgere/{id:guid}"] = new(Login, Ok, NotFound, Ok, Ok, Ok, Forbidden, Forbidden),
        ["/borgere/{id:guid}/rediger"] = new(Login, Forbidden, NotFound, Ok, Ok, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/repraesentanter"] = new(Login, Forbidden, NotFound, Ok, Ok, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/kontaktteam"] = new(Login, Forbidden, NotFound, Ok, Ok, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/flyt"] = new(Login, Forbidden, NotFound, Ok, Ok, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/logning"] = new(Login, Forbidden, NotFound, Ok, Ok, Ok, Forbidden, Forbidden),
        // The citizen's access package (GDPR art. 15): the department's leaders and the offer head.
        ["/borgere/{id:guid}/indsigt"] = new(Login, Forbidden, NotFound, Ok, Ok, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/indsigt/indsigt.zip"] = new(Login, Forbidden, NotFound, Ok, Ok, Forbidden, Forbidden, Forbidden),
        // Retention: when the data is erased and the legal hold (leaders); the dry-run overview of the departments one leads.
        ["/borgere/{id:guid}/sletning"] = new(Login, Forbidden, NotFound, Ok, Ok, Forbidden, Forbidden, Forbidden),
        ["/sletning"] = new(Login, Forbidden, Forbidden, Ok, Ok, Forbidden, Forbidden, Forbidden),

        // The plan: everyone in scope reads it; the contact team and the leaders write it.
        ["/borgere/{id:guid}/formaal"] = new(Login, Ok, NotFound, Ok, Ok, Ok, Forbidden, Forbidden),
        ["/borgere/{id:guid}/plan"] = new(Login, Ok, NotFound, Ok, Ok, Ok, Forbidden, Forbidden),
        ["/borgere/{id:guid}/plan/udskriv"] = new(Login, Ok, NotFound, Ok, Ok, Ok, Forbidden, Forbidden),
        ["/borgere/{id:guid}/plan/tema/{key}"] = new(Login, Forbidden, NotFound, Ok, Ok, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/plan/perspektiv"] = new(Login, Forbidden, NotFound, Ok, Ok, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/plan/tilfoejelser"] = new(Login, Forbidden, NotFound, Ok, Ok, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/plan/metoder"] = new(Login, Forbidden, NotFound, Ok, Ok, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/plan/kompas"] = new(Login, Forbidden, NotFound, Ok, Ok, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/plan/dpu"] = new(Login, Forbidden, NotFound, Ok, Ok, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/plan/revisionsdato"] = new(Login, Forbidden, NotFound, Ok, Ok, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/plan/skabelon"] = new(Login, Forbidden, NotFound, Ok, Ok, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/plan/perioder"] = new(Login, Ok, NotFound, Ok, Ok, Ok, Forbidden, Forbidden),
        ["/borgere/{id:guid}/plan/perioder/{number:int}"] = new(Login, Ok, NotFound, Ok, Ok, Ok, Forbidden, Forbidden),
        // Theme evaluations and requests to revise the plan: everyone in scope reads them; the contact team and leaders write (POSTs: PlanRevisionTests).
        ["/borgere/{id:guid}/plan/tema/{key}/evaluering"] = new(Login, Ok, NotFound, Ok, Ok, Ok, Forbidden, Forbidden),
        ["/borgere/{id:guid}/plan/revision/{requestId:guid}"] = new(Login, Ok, NotFound, Ok, Ok, Ok, Forbidden, Forbidden),

        // The diary: everyone in scope reads; care workers and leaders write; the author (not a matrix user) or a leader corrects.
        ["/borgere/{id:guid}/dagbog"] = new(Login, Ok, NotFound, Ok, Ok, Ok, Forbidden, Forbidden),
        ["/borgere/{id:guid}/dagbog/ny"] = new(Login, Ok, NotFound, Ok, Ok, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/dagbog/{entryId:guid}"] = new(Login, Ok, NotFound, Ok, Ok, Ok, Forbidden, Forbidden),
        ["/borgere/{id:guid}/dagbog/{entryId:guid}/ret"] = new(Login, Forbidden, NotFound, Ok, Ok, Forbidden, Forbidden, Forbidden),

        // Evaluations: everyone in scope reads; the contact team and leaders evaluate (mette is not in the citizen's contact team).
        ["/borgere/{id:guid}/evalueringer"] = new(Login, Ok, NotFound, Ok, Ok, Ok, Forbidden, Forbidden),
        ["/borgere/{id:guid}/evalueringer/ny/{goalId:guid}"] = new(Login, Forbidden, NotFound, Ok, Ok, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/evalueringer/{evaluationId:guid}"] = new(Login, Ok, NotFound, Ok, Ok, Ok, Forbidden, Forbidden),
        ["/borgere/{id:guid}/samtykker"] = new(Login, Ok, NotFound, Ok, Ok, Ok, Forbidden, Forbidden),
        ["/borgere/{id:guid}/samtykker/ny"] = new(Login, Forbidden, NotFound, Ok, Ok, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/samtykker/{consentId:guid}/rediger"] = new(Login, Forbidden, NotFound, Ok, Ok, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/samtykker/{consentId:guid}/dokument"] = new(Login, Ok, NotFound, Ok, Ok, Ok, Forbidden, Forbidden),
        ["/borgere/{id:guid}/videregivelser"] = new(Login, Ok, NotFound, Ok, Ok, Ok, Forbidden, Forbidden),
        ["/borgere/{id:guid}/videregivelser/plan"] = new(Login, Forbidden, NotFound, Ok, Ok, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/videregivelser/{disclosureId:guid}/plan.docx"] = new(Login, Forbidden, NotFound, Ok, Ok, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/statusmoeder"] = new(Login, Ok, NotFound, Ok, Ok, Ok, Forbidden, Forbidden),
        ["/borgere/{id:guid}/statusmoeder/ny"] = new(Login, Forbidden, NotFound, Ok, Ok, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/statusmoeder/{meetingId:guid}"] = new(Login, Ok, NotFound, Ok, Ok, Ok, Forbidden, Forbidden),
        ["/borgere/{id:guid}/statusmoeder/{meetingId:guid}/referat"] = new(Login, Ok, NotFound, Ok, Ok, Ok, Forbidden, Forbidden),
        ["/borgere/{id:guid}/statusmoeder/{meetingId:guid}/referat/udskriv"] = new(Login, Ok, NotFound, Ok, Ok, Ok, Forbidden, Forbidden),
        ["/borgere/{id:guid}/status"] = new(Login, Ok, NotFound, Ok, Ok, Ok, Forbidden, Forbidden),
        ["/borgere/{id:guid}/status/ny"] = new(Login, Forbidden, NotFound, Ok, Ok, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/status/{statusId:guid}"] = new(Login, Ok, NotFound, Ok, Ok, Ok, Forbidden, Forbidden),
        ["/borgere/{id:guid}/status/{statusId:guid}/rediger"] = new(Login, Forbidden, NotFound, Ok, Ok, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/status/{statusId:guid}/send"] = new(Login, Forbidden, NotFound, Ok, Ok, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/status/{statusId:guid}/udskriv"] = new(Login, Ok, NotFound, Ok, Ok, Ok, Forbidden, Forbidden),
        ["/borgere/{id:guid}/status/{statusId:guid}/status.docx"] = new(Login, Ok, NotFound, Ok, Ok, Ok, Forbidden, Forbidden),
        ["/borgere/{id:guid}/status/{statusId:guid}/status.pdf"] = new(Login, Ok, NotFound, Ok, Ok, Ok, Forbidden, Forbidden),

        // Chart files: like the pages that show them.
        ["/borgere/{id:guid}/delmaal/{subGoalId:guid}/graf.{handler:regex(^(svg|png)$)}"] = new(Login, Ok, NotFound, Ok, Ok, Ok, Forbidden, Forbidden),
        ["/borgere/{id:guid}/udvikling.{handler}"] = new(Login, Ok, NotFound, Ok, Ok, Ok, Forbidden, Forbidden),

        // Management information: leaders and the quality officer; care workers, the administrator and the sector management
        // (the response-rate page lists citizens and staff by name) 403.
        ["/ledelsesinformation/svarprocent"] = new(Login, Forbidden, Forbidden, Ok, Ok, Ok, Forbidden, Forbidden),
        ["/borgere/{id:guid}/plan/perioder/{number:int}/udskriv"] = new(Login, Ok, NotFound, Ok, Ok, Ok, Forbidden, Forbidden),
        ["/borgere/{id:guid}/maal"] = new(Login, Ok, NotFound, Ok, Ok, Ok, Forbidden, Forbidden),
        ["/borgere/{id:guid}/maal/ny"] = new(Login, Forbidden, NotFound, Ok, Ok, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/maal/{goalId:guid}"] = new(Login, Ok, NotFound, Ok, Ok, Ok, Forbidden, Forbidden),
        ["/borgere/{id:guid}/maal/{goalId:guid}/rediger"] = new(Login, Forbidden, NotFound, Ok, Ok, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/delmaal/{subGoalId:guid}"] = new(Login, Ok, NotFound, Ok, Ok, Ok, Forbidden, Forbidden),
        // Management figures, their files and print: leaders, the quality officer and the sector management; care workers and the administrator 403.
        ["/ledelsesinformation"] = new(Login, Forbidden, Forbidden, Ok, Ok, Ok, Forbidden, Ok),
        ["/ledelsesinformation/tal/{figur}"] = new(Login, Forbidden, Forbidden, Ok, Ok, Ok, Forbidden, Ok),
        ["/ledelsesinformation/eksport.{handler:regex(^(xlsx|csv)$)}"] = new(Login, Forbidden, Forbidden, Ok, Ok, Ok, Forbidden, Ok),
        ["/ledelsesinformation/tal/{figur}/eksport.{handler:regex(^(xlsx|csv)$)}"] = new(Login, Forbidden, Forbidden, Ok, Ok, Ok, Forbidden, Ok),
        ["/ledelsesinformation/udskriv"] = new(Login, Forbidden, Forbidden, Ok, Ok, Ok, Forbidden, Ok),
        ["/ledelsesinformation/rapport.pdf"] = new(Login, Forbidden, Forbidden, Ok, Ok, Ok, Forbidden, Ok),

        // Quality monitoring, a sampled plan (a Mågen citizen outside Mette's contact team; the round's reviewer is kvalitet):
        // the review for its reviewer and, read-only, for the leaders who read the round; the interview for the reviewer and
        // those who edit the citizen. Another department's citizen does not exist for the caller (404, audited).
        ["/kvalitet/{roundId:guid}/gennemgang/{sampleId:guid}"] = new(Login, Forbidden, NotFound, Ok, Ok, Ok, Forbidden, Forbidden),
        ["/kvalitet/{roundId:guid}/samtale/{sampleId:guid}"] = new(Login, Forbidden, NotFound, Ok, Ok, Ok, Forbidden, Forbidden),
        // A round's improvement plan and report (Solsikken: Mågen + Ternen): read by whoever reads figures on one of its departments,
        // written by whoever runs it (the offer head answers for both; anne and kvalitet only for Mågen, sektor reads only).
        ["/kvalitet/{roundId:guid}/forbedringsplan"] = new(Login, Forbidden, Forbidden, Ok, Ok, Ok, Forbidden, Ok),
        ["/kvalitet/{roundId:guid}/forbedringsplan/ny"] = new(Login, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Forbidden, Forbidden),
        ["/kvalitet/{roundId:guid}/forbedringsplan/{actionId:guid}"] = new(Login, Forbidden, Forbidden, Ok, Ok, Ok, Forbidden, Ok),
        ["/kvalitet/{roundId:guid}/rapport"] = new(Login, Forbidden, Forbidden, Ok, Ok, Ok, Forbidden, Ok),
        // The guideline register (standard 1.3 step 1): every member of staff reads the guidelines of their offers and acknowledges them;
        // the quality officer, offer heads and department heads write; a regional guideline (ny-version here) the quality officer and
        // offer heads; a local draft (version here: Solsikken's) the leaders and quality officer of its offer. No citizen data.
        ["/retningslinjer"] = new(Login, Ok, Ok, Ok, Ok, Ok, Forbidden, Forbidden),
        ["/retningslinjer/ny"] = new(Login, Forbidden, Forbidden, Ok, Ok, Ok, Forbidden, Forbidden),
        ["/retningslinjer/{id:guid}"] = new(Login, Ok, Ok, Ok, Ok, Ok, Forbidden, Forbidden),
        ["/retningslinjer/{id:guid}/ny-version"] = new(Login, Forbidden, Forbidden, Forbidden, Ok, Ok, Forbidden, Forbidden),
        ["/retningslinjer/{id:guid}/version/{versionId:guid}"] = new(Login, Forbidden, Forbidden, Ok, Ok, Ok, Forbidden, Forbidden),
        // Quality monitoring rounds (standard 1.3 step 3): the quality officer and the leaders plan and run them in their departments;
        // the sector management reads the overview, a round and its results (counts, no citizen); the round is Mågen's (RoundTestData).
        ["/kvalitet"] = new(Login, Forbidden, Forbidden, Ok, Ok, Ok, Forbidden, Ok),
        ["/kvalitet/ny"] = new(Login, Forbidden, Forbidden, Ok, Ok, Ok, Forbidden, Forbidden),
        ["/kvalitet/{roundId:guid}"] = new(Login, Forbidden, Forbidden, Ok, Ok, Ok, Forbidden, Ok),
        ["/kvalitet/{roundId:guid}/stikproeve"] = new(Login, Forbidden, Forbidden, Ok, Ok, Ok, Forbidden, Forbidden),
        ["/kvalitet/{roundId:guid}/resultater"] = new(Login, Forbidden, Forbidden, Ok, Ok, Ok, Forbidden, Ok),
        ["/kvalitet/{roundId:guid}/afslut"] = new(Login, Forbidden, Forbidden, Ok, Ok, Ok, Forbidden, Forbidden),

        // The audit log per user: leaders and quality officers.
        ["/logning"] = new(Login, Forbidden, Forbidden, Ok, Ok, Ok, Forbidden, Forbidden),

        // Organisation and users: the administrator only.
        ["/admin"] = new(Login, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden),
        ["/admin/tilbud"] = new(Login, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden),
        ["/admin/tilbud/ny"] = new(Login, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden),
        ["/admin/tilbud/{id:guid}"] = new(Login, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden),
        // API clients (docs/adr/0017): the administrator only.
        ["/admin/api-klienter"] = new(Login, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden),
        ["/admin/api-klienter/ny"] = new(Login, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden),
        ["/admin/api-klienter/{id:guid}"] = new(Login, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden),
        ["/admin/afdelinger/{id:guid}"] = new(Login, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden),
        ["/admin/brugere"] = new(Login, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden),
        ["/admin/brugere/ny"] = new(Login, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden),
        ["/admin/brugere/{id:guid}"] = new(Login, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden),
        ["/admin/brugere/{id:guid}/adgangskode"] = new(Login, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden),
        ["/admin/anmodninger"] = new(Login, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden),
        // Purpose categories: the region's list, the administrator only.
        ["/admin/formaalskategorier"] = new(Login, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden),
        ["/admin/ffb"] = new(Login, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Ok, Forbidden),

        // Plan templates: the administrator, and an offer head for the offer's own templates (Solsikken's here).
        ["/admin/skabeloner"] = new(Login, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Ok, Forbidden),
        ["/admin/skabeloner/{id:guid}"] = new(Login, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Ok, Forbidden),

        // Diary lists, response-rate threshold and indicator scales: as the templates (the offer head for the own offer; Solsikken's here).
        ["/admin/dagbog"] = new(Login, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Ok, Forbidden),
        ["/admin/skalaer"] = new(Login, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Ok, Forbidden),
        ["/admin/skalaer/ny"] = new(Login, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Ok, Forbidden),
        ["/admin/skalaer/{scaleId:guid}"] = new(Login, Forbidden, Forbidden, Forbidden, Ok, Forbidden, Ok, Forbidden),
    };
}
