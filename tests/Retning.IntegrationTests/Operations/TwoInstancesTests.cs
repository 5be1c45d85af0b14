using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Retning.Data;
using Retning.Data.Demo;
using Retning.Data.Jobs;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Operations;

/// <summary>
/// Two real app processes on one PostgreSQL database, as behind a round-robin load balancer with no
/// sticky sessions (docs/deployment.md): a login, its antiforgery tokens and its log-out work on
/// either instance (Data Protection keys and sessions are in the database), both write into the
/// one audit chain, and the daily reminder
/// runs under its database lease on one instance at a time (docs/adr/0010-background-jobs-under-a-lease.md).
/// </summary>
public sealed partial class TwoInstancesTests(TwoInstancesTests.Instances instances) : IClassFixture<TwoInstancesTests.Instances>
{
    [Fact]
    public async Task A_login_its_form_tokens_and_its_log_out_hold_on_either_instance()
    {
        Assert.SkipUnless(TestDatabase.UsePostgres, "PostgreSQL only: set RETNING_TEST_PG to run it (several instances need a shared server database).");
        var (a, b) = (instances.A.Address, instances.B.Address);
        var citizenPage = "/borgere/" + await instances.CitizenOfMaagenAsync();

        using var browser = new Browser();
        // The login form (and its antiforgery token) from A, posted to B: B issues the session.
        var login = await browser.PostFormAcrossAsync(a, b, "/log-ind", new Dictionary<string, string>
        {
            ["Input.Email"] = DemoUsers.Anne,
            ["Input.Password"] = DemoData.Password,
        });
        Assert.True(login.StatusCode == HttpStatusCode.Redirect && !IsLoginPage(login),
            $"B must accept the login form A rendered: {(int)login.StatusCode} {login.Headers.Location}");

        // Reads on both instances at once: each writes its audit row into the one hash chain (a database lock, docs/adr/0007).
        var reads = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => browser.SendAsync(i % 2 == 0 ? a : b, HttpMethod.Get, citizenPage)));
        Assert.All(reads, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await using (var db = instances.OpenDatabase())
        {
            var chain = await Retning.Data.Audit.AuditChain.VerifyAsync(db, exportedHeads: [], TestContext.Current.CancellationToken);
            Assert.True(chain.IsIntact, chain.Summary);
        }

        // A signed-in user's token from A, posted to B: the log-out. A copy of the cookie is then refused by A.
        using var copiedCookie = browser.Copy();
        var logout = await browser.PostFormAcrossAsync(a, b, "/log-ud", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        var replay = await copiedCookie.SendAsync(a, HttpMethod.Get, citizenPage);
        Assert.True(replay.StatusCode == HttpStatusCode.Redirect && IsLoginPage(replay),
            $"A log-out on B must end the session on A too, got {(int)replay.StatusCode} {replay.Headers.Location}.");

        // The control: the token is checked, so without it B refuses the same form.
        using var stranger = new Browser();
        var withoutToken = await stranger.PostFormAcrossAsync(a, b, "/log-ind", new Dictionary<string, string>
        {
            ["Input.Email"] = DemoUsers.Anne,
            ["Input.Password"] = DemoData.Password,
            ["__RequestVerificationToken"] = string.Empty,
        });
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
    }

    [Fact]
    public async Task The_daily_reminder_waits_for_a_lease_held_elsewhere_and_then_runs_once()
    {
        Assert.SkipUnless(TestDatabase.UsePostgres, "PostgreSQL only: set RETNING_TEST_PG to run it (several instances need a shared server database).");
        var ct = TestContext.Current.CancellationToken;
        await using var db = instances.OpenDatabase();

        // A third holder takes the lease (waiting for a running instance to give it back), and today's digests are removed.
        var until = DateTime.UtcNow.AddSeconds(60);
        while (!await JobLeases.TryAcquireAsync(db, JobLeases.DailyDigest, "test", DateTime.UtcNow, TimeSpan.FromHours(1), ct))
        {
            Assert.True(DateTime.UtcNow < until, "The instances did not give the daily-digest lease back within 60 s.");
            await Task.Delay(100, ct);
        }

        await db.DailyDigests.ExecuteDeleteAsync(ct);
        var (outputA, outputB) = (instances.A.Output.Length, instances.B.Output.Length);

        await Task.Delay(TimeSpan.FromSeconds(3), ct); // three ticks of each instance (interval 1 s)
        Assert.Equal(0, await db.DailyDigests.CountAsync(ct));

        await JobLeases.ReleaseAsync(db, JobLeases.DailyDigest, "test", DateTime.UtcNow, ct);
        until = DateTime.UtcNow.AddSeconds(30);
        while (!await db.DailyDigests.AnyAsync(ct))
        {
            Assert.True(DateTime.UtcNow < until, "Neither instance made today's digests within 30 s of the lease's release.");
            await Task.Delay(200, ct);
        }

        await Task.Delay(TimeSpan.FromSeconds(3), ct); // both instances tick again and find the work done
        var logs = instances.A.Output[outputA..] + instances.B.Output[outputB..];
        var made = MadeLine().Matches(logs).Sum(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        var digests = await db.DailyDigests.AsNoTracking().Select(d => new { d.UserId, d.ForDate }).ToListAsync(ct);
        Assert.DoesNotContain("The daily reminder run failed", logs, StringComparison.Ordinal); // PeriodicJob's log of a failed run
        Assert.Equal(digests.Count, digests.Distinct().Count());
        Assert.True(made == digests.Count, $"The instances' logs say {made} digests were made, the database holds {digests.Count}:{Environment.NewLine}{logs}");
    }

    private static bool IsLoginPage(HttpResponseMessage response) =>
        response.RedirectPath() is { } path && path.StartsWith("/log-ind", StringComparison.Ordinal);

    [GeneratedRegex(@"Daily reminders made for [^:]+: (\d+) of")]
    private static partial Regex MadeLine();

    /// <summary>
    /// The built app twice as separate processes on one new PostgreSQL database; the second starts
    /// when the first has migrated and seeded. The reminder looks for work every second.
    /// </summary>
    public sealed class Instances : IAsyncLifetime
    {
        private TestDatabase? _database;
        private AppProcess? _a;
        private AppProcess? _b;

        public AppProcess A => _a ?? throw new InvalidOperationException("PostgreSQL only.");
        public AppProcess B => _b ?? throw new InvalidOperationException("PostgreSQL only.");

        public async ValueTask InitializeAsync()
        {
            if (!TestDatabase.UsePostgres)
            {
                return;
            }

            _database = await TestDatabase.CreateAsync();
            var settings = new Dictionary<string, string>
            {
                ["Database__Provider"] = "Postgres",
                ["ConnectionStrings__Retning"] = new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Pooling = true }.ConnectionString,
                ["Demo__Seed"] = "true",
                ["Demo__Plans"] = "false",
                ["Reminders__Enabled"] = "true",
                ["Reminders__Interval"] = "00:00:01",
                ["Reminders__SendFromHour"] = "0",
                ["Logging__LogLevel__Retning.Web.Jobs"] = "Information",
            };
            // A bound, not a timing: the first start migrates and seeds the demo, slow on a busy machine.
            _a = AppProcess.Start(settings);
            await _a.WaitUntilHealthyAsync(TimeSpan.FromMinutes(3));
            _b = AppProcess.Start(settings);
            await _b.WaitUntilHealthyAsync(TimeSpan.FromMinutes(3));
        }

        public AppDbContext OpenDatabase()
        {
            var options = new DbContextOptionsBuilder<AppDbContext>();
            DatabaseRegistration.Configure(options, new DatabaseSettings(DatabaseProvider.Postgres, _database!.ConnectionString, IsDefaultEmbedded: false));
            return new AppDbContext(options.Options, FixedCitizenScope.System, TimeProvider.System);
        }

        public async Task<Guid> CitizenOfMaagenAsync()
        {
            await using var db = OpenDatabase();
            return await db.Citizens.IgnoreQueryFilters().Where(c => c.Department!.Name == DemoUsers.Maagen && c.DischargedOn == null)
                .Select(c => c.Id).FirstAsync();
        }

        public async ValueTask DisposeAsync()
        {
            if (_b is not null)
            {
                await _b.DisposeAsync();
            }

            if (_a is not null)
            {
                await _a.DisposeAsync();
            }

            if (_database is not null)
            {
                await _database.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// A browser behind a load balancer: one cookie jar, each request sent to the instance the test
    /// names (cookies are kept by hand, so nothing depends on how a jar treats two ports of one host).
    /// </summary>
    private sealed class Browser : IDisposable
    {
        private static readonly HtmlParser Parser = new();
        private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { Timeout = TimeSpan.FromSeconds(30) };
        private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

        /// <summary>A second browser with this one's cookies as they are now (a copied cookie).</summary>
        public Browser Copy()
        {
            var copy = new Browser();
            foreach (var (name, value) in _cookies)
            {
                copy._cookies[name] = value;
            }

            return copy;
        }

        public async Task<HttpResponseMessage> SendAsync(Uri instance, HttpMethod method, string path, IEnumerable<KeyValuePair<string, string>>? form = null)
        {
            using var request = new HttpRequestMessage(method, new Uri(instance, path));
            lock (_cookies)
            {
                if (_cookies.Count > 0)
                {
                    request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
                }
            }

            if (form is not null)
            {
                request.Content = new FormUrlEncodedContent(form);
            }

            var response = await _http.SendAsync(request);
            foreach (var setCookie in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            {
                Keep(setCookie);
            }

            return response;
        }

        private void Keep(string setCookie)
        {
            lock (_cookies)
            {
                var pair = setCookie.Split(';')[0];
                var name = pair[..pair.IndexOf('=', StringComparison.Ordinal)];
                var value = pair[(name.Length + 1)..];
                if (value.Length == 0)
                {
                    _cookies.Remove(name); // a deleted cookie (expires in 1970)
                }
                else
                {
                    _cookies[name] = value;
                }
            }
        }

        /// <summary>GETs the page's main form from one instance and posts its fields, with the overrides, to another.</summary>
        public async Task<HttpResponseMessage> PostFormAcrossAsync(Uri formFrom, Uri postTo, string path, Dictionary<string, string> overrides)
        {
            using var page = await SendAsync(formFrom, HttpMethod.Get, path);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            var document = Parser.ParseDocument(await page.Content.ReadAsStringAsync());
            var form = document.QuerySelector(BrowserlessClient.MainForm) as IHtmlFormElement
                ?? throw new InvalidOperationException($"No form on {path}.");
            var fields = HtmlPage.FieldsOf(form).Where(f => !overrides.ContainsKey(f.Key)).Concat(overrides).ToList();
            return await SendAsync(postTo, HttpMethod.Post, path, fields);
        }

        public void Dispose() => _http.Dispose();
    }
}
