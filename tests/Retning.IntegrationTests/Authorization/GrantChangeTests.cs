using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Retning.IntegrationTests.Support;
using Retning.Testing;
using Retning.Web.Infrastructure;

namespace Retning.IntegrationTests.Authorization;

/// <summary>
/// Grants are cached under the user's access stamp (docs/adr/0002, "Grants are cached under an access
/// stamp"): a steady request runs one query for the user, and every change of roles or organisation
/// counts at the affected user's very next request — on the instance that made it and on a second
/// instance on the same database, whose cache no in-memory call reaches.
/// </summary>
public sealed class GrantChangeTests(TwoInstancesFixture fixture) : IClassFixture<TwoInstancesFixture>
{
    private RetningApp App => fixture.App;
    private RetningApp Second => fixture.Second;

    [Fact]
    public async Task A_role_removed_and_given_again_on_the_user_page_counts_at_the_next_request_on_both_instances()
    {
        var camillaId = await App.UserIdAsync(DemoUsers.Camilla);
        var egen = await App.DepartmentIdAsync(DemoUsers.Egen);
        var citizen = await App.CitizenAsync(DemoUsers.Egen);
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);
        Assert.Equal(HttpStatusCode.Redirect, (await GrantAsync(admin, camillaId, egen, "CareWorker")).StatusCode);
        using var onFirst = await fixture.SignInAsync(DemoUsers.Camilla);
        using var onSecond = await BrowserlessClient.SignedInAsync(Second, DemoUsers.Camilla);
        var url = $"/borgere/{citizen.Id}";
        await AssertStatusAsync(HttpStatusCode.OK, url, onFirst, onSecond, onFirst, onSecond);

        Assert.Equal(HttpStatusCode.Redirect, (await RemoveAsync(admin, camillaId, egen)).StatusCode);

        await AssertStatusAsync(HttpStatusCode.NotFound, url, onFirst, onSecond);

        Assert.Equal(HttpStatusCode.Redirect, (await GrantAsync(admin, camillaId, egen, "CareWorker")).StatusCode);

