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
public sealed partial class PostAuthorizationMatrixTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    /// <summary>The role may post (not tested here by posting: see the class summary).</summary>
    private const int Allowed = Ok;

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
