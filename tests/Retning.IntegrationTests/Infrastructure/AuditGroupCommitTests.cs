using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Retning.Data;
using Retning.Data.Audit;
using Retning.Data.Demo;
using Retning.Domain.Audit;
using Retning.Domain.Citizens;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Infrastructure;

/// <summary>
/// Concurrent reads share their audit rows' durable commit (docs/adr/0013): every response still has exactly one
/// row, the chain stays gapless and verifies, there are fewer commits than rows, and a failed commit fails every
/// request that waited for it. SQLite, and PostgreSQL when RETNING_TEST_PG is set. Batching is shown by counting
/// rows per commit (<see cref="AuditCommitProbe"/>), never by timing.
/// </summary>
public sealed class AuditGroupCommitTests
{
    [Fact]
    public async Task Concurrent_reads_queued_behind_a_commit_share_the_next_one()
    {
        const int Reads = 32;
        await using var test = await ProbedApp.StartAsync();
        var (anne, citizen) = (await test.SignInAsync(DemoUsers.Anne), await test.CitizenAsync());
        var (before, head) = await test.AuditStateAsync();

        // The first read's commit waits at the chain lock until every other read has queued its row behind it.
        test.Probe.HoldNextAppend();
        var responses = Enumerable.Range(0, Reads).Select(_ => anne.GetAsync($"/borgere/{citizen.Id}")).ToList();
        try
        {
            await test.Probe.Held.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
            var committer = test.App.Services.GetRequiredService<AuditGroupCommit>();
            for (var polls = 0; test.Probe.Appends[0] + committer.QueuedRows < Reads && polls < 6000; polls++)
            {
                await Task.Delay(10, TestContext.Current.CancellationToken);
            }

            Assert.Equal(Reads, test.Probe.Appends[0] + committer.QueuedRows);
        }
        finally
        {
            test.Probe.Release();
        }

        foreach (var response in await Task.WhenAll(responses))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        // One commit held what was queued when the read arrived, the next one all the rest.
        Assert.Equal(2, test.Probe.Appends.Count);
        Assert.Equal(Reads, test.Probe.Appends.Sum());
        await test.AssertOneChainedRowPerReadAsync(before, head, Reads, citizen.Id);
    }

    [Fact]
    public async Task More_concurrent_reads_than_the_connection_pool_holds_all_get_their_page()
    {
        // Each read holds its pooled connection until its row is committed; the committer must not wait for that pool.
        Assert.SkipUnless(TestDatabase.UsePostgres, "PostgreSQL only: SQLite's connection pool has no upper bound.");

        const int Reads = 16;
        await using var test = await ProbedApp.StartAsync(maxPoolSize: 4);
        var (anne, citizen) = (await test.SignInAsync(DemoUsers.Anne), await test.CitizenAsync());
        var (before, head) = await test.AuditStateAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, Reads).Select(_ => anne.GetAsync($"/borgere/{citizen.Id}")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await test.AssertOneChainedRowPerReadAsync(before, head, Reads, citizen.Id);
    }

    [Fact]
    public async Task A_hundred_concurrent_reads_write_a_hundred_chained_rows_in_at_most_a_hundred_commits()
    {
        const int Reads = 100;
        await using var test = await ProbedApp.StartAsync();
        var (anne, citizen) = (await test.SignInAsync(DemoUsers.Anne), await test.CitizenAsync());
        var (before, head) = await test.AuditStateAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, Reads).Select(_ => anne.GetAsync($"/borgere/{citizen.Id}")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(Reads, test.Probe.Appends.Sum());
        await test.AssertOneChainedRowPerReadAsync(before, head, Reads, citizen.Id);
        // A measurement, not an assertion: how many rows shared a commit depends on the machine's load.
        TestContext.Current.SendDiagnosticMessage(
            $"{Reads} concurrent reads ({(TestDatabase.UsePostgres ? "PostgreSQL" : "SQLite")}): {test.Probe.Appends.Count} audit commits (one per read before group commit); rows per commit: {string.Join(" ", test.Probe.Appends)}");
    }

    [Fact]
    public async Task A_failed_commit_fails_every_read_that_waited_for_it_and_sends_no_page()
    {
        const int Reads = 8;
        await using var test = await ProbedApp.StartAsync();
        var (anne, citizen) = (await test.SignInAsync(DemoUsers.Anne), await test.CitizenAsync());
        var (before, head) = await test.AuditStateAsync();

        test.Probe.FailInserts = true;
        test.Probe.HoldNextAppend();
        var responses = Enumerable.Range(0, Reads).Select(_ => anne.GetAsync($"/borgere/{citizen.Id}")).ToList();
        try
        {
            await test.Probe.Held.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
            var committer = test.App.Services.GetRequiredService<AuditGroupCommit>();
            for (var polls = 0; test.Probe.Appends[0] + committer.QueuedRows < Reads && polls < 6000; polls++)
            {
                await Task.Delay(10, TestContext.Current.CancellationToken);
            }
        }
        finally
        {
            test.Probe.Release();
        }

        foreach (var response in await Task.WhenAll(responses))
        {
            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.DoesNotContain(citizen.LastName, html, StringComparison.Ordinal);
        }

        Assert.Contains(test.Probe.Appends, rows => rows > 1); // a whole batch failed, not only a lone row
        var (after, headAfter) = await test.AuditStateAsync();
        Assert.Equal(before, after);
        Assert.Equal(head, headAfter);

        // The committer goes on: the next read commits its row and shows the page.
        test.Probe.FailInserts = false;
        var next = await anne.GetAsync($"/borgere/{citizen.Id}");
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        await test.AssertOneChainedRowPerReadAsync(before, head, 1, citizen.Id);
    }