        await AssertStatusAsync(HttpStatusCode.OK, url, onFirst, onSecond);
    }

    [Fact]
    public async Task An_approved_role_request_counts_at_the_next_request_of_the_administrator_who_asked()
    {
        var adminId = await App.UserIdAsync(DemoUsers.Admin);
        var maagen = await App.DepartmentIdAsync(DemoUsers.Maagen);
        var citizen = await App.CitizenAsync(DemoUsers.Maagen);
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);
        using var adminOnSecond = await BrowserlessClient.SignedInAsync(Second, DemoUsers.Admin);
        var url = $"/borgere/{citizen.Id}";
        // An administrator reads no citizen (403 for the administrator's own department, 404 elsewhere).
        await AssertStatusAsync(HttpStatusCode.Forbidden, url, admin, adminOnSecond);
        Assert.Equal(HttpStatusCode.Redirect, (await GrantAsync(admin, adminId, maagen, "CareWorker")).StatusCode); // waits: four eyes
        await AssertStatusAsync(HttpStatusCode.Forbidden, url, admin, adminOnSecond);
        var rasmusId = await App.UserIdAsync(DemoUsers.Rasmus);
        Assert.Equal(HttpStatusCode.Redirect, (await GrantAsync(admin, rasmusId, maagen, "Administrator")).StatusCode);
        using var rasmus = await fixture.SignInAsync(DemoUsers.Rasmus);
        Guid requestId;
        await using (var db = App.CreateSystemDbContext())
        {
            requestId = await db.RoleRequests.Where(r => r.UserId == adminId && r.DecidedUtc == null).Select(r => r.Id).SingleAsync(TestContext.Current.CancellationToken);
        }

        var token = (await rasmus.GetPageAsync("/admin/brugere/ny")).FieldValue("__RequestVerificationToken")!;
        var approved = await rasmus.PostRawAsync("/admin/anmodninger?handler=Godkend", [new("__RequestVerificationToken", token), new("requestId", requestId.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        await AssertStatusAsync(HttpStatusCode.OK, url, admin, adminOnSecond);
    }

    [Fact]
    public async Task A_department_added_to_an_offer_is_seen_by_the_offer_head_at_the_next_request_on_both_instances()
    {
        var lindely = await OfferOfAsync(DemoUsers.Egen);
        var citizen = await App.CitizenAsync(DemoUsers.Maagen); // of Solsikken, so not Karin's
        using var karin = await fixture.SignInAsync(DemoUsers.Karin);
        using var karinOnSecond = await BrowserlessClient.SignedInAsync(Second, DemoUsers.Karin);
        var url = $"/borgere/{citizen.Id}";
        await AssertStatusAsync(HttpStatusCode.NotFound, url, karin, karinOnSecond);
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);

        var added = await admin.PostFormAsync($"/admin/tilbud/{lindely}", "form[action*='Afdeling']",
            new Dictionary<string, string?> { ["NewDepartment.Name"] = "Hasselen" });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        // The citizen moves into the new department (arranged in the database; moving a citizen is not a grant).
        await using (var db = App.CreateSystemDbContext())
        {
            var hasselen = await db.Departments.Where(d => d.Name == "Hasselen").Select(d => d.Id).SingleAsync(TestContext.Current.CancellationToken);
            await db.Citizens.IgnoreQueryFilters().Where(c => c.Id == citizen.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.DepartmentId, hasselen), TestContext.Current.CancellationToken);
        }

        await AssertStatusAsync(HttpStatusCode.OK, url, karin, karinOnSecond);
    }

    [Fact]
    public async Task A_department_moved_to_another_offer_with_the_access_stamps_raised_changes_both_offer_heads_view_at_once()
    {
        var ternen = await App.DepartmentIdAsync(DemoUsers.Ternen);
        var solsikken = await OfferOfAsync(DemoUsers.Ternen);
        var lindely = await OfferOfAsync(DemoUsers.Egen);
        var citizen = await App.CitizenAsync(DemoUsers.Ternen);
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);
        using var karinOnSecond = await BrowserlessClient.SignedInAsync(Second, DemoUsers.Karin);
        var url = $"/borgere/{citizen.Id}";
        await AssertStatusAsync(HttpStatusCode.OK, url, lars, lars);
        await AssertStatusAsync(HttpStatusCode.NotFound, url, karinOnSecond, karinOnSecond);

        // No page moves a department yet; one that does follows this rule: both offers' stamps, in the move's transaction.
        await using (var db = App.CreateSystemDbContext())
        {
            var ct = TestContext.Current.CancellationToken;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await AccessStamps.RaiseForOfferAsync(db, solsikken, ct);
            await db.Departments.Where(d => d.Id == ternen).ExecuteUpdateAsync(s => s.SetProperty(d => d.OfferId, lindely), ct);
            await AccessStamps.RaiseForOfferAsync(db, lindely, ct);
            await transaction.CommitAsync(ct);
        }

        await AssertStatusAsync(HttpStatusCode.NotFound, url, lars);
        await AssertStatusAsync(HttpStatusCode.OK, url, karinOnSecond);
    }

    [Fact]
    public async Task A_renamed_department_shows_in_the_header_at_the_next_request_on_both_instances()
    {
        var ternen = await App.DepartmentIdAsync(DemoUsers.Ternen);
        using var jonas = await fixture.SignInAsync(DemoUsers.Jonas);
        using var jonasOnSecond = await BrowserlessClient.SignedInAsync(Second, DemoUsers.Jonas);
        Assert.All(await HeadersAsync(jonas, jonasOnSecond), h => Assert.Contains(DemoUsers.Ternen, h, StringComparison.Ordinal));
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);

        await RenameAsync(admin, ternen, "Ternereden");

        Assert.All(await HeadersAsync(jonas, jonasOnSecond), h => Assert.Contains("Ternereden", h, StringComparison.Ordinal));
        await RenameAsync(admin, ternen, DemoUsers.Ternen); // the other tests find it by its name
        Assert.All(await HeadersAsync(jonas, jonasOnSecond), h => Assert.DoesNotContain("Ternereden", h, StringComparison.Ordinal));
    }

    private static async Task<List<string>> HeadersAsync(params BrowserlessClient[] clients)
    {
        var headers = new List<string>();
        foreach (var client in clients)
        {
            var page = (await client.GetPageAsync("/")).AssertStatus(HttpStatusCode.OK);
            headers.Add(page.Document.QuerySelector(".app-user-department")?.TextContent ?? string.Empty);
        }

        return headers;
    }

    private static async Task RenameAsync(BrowserlessClient admin, Guid departmentId, string name)
    {
        var response = await admin.PostFormAsync($"/admin/afdelinger/{departmentId}", overrides: new Dictionary<string, string?> { ["Input.Name"] = name });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Raising_a_stamp_outside_a_transaction_is_refused()
    {
        await using var db = App.CreateSystemDbContext();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            AccessStamps.RaiseForUserAsync(db, Guid.NewGuid(), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_repeated_request_runs_one_query_for_the_user_and_none_for_the_grants_until_a_role_changes()
    {
        var metteId = await App.UserIdAsync(DemoUsers.Mette);
        var birken = await App.DepartmentIdAsync(DemoUsers.Birken);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        using var counter = await QueryCounter.ForAsync(App);
        Assert.Equal(HttpStatusCode.OK, (await mette.GetAsync("/borgere")).StatusCode);

        var steady = await counter.DuringAsync(() => mette.GetAsync("/borgere"));

        Assert.Equal((1, 0), (steady.Count(IsUserQuery), steady.Count(IsGrantsQuery)));
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);
        Assert.Equal(HttpStatusCode.Redirect, (await GrantAsync(admin, metteId, birken, "QualityOfficer")).StatusCode);

        var afterChange = await counter.DuringAsync(() => mette.GetAsync("/borgere"));
        var again = await counter.DuringAsync(() => mette.GetAsync("/borgere"));

        Assert.Equal((1, 2), (afterChange.Count(IsUserQuery), afterChange.Count(IsGrantsQuery)));
        Assert.Equal((1, 0), (again.Count(IsUserQuery), again.Count(IsGrantsQuery)));
    }

    private static bool IsUserQuery(string sql) => sql.Contains("-- " + CurrentUserMiddleware.QueryTag, StringComparison.Ordinal);

    private static bool IsGrantsQuery(string sql) => sql.Contains("-- " + UserGrants.QueryTag, StringComparison.Ordinal);

    private static async Task AssertStatusAsync(HttpStatusCode expected, string url, params BrowserlessClient[] clients)
    {
        for (var i = 0; i < clients.Length; i++)
        {
            var response = await clients[i].GetAsync(url);
            Assert.True(response.StatusCode == expected,
                $"Request {i + 1}: {clients[i].Email} got {(int)response.StatusCode} for {url}; expected {(int)expected}.");
        }
    }

    private static Task<HttpResponseMessage> GrantAsync(BrowserlessClient admin, Guid userId, Guid departmentId, string role) =>
        admin.PostFormAsync($"/admin/brugere/{userId}", "form[action*='TilfoejRolle']",
            new Dictionary<string, string?> { ["Membership.DepartmentId"] = departmentId.ToString(), ["Membership.Role"] = role });

    private async Task<HttpResponseMessage> RemoveAsync(BrowserlessClient admin, Guid userId, Guid departmentId)
    {
        Guid membershipId;
        await using (var db = App.CreateSystemDbContext())
        {
            membershipId = await db.Memberships.Where(m => m.UserId == userId && m.DepartmentId == departmentId).Select(m => m.Id).SingleAsync(TestContext.Current.CancellationToken);
        }

        var page = (await admin.GetPageAsync($"/admin/brugere/{userId}")).AssertStatus(HttpStatusCode.OK);
        return await admin.PostRawAsync($"/admin/brugere/{userId}?handler=FjernRolle",
            [new("__RequestVerificationToken", page.FieldValue("__RequestVerificationToken")!), new("membershipId", membershipId.ToString())]);
    }

    private async Task<Guid> OfferOfAsync(string departmentName)
    {
        await using var db = App.CreateSystemDbContext();
        return await db.Departments.Where(d => d.Name == departmentName).Select(d => d.OfferId).SingleAsync(TestContext.Current.CancellationToken);
    }
}

/// <summary>The class's app and a second instance of it on the same database (think: the next server behind the proxy).</summary>
public sealed class TwoInstancesFixture : AppFixture, IAsyncLifetime
{
    private RetningApp? _second;

    public RetningApp Second => _second ?? throw new InvalidOperationException("The fixture has not started.");

    public new async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _second = new RetningApp(App.Database, settings: WithPooling(App.Database, QuietSettings()));
        _ = _second.Services;
    }

    public new async ValueTask DisposeAsync()
    {
        if (_second is not null)
        {
            await _second.DisposeAsync();
        }

        await base.DisposeAsync();
    }
}

