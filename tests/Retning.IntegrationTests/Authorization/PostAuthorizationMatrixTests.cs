using Retning.Domain.Audit;
using Retning.IntegrationTests.Support;
using Retning.Testing;
using static Retning.IntegrationTests.Authorization.AuthorizationMatrixTests;

namespace Retning.IntegrationTests.Authorization;

/// <summary>
/// Every POST handler of every page × every role (and anonymous). The handlers come from the
/// compiled pages of the running app, so a new handler that is not in <see cref="Matrix"/> fails
/// the test until someone decides who may post it. Denials are posted for real (a valid
/// antiforgery token and no other fields, or only the subject a handler looks up first): the
/// status, the audit row and an unchanged database are asserted. Allowed roles are not posted (that would change the shared data); their entry must
/// agree with the GET matrix, which requests the page as that role.
/// </summary>
public sealed class PostAuthorizationMatrixTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    /// <summary>The role may post (not tested here by posting: see the class summary).</summary>
    private const int Allowed = Ok;

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

    private RetningApp App => fixture.App;

    [Fact]
    public async Task Every_post_handler_is_in_the_matrix_and_every_matrix_entry_exists()
    {
        var handlers = await RouteTable.PostHandlersAsync(App);

        var missing = handlers.Where(h => !Matrix.ContainsKey(h)).ToList();
        var stale = Matrix.Keys.Where(h => !handlers.Contains(h)).ToList();

        // One message for both lists: a renamed handler shows up as missing and stale at once.
        Assert.True(missing.Count == 0 && stale.Count == 0,
            "These POST handlers are not in the POST authorization matrix (PostAuthorizationMatrixTests.Matrix); decide the expected outcome per role and add them: "
            + string.Join(", ", missing) + Environment.NewLine
            + "These POST matrix entries no longer exist in the app; remove them: " + string.Join(", ", stale));
    }

    [Fact]
    public void An_allowed_post_is_backed_by_an_allowed_get_of_the_same_page()
    {
        var failures = new List<string>();
        foreach (var (handler, expect) in Matrix)
        {
            var route = RouteOf(handler);
            foreach (var role in Enum.GetValues<Role>().Where(r => expect.For(r) == Allowed))
            {
                if (!AuthorizationMatrixTests.Matrix.TryGetValue(route, out var get) || get.For(role) != Ok)
                {
                    failures.Add($"{role} may POST {handler}, but the GET matrix does not let {role} open {route}");
                }
            }
        }

        Assert.True(failures.Count == 0, "POST matrix entries without an allowed page:" + Environment.NewLine + string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task Every_post_handler_denies_every_role_the_matrix_denies_audits_the_denial_and_changes_nothing()
    {
        var urls = new AuthorizationMatrixTests(fixture);
        var citizenId = (await App.CitizenAsync(DemoUsers.Maagen, notInContactTeam: DemoUsers.Mette)).Id;
        var handlers = (await RouteTable.PostHandlersAsync(App)).Where(Matrix.ContainsKey).ToList();

        // One signed-in client per role, with an antiforgery token valid for that user.
        var clients = new Dictionary<Role, (BrowserlessClient Client, string Token, Guid? UserId)>();
        try
        {
            foreach (var (role, email) in Users)
            {
                var client = email is null ? fixture.Anonymous() : await fixture.SignInAsync(email);
                clients[role] = (client, await TokenAsync(client), email is null ? null : await App.UserIdAsync(email));
            }

            var failures = new List<string>();
            foreach (var handler in handlers)
            {
                var route = RouteOf(handler);
                var url = await urls.UrlFor(route) + handler[route.Length..];
                var fields = await FieldsFor(handler, urls);
                var before = await DataFingerprint.TakeAsync(App);
                foreach (var (role, (client, token, userId)) in clients)
                {
                    var expected = Matrix[handler].For(role);
                    if (expected != Allowed)
                    {
                        failures.AddRange(await CheckDenialAsync(client, [new("__RequestVerificationToken", token), .. fields], userId, role, handler, url, expected, IsCitizenRoute(route) ? citizenId : null));
                    }
                }

                var changes = DataFingerprint.Differences(before, await DataFingerprint.TakeAsync(App));
                if (changes.Count > 0)
                {
                    failures.Add($"Denied POSTs to {handler} changed data: {string.Join("; ", changes)}");
                }
            }

            Assert.True(failures.Count == 0, "POST authorization matrix mismatches:" + Environment.NewLine + string.Join(Environment.NewLine, failures));
        }
        finally
        {
            foreach (var (client, _, _) in clients.Values)
            {
                client.Dispose();
            }
        }
    }

    /// <summary>
    /// Posts the token (and <see cref="FieldsFor"/>) and checks the answer and the audit log: a denied staff member on a
    /// citizen's route leaves one "denied" row for that citizen (docs/adr/0003), a denied user elsewhere
    /// one "denied" row without a citizen (docs/architecture.md, "A request's way"); a login redirect leaves none.
    /// </summary>
    private async Task<List<string>> CheckDenialAsync(BrowserlessClient client, List<KeyValuePair<string, string>> fields, Guid? userId, Role role, string handler, string url, int expected, Guid? citizenId)
    {
        var failures = new List<string>();
        var auditBefore = await App.LastAuditIdAsync();

        var response = await client.PostRawAsync(url, fields);

        var actual = (int)response.StatusCode;
        var location = response.Headers.Location;
        if (actual != expected)
        {
            failures.Add($"{role} ({client.Email ?? "anonymous"}) POST {handler} → {actual}{(location is null ? "" : " " + location)}, expected {expected}");
            return failures;
        }

        if (actual == Login && !IsLoginRedirect(location))
        {
            failures.Add($"{role} POST {handler} → 302 to {location}, expected a redirect to /log-ind");
        }

        var rows = await App.AuditEntriesSinceAsync(auditBefore);
        // Every denial of a signed-in user is audited (docs/architecture.md, "A request's way"): on a citizen's route for that citizen, elsewhere without one.
        var auditedDenial = actual != Login && role is not Role.Anonymous;
        if (auditedDenial)
        {
            if (rows.Count != 1 || rows[0].Action != AuditAction.Denied || rows[0].CitizenId != citizenId || rows[0].UserId != userId)
            {
                failures.Add($"{role} POST {handler} → {actual}, expected one 'denied' audit row{(citizenId is null ? "" : " for the citizen")}; got: {Describe(rows)}");
            }
        }
        else if (rows.Count > 0)
        {
            failures.Add($"{role} POST {handler} → {actual}, expected no audit row; got: {Describe(rows)}");
        }

        return failures;
    }

    /// <summary>A token from a form the client can open: the login form when anonymous, the password form when signed in.</summary>
    private static async Task<string> TokenAsync(BrowserlessClient client)
    {
        var page = await client.GetPageAsync(client.Email is null ? "/log-ind" : "/konto/adgangskode");
        page.AssertStatus(System.Net.HttpStatusCode.OK);
        return page.FieldValue("__RequestVerificationToken") ?? throw new InvalidOperationException($"No antiforgery token on {page.Url}.");
    }

    /// <summary>The page route of a matrix key (a route may itself hold a '?', as in {subject:guid?}).</summary>
    private static string RouteOf(string handler)
    {
        var at = handler.IndexOf("?handler=", StringComparison.Ordinal);
        return at < 0 ? handler : handler[..at];
    }

    /// <summary>
    /// Form fields besides the token, for handlers that look their subject up before checking
    /// the role: without a real subject they answer 404 to everyone and would prove nothing.
    /// </summary>
    private static async Task<List<KeyValuePair<string, string>>> FieldsFor(string handler, AuthorizationMatrixTests urls) => handler switch
    {
        "/admin/skalaer?handler=Standard" => [new("scaleId", (await urls.UrlFor("/admin/skalaer/{scaleId:guid}")).Split('/')[^1])],
        _ => [],
    };

    /// <summary>Routes whose {id} is a citizen (see <see cref="AuthorizationMatrixTests.UrlFor"/>).</summary>
    private static bool IsCitizenRoute(string route) =>
        route.StartsWith("/borgere/{id", StringComparison.Ordinal) || route.StartsWith("/opgaver/{id", StringComparison.Ordinal) || (route.StartsWith("/kvalitet/", StringComparison.Ordinal) && route.Contains("/{sampleId", StringComparison.Ordinal));

    private static string Describe(List<AuditEntry> rows) =>
        rows.Count == 0 ? "none" : string.Join(", ", rows.Select(r => $"{r.Action} citizen={r.CitizenId} user={r.UserId} '{r.Subject}'"));
}