    /// <summary>An app on its own database with <see cref="AuditCommitProbe"/> on every context, the committer's too.</summary>
    private sealed class ProbedApp : IAsyncDisposable
    {
        private readonly TestDatabase _database;
        private readonly RetningApp _parent;

        private ProbedApp(TestDatabase database, RetningApp parent, AuditCommitProbe probe)
        {
            _database = database;
            _parent = parent;
            Probe = probe;
            App = parent.WithWebHostBuilder(b => b.ConfigureServices(s => s.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(probe), ServiceLifetime.Singleton)));
        }

        public AuditCommitProbe Probe { get; }
        public WebApplicationFactory<Program> App { get; }

        /// <param name="maxPoolSize">PostgreSQL only: the app's connection pool's upper bound (Npgsql's default 100 when null).</param>
        public static async Task<ProbedApp> StartAsync(int? maxPoolSize = null)
        {
            var database = await TestDatabase.CreateAsync();
            var settings = AppFixture.WithPooling(database, AppFixture.QuietSettings());
            if (maxPoolSize is { } max && database.Provider == DatabaseProvider.Postgres)
            {
                settings["ConnectionStrings:Retning"] = new Npgsql.NpgsqlConnectionStringBuilder(settings["ConnectionStrings:Retning"]) { MaxPoolSize = max }.ConnectionString;
            }

            var test = new ProbedApp(database, new RetningApp(database, settings: settings), new AuditCommitProbe());
            _ = test.App.Services; // migrates and seeds
            test.Probe.Reset(); // start-up's own chain work is not a read's
            return test;
        }

        /// <summary>A context that sees everything, for arranging and asserting, on the app's database but outside the app.</summary>
        public AppDbContext Open()
        {
            var options = new DbContextOptionsBuilder<AppDbContext>();
            DatabaseRegistration.Configure(options, new DatabaseSettings(_database.Provider, _database.ConnectionString, IsDefaultEmbedded: false));
            return new AppDbContext(options.Options, FixedCitizenScope.System, TimeProvider.System);
        }

        public async Task<Citizen> CitizenAsync()
        {
            await using var db = Open();
            return await db.Citizens.IgnoreQueryFilters().AsNoTracking()
                .Where(c => c.Department!.Name == DemoUsers.Maagen && c.DischargedOn == null)
                .OrderBy(c => c.LastName).ThenBy(c => c.FirstName).FirstAsync(TestContext.Current.CancellationToken);
        }

        /// <summary>The newest audit row's id and the chain's head.</summary>
        public async Task<(long LastId, AuditHead Head)> AuditStateAsync()
        {
            await using var db = Open();
            var last = await db.AuditEntries.Select(a => (long?)a.Id).MaxAsync(TestContext.Current.CancellationToken) ?? 0;
            return (last, await AuditChain.HeadAsync(db, TestContext.Current.CancellationToken));
        }

        /// <summary>Exactly one Read row per response since <paramref name="afterId"/>, numbered on from the head without a gap, and the whole chain intact.</summary>
        public async Task AssertOneChainedRowPerReadAsync(long afterId, AuditHead head, int reads, Guid citizenId)
        {
            await using var db = Open();
            var rows = await db.AuditEntries.AsNoTracking().Where(a => a.Id > afterId).OrderBy(a => a.Sequence).ToListAsync(TestContext.Current.CancellationToken);
            Assert.Equal(reads, rows.Count);
            Assert.All(rows, r => Assert.Equal((AuditAction.Read, citizenId, DemoUsers.Anne), (r.Action, r.CitizenId, r.UserName)));
            Assert.Equal(reads, rows.Select(r => r.CorrelationId).Distinct().Count());
            Assert.Equal(Enumerable.Range(1, reads).Select(i => head.Sequence + i), rows.Select(r => r.Sequence));
            var chain = await AuditChain.VerifyAsync(db, exportedHeads: [], TestContext.Current.CancellationToken);
            Assert.True(chain.IsIntact, chain.Summary);
        }

        /// <summary>Signs in through the login form (cookies kept, redirects not followed).</summary>
        public async Task<HttpClient> SignInAsync(string email)
        {
            var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
            var login = await client.GetStringAsync("/log-ind", TestContext.Current.CancellationToken);
            var form = (IHtmlFormElement)new HtmlParser().ParseDocument(login).QuerySelector(BrowserlessClient.MainForm)!;
            var fields = HtmlPage.FieldsOf(form).Where(f => f.Key is not ("Input.Email" or "Input.Password")).ToList();
            fields.Add(new("Input.Email", email));
            fields.Add(new("Input.Password", DemoData.Password));
            using var content = new FormUrlEncodedContent(fields);
            var response = await client.PostAsync("/log-ind", content, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            return client;
        }

        public async ValueTask DisposeAsync()
        {
            Probe.Release();
            await App.DisposeAsync();
            await _parent.DisposeAsync();
            await _database.DisposeAsync();
        }
    }
}
