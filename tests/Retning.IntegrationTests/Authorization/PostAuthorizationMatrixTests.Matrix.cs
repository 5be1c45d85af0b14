using static Retning.IntegrationTests.Authorization.AuthorizationMatrixTests;

namespace Retning.IntegrationTests.Authorization;

/// <summary>The POST matrix: the expected outcome of every page handler per role (the tests are in PostAuthorizationMatrixTests.cs).</summary>
public sealed partial class PostAuthorizationMatrixTests
{
    /// <summary>
    /// The matrix: "route" for OnPost[Async], "route?handler=Name" for OnPost{Name}[Async];
    /// expected outcome per role in the order anon, mette, jonas, anne, lars, kvalitet, admin, sektor.
    /// Login = redirect to /log-ind, Forbidden = 403, NotFound = 404, Allowed = the GET matrix's Ok.
    /// The route parameters are filled as in the GET matrix (<see cref="AuthorizationMatrixTests.UrlFor"/>).
    /// </summary>
    public static readonly Dictionary<string, Expect> Matrix = new(StringComparer.Ordinal)
    {
        //                                                anon   mette      jonas      anne       lars       kvalitet   admin      sektor
        // Organisation and users: the administrator only (the policy refuses everyone else before any lookup).
        ["/admin/afdelinger/{id:guid}"] = new(Login, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Allowed, Forbidden),
        ["/admin/anmodninger?handler=Afvis"] = new(Login, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Allowed, Forbidden),
        ["/admin/anmodninger?handler=Godkend"] = new(Login, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Allowed, Forbidden),
        ["/admin/brugere/ny"] = new(Login, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Allowed, Forbidden),
        ["/admin/brugere/{id:guid}"] = new(Login, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Allowed, Forbidden),
        ["/admin/brugere/{id:guid}/adgangskode"] = new(Login, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Allowed, Forbidden),
        ["/admin/brugere/{id:guid}?handler=FjernRolle"] = new(Login, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Allowed, Forbidden),
        ["/admin/brugere/{id:guid}?handler=LaasOp"] = new(Login, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Allowed, Forbidden),
        ["/admin/brugere/{id:guid}?handler=NulstilToFaktor"] = new(Login, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Allowed, Forbidden),
        ["/admin/brugere/{id:guid}?handler=TilfoejRolle"] = new(Login, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Allowed, Forbidden),
        ["/admin/tilbud/ny"] = new(Login, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Allowed, Forbidden),
        ["/admin/tilbud/{id:guid}"] = new(Login, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Allowed, Forbidden),
        ["/admin/tilbud/{id:guid}?handler=Afdeling"] = new(Login, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Allowed, Forbidden),
        ["/admin/ffb?handler=Gem"] = new(Login, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Allowed, Forbidden),
        ["/admin/api-klienter/ny"] = new(Login, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Allowed, Forbidden),
        ["/admin/api-klienter/{id:guid}"] = new(Login, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Allowed, Forbidden),
        ["/admin/api-klienter/{id:guid}?handler=NyHemmelighed"] = new(Login, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Allowed, Forbidden),
        ["/admin/api-klienter/{id:guid}?handler=Tilbagekald"] = new(Login, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Allowed, Forbidden),
        ["/admin/formaalskategorier?handler=Aktiv"] = new(Login, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Allowed, Forbidden),
        ["/admin/formaalskategorier?handler=Flyt"] = new(Login, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Allowed, Forbidden),
        ["/admin/formaalskategorier?handler=Omdoeb"] = new(Login, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Allowed, Forbidden),
        ["/admin/formaalskategorier?handler=Tilfoej"] = new(Login, Forbidden, Forbidden, Forbidden, Forbidden, Forbidden, Allowed, Forbidden),

        // The improvement plan: written by whoever runs the round (the offer head for Solsikken); readers who do not run it get 403 (audited).
        ["/kvalitet/{roundId:guid}/forbedringsplan/ny"] = new(Login, Forbidden, Forbidden, Forbidden, Allowed, Forbidden, Forbidden, Forbidden),
        ["/kvalitet/{roundId:guid}/forbedringsplan/ny?handler=Read"] = new(Login, Forbidden, Forbidden, Forbidden, Allowed, Forbidden, Forbidden, Forbidden),
        ["/kvalitet/{roundId:guid}/forbedringsplan/{actionId:guid}"] = new(Login, Forbidden, Forbidden, Forbidden, Allowed, Forbidden, Forbidden, Forbidden),
        ["/kvalitet/{roundId:guid}/forbedringsplan/{actionId:guid}?handler=Read"] = new(Login, Forbidden, Forbidden, Forbidden, Allowed, Forbidden, Forbidden, Forbidden),
        ["/kvalitet/{roundId:guid}/forbedringsplan/{actionId:guid}?handler=Status"] = new(Login, Forbidden, Forbidden, Forbidden, Allowed, Forbidden, Forbidden, Forbidden),

        // Diary lists, indicator scales and plan templates: the administrator and the offer head of the own offer (Solsikken).
        ["/admin/dagbog?handler=Aktiv"] = new(Login, Forbidden, Forbidden, Forbidden, Allowed, Forbidden, Allowed, Forbidden),
        ["/admin/dagbog?handler=Flyt"] = new(Login, Forbidden, Forbidden, Forbidden, Allowed, Forbidden, Allowed, Forbidden),
        ["/admin/dagbog?handler=Omdoeb"] = new(Login, Forbidden, Forbidden, Forbidden, Allowed, Forbidden, Allowed, Forbidden),
        ["/admin/dagbog?handler=Svarprocent"] = new(Login, Forbidden, Forbidden, Forbidden, Allowed, Forbidden, Allowed, Forbidden),
        ["/admin/dagbog?handler=Tilfoej"] = new(Login, Forbidden, Forbidden, Forbidden, Allowed, Forbidden, Allowed, Forbidden),
        ["/admin/skabeloner/{id:guid}"] = new(Login, Forbidden, Forbidden, Forbidden, Allowed, Forbidden, Allowed, Forbidden),
        ["/admin/skalaer/ny"] = new(Login, Forbidden, Forbidden, Forbidden, Allowed, Forbidden, Allowed, Forbidden),
        ["/admin/skalaer/{scaleId:guid}"] = new(Login, Forbidden, Forbidden, Forbidden, Allowed, Forbidden, Allowed, Forbidden),
        ["/admin/skalaer?handler=Standard"] = new(Login, Forbidden, Forbidden, Forbidden, Allowed, Forbidden, Allowed, Forbidden),

        // A citizen's data: leaders and the contact team write (mette is not in the team: 403, audited); another department 404 (audited);
        // the quality officer reads only; the administrator and the sector management see no citizen (403, audited). Allowed handlers that need a subject id answer 404 without one.
        ["/borgere/ny"] = new(Login, Forbidden, Forbidden, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/dagbog/ny"] = new(Login, Allowed, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/dagbog/{entryId:guid}/ret"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/dagbog/{entryId:guid}?handler=WrongCitizen"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/evalueringer/ny/{goalId:guid}"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/flyt"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/sletning"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/sletning?handler=Fjern"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/formaal?handler=Add"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/formaal?handler=Revise"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/kontaktteam"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/maal/ny"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/maal/ny?handler=Smort"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/maal/ny?handler=SmortPanel"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/maal/{goalId:guid}/rediger"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/maal/{goalId:guid}/rediger?handler=AddCollaborator"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/maal/{goalId:guid}/rediger?handler=AddIntervention"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/maal/{goalId:guid}/rediger?handler=RemoveCollaborator"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/maal/{goalId:guid}/rediger?handler=RemoveIntervention"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/maal/{goalId:guid}/rediger?handler=Smort"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/maal/{goalId:guid}/rediger?handler=SmortPanel"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/plan/dpu"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/plan/kompas"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/plan/metoder"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/plan/metoder?handler=AddMethod"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/plan/metoder?handler=RemoveMethod"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/plan/perioder"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/plan/perspektiv"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/plan/revision/{requestId:guid}"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/plan/revisionsdato"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/plan/skabelon"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/plan/tema/{key}"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/plan/tema/{key}/evaluering"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/plan/tilfoejelser"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/plan?handler=Create"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/rediger"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/repraesentanter?handler=Remove"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/repraesentanter?handler=Save"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/samtykker/ny"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/samtykker/{consentId:guid}/rediger"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/samtykker/{consentId:guid}/rediger?handler=Withdraw"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/samtykker?handler=Reviewed"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/status/ny"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/status/{statusId:guid}/rediger"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/status/{statusId:guid}/send"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/status/{statusId:guid}?handler=Comment"] = new(Login, Allowed, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/status/{statusId:guid}?handler=Step"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/statusmoeder/ny"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/statusmoeder/ny?handler=AddRow"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/statusmoeder/{meetingId:guid}"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/statusmoeder/{meetingId:guid}/referat?handler=Approve"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/statusmoeder/{meetingId:guid}/referat?handler=Journalise"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/statusmoeder/{meetingId:guid}/referat?handler=Save"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/statusmoeder/{meetingId:guid}/referat?handler=Send"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/statusmoeder/{meetingId:guid}/referat?handler=SendBack"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/statusmoeder/{meetingId:guid}/referat?handler=Submit"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/statusmoeder/{meetingId:guid}?handler=AddRow"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/statusmoeder/{meetingId:guid}?handler=Cancel"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/borgere/{id:guid}/videregivelser/plan"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),

        // Handling a task of a citizen: as the citizen's data (see TaskHandlingTests for the allowed posts).
        ["/opgaver/{id:guid}/{kind}/{subject:guid?}?handler=Assign"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/opgaver/{id:guid}/{kind}/{subject:guid?}?handler=Snooze"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),
        ["/opgaver/{id:guid}/{kind}/{subject:guid?}?handler=Wake"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Forbidden, Forbidden, Forbidden),

        ["/kvalitet/{roundId:guid}/gennemgang/{sampleId:guid}"] = new(Login, Forbidden, NotFound, Forbidden, Forbidden, Allowed, Forbidden, Forbidden), // the round's reviewer saves; the interview: reviewer and those who edit the citizen
        ["/kvalitet/{roundId:guid}/gennemgang/{sampleId:guid}?handler=Genaabn"] = new(Login, Forbidden, NotFound, Forbidden, Forbidden, Allowed, Forbidden, Forbidden),
        ["/kvalitet/{roundId:guid}/samtale/{sampleId:guid}"] = new(Login, Forbidden, NotFound, Allowed, Allowed, Allowed, Forbidden, Forbidden),
        // The guideline register: every member of staff acknowledges; writers as in the GET matrix (ny-version: the regional guideline;
        // version: Solsikken's local draft). The template names its guideline: as the template's own editing.
        ["/retningslinjer/ny"] = new(Login, Forbidden, Forbidden, Allowed, Allowed, Allowed, Forbidden, Forbidden),
        ["/retningslinjer/{id:guid}?handler=Laest"] = new(Login, Allowed, Allowed, Allowed, Allowed, Allowed, Forbidden, Forbidden),
        ["/retningslinjer/{id:guid}/ny-version"] = new(Login, Forbidden, Forbidden, Forbidden, Allowed, Allowed, Forbidden, Forbidden),
        ["/retningslinjer/{id:guid}/version/{versionId:guid}"] = new(Login, Forbidden, Forbidden, Allowed, Allowed, Allowed, Forbidden, Forbidden),
        ["/retningslinjer/{id:guid}/version/{versionId:guid}?handler=Godkend"] = new(Login, Forbidden, Forbidden, Allowed, Allowed, Allowed, Forbidden, Forbidden),
        ["/admin/skabeloner/{id:guid}?handler=Retningslinje"] = new(Login, Forbidden, Forbidden, Forbidden, Allowed, Forbidden, Allowed, Forbidden),
        // Quality monitoring rounds: planned, drawn and completed by the quality officer and the leaders who answer for the round's
        // departments (the Mågen round of RoundTestData); the sector management reads rounds but runs none.
        ["/kvalitet/ny"] = new(Login, Forbidden, Forbidden, Allowed, Allowed, Allowed, Forbidden, Forbidden),
        ["/kvalitet/{roundId:guid}/stikproeve"] = new(Login, Forbidden, Forbidden, Allowed, Allowed, Allowed, Forbidden, Forbidden),
        ["/kvalitet/{roundId:guid}/afslut"] = new(Login, Forbidden, Forbidden, Allowed, Allowed, Allowed, Forbidden, Forbidden),

        // Own account and login: every signed-in user; logging out needs no sign-in (anonymous is sent to /log-ind).
        ["/konto/adgangskode"] = new(Login, Allowed, Allowed, Allowed, Allowed, Allowed, Allowed, Allowed),
        ["/konto/to-faktor"] = new(Login, Allowed, Allowed, Allowed, Allowed, Allowed, Allowed, Allowed),
        ["/konto/to-faktor?handler=Disable"] = new(Login, Allowed, Allowed, Allowed, Allowed, Allowed, Allowed, Allowed),
        ["/log-ind"] = new(Allowed, Allowed, Allowed, Allowed, Allowed, Allowed, Allowed, Allowed),
        ["/log-ind/to-faktor"] = new(Login, Login, Login, Login, Login, Login, Login, Login),
        ["/log-ud"] = new(Login, Allowed, Allowed, Allowed, Allowed, Allowed, Allowed, Allowed),
    };
}