/// <summary>
/// The SQL commands EF runs on one app's database, read from EF's diagnostic events (other test classes'
/// apps run in the same process on other databases). Private to this file; a shared counter may replace it.
/// </summary>
file sealed class QueryCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string _database;
    private readonly ConcurrentQueue<string> _commands = new();
    private readonly List<IDisposable> _subscriptions = [];

    private QueryCounter(string database)
    {
        _database = database;
        lock (_subscriptions)
        {
            _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
        }
    }

    public static async Task<QueryCounter> ForAsync(RetningApp app)
    {
        await using var db = app.CreateSystemDbContext();
        return new QueryCounter(Identify(db.Database.GetDbConnection()));
    }

    /// <summary>The commands run on the database while <paramref name="request"/> ran.</summary>
    public async Task<List<string>> DuringAsync(Func<Task<HttpResponseMessage>> request)
    {
        _commands.Clear();
        using var response = await request();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. _commands];
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData data
            && data.Command.Connection is { } connection && Identify(connection) == _database)
        {
            _commands.Enqueue(data.Command.CommandText);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        lock (_subscriptions)
        {
            _subscriptions.ForEach(s => s.Dispose());
            _subscriptions.Clear();
        }
    }

    private static string Identify(System.Data.Common.DbConnection connection) => $"{connection.DataSource}|{connection.Database}";
}
