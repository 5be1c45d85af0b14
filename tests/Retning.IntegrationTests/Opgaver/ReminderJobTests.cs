using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Retning.Data.Jobs;
using Retning.Domain.Reminders;
using Retning.IntegrationTests.Support;
using Retning.Testing;
using Retning.Web.Jobs;

namespace Retning.IntegrationTests.Opgaver;

/// <summary>
/// The daily reminder: one digest per user and day, sent once even with two app instances on one
/// database, retried after an SMTP failure, shown in the app without SMTP. A real SMTP server runs
/// on 127.0.0.1; the demo organisation gives the staff tasks (purposes missing, DPU due …).
/// </summary>
public sealed class ReminderJobTests
{
    private static Dictionary<string, string?> Smtp(TestSmtpServer smtp, bool enabled = false) => new()
    {
        ["Reminders:Enabled"] = enabled ? "true" : "false",
        ["Reminders:Interval"] = "00:01:00",
        ["Reminders:Smtp:Host"] = "127.0.0.1",
        ["Reminders:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Reminders:Smtp:From"] = "retning@test.example",
        ["Reminders:BaseUrl"] = "https://retning.test.example",
    };

    /// <summary>A second Retning instance on the same database (as behind a load balancer).</summary>
    private static RetningApp SecondInstance(OwnApp first, IDictionary<string, string?> settings)
    {
        var app = new RetningApp(first.Database, settings: AppFixture.WithPooling(first.Database, AppFixture.QuietSettings(settings)));
        _ = app.Services;
        return app;
    }

    private static Task<DigestRunResult> RunAsync(RetningApp app) =>
        app.Services.GetRequiredService<DailyDigestRun>().RunOnceAsync(CancellationToken.None);

    private static async Task<List<DailyDigest>> DigestsAsync(RetningApp app)
    {
        await using var db = app.CreateSystemDbContext();
        return await db.DailyDigests.AsNoTracking().ToListAsync();
    }

    private static async Task<Dictionary<Guid, string>> EmailsAsync(RetningApp app)
    {
        await using var db = app.CreateSystemDbContext();
        return await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Email!);
    }

    [Fact]
    public async Task Two_instances_on_one_database_send_each_users_reminder_once()
    {
        await using var smtp = new TestSmtpServer();
        var settings = Smtp(smtp);
        await using var first = await AppFixture.StartAsync(settings);
        await using var second = SecondInstance(first, settings);

        // Both instances wake at the same moment, three times over.
        var results = new List<DigestRunResult>();
        for (var round = 0; round < 3; round++)
        {
            results.AddRange(await Task.WhenAll(RunAsync(first.App), RunAsync(second)));
        }

        var digests = await DigestsAsync(first.App);
        Assert.NotEmpty(digests);
        Assert.All(digests, d => Assert.Equal(DigestState.Sent, d.State));
        Assert.Equal(digests.Count, results.Sum(r => r.Made));
        Assert.Equal(digests.Count, results.Sum(r => r.Sent));
        var mails = smtp.Received.ToList();
        var emails = await EmailsAsync(first.App);
        Assert.Equal(digests.Select(d => emails[d.UserId]).Order(), mails.SelectMany(m => m.To).Order());
        Assert.Equal(mails.Count, mails.SelectMany(m => m.To).Distinct().Count());

        // Mette's mail: her counts and the link, no citizen names.
        var metteId = emails.Single(e => e.Value == DemoUsers.Mette).Key;
        var metteDigest = digests.Single(d => d.UserId == metteId);
        var metteMail = Assert.Single(mails, m => m.To.Contains(DemoUsers.Mette)).DecodedText;
        Assert.Contains(DigestRules.Body(metteDigest, "Mette Kjær", "https://retning.test.example/opgaver").Split('\n')[2].Trim(), metteMail, StringComparison.Ordinal);
        Assert.Contains("https://retning.test.example/opgaver", metteMail, StringComparison.Ordinal);
        await using var db = first.App.CreateSystemDbContext();
        var names = await db.Citizens.IgnoreQueryFilters().Select(c => c.LastName).ToListAsync();
        Assert.All(mails, m => Assert.DoesNotContain(names, n => m.DecodedText.Contains(n, StringComparison.Ordinal)));

        // The counts are the ones "Mine opgaver" shows her.
        using var mette = await BrowserlessClient.SignedInAsync(first.App, DemoUsers.Mette);
        var overdue = (await mette.GetPageAsync("/opgaver?vis=overskredne")).AssertStatus(HttpStatusCode.OK).Document.QuerySelectorAll("#opgaver tbody tr").Length;
        Assert.Equal(overdue, metteDigest.OverdueCount);
    }

    [Fact]
    public async Task A_failed_send_is_kept_retried_after_the_back_off_and_then_sent_once()
    {
        await using var smtp = new TestSmtpServer();
        await using var own = await AppFixture.StartAsync(Smtp(smtp));
        smtp.RefuseNext(1);

        var firstRun = await RunAsync(own.App);
        Assert.Equal((1, firstRun.Made - 1), (firstRun.Retrying, firstRun.Sent));
        var failed = Assert.Single(await DigestsAsync(own.App), d => d.State == DigestState.Pending);
        Assert.Equal(1, failed.Attempts);
        Assert.Contains("Midlertidig fejl", failed.LastError, StringComparison.Ordinal);

        // Not before the back-off …
        Assert.Equal(0, (await RunAsync(own.App)).Sent);
        own.App.Clock.Advance(TimeSpan.FromMinutes(1));
        // … then sent, once.
        Assert.Equal(1, (await RunAsync(own.App)).Sent);
        var digests = await DigestsAsync(own.App);
        Assert.All(digests, d => Assert.Equal(DigestState.Sent, d.State));
        Assert.Equal(digests.Count, smtp.Received.Count);
        Assert.Equal(smtp.Received.Count, smtp.Received.SelectMany(m => m.To).Distinct().Count());
    }

    [Fact]
    public async Task A_mail_server_that_never_answers_leaves_the_digest_failed_and_shown_in_the_app()
    {
        await using var smtp = new TestSmtpServer();
        var settings = Smtp(smtp);
        settings["Reminders:MaxAttempts"] = "2";
        await using var own = await AppFixture.StartAsync(settings);
        smtp.RefuseNext(int.MaxValue);

        await RunAsync(own.App);
        own.App.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await RunAsync(own.App);

        var digests = await DigestsAsync(own.App);
        Assert.Equal(digests.Count, second.GivenUp);
        Assert.All(digests, d => Assert.Equal((DigestState.Failed, 2), (d.State, d.Attempts)));
        Assert.Empty(smtp.Received);
        using var mette = await BrowserlessClient.SignedInAsync(own.App, DemoUsers.Mette);
        var notice = (await mette.GetPageAsync("/")).Document.QuerySelector("#dagens-paamindelse");
        Assert.NotNull(notice);
        Assert.Contains("kunne ikke sendes som e-mail", notice.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_SMTP_the_digest_is_shown_on_the_start_page_and_made_once_a_day()
    {
        await using var own = await AppFixture.StartAsync();
        var run = await RunAsync(own.App);
        Assert.True(run.Made > 0);
        Assert.Equal(run.Made, run.ShownInApp);
        Assert.Equal(0, (await RunAsync(own.App)).Made);

        var emails = await EmailsAsync(own.App);
        var metteDigest = (await DigestsAsync(own.App)).Single(d => emails[d.UserId] == DemoUsers.Mette);
        using var mette = await BrowserlessClient.SignedInAsync(own.App, DemoUsers.Mette);
        var notice = (await mette.GetPageAsync("/")).AssertStatus(HttpStatusCode.OK).Document.QuerySelector("#dagens-paamindelse");
        Assert.NotNull(notice);
        Assert.Contains($"{metteDigest.OverdueCount} opgave", notice.TextContent, StringComparison.Ordinal);
        Assert.NotNull(notice.QuerySelector("a[href='/opgaver']"));

        // The next Danish day brings a new digest.
        own.App.Clock.Advance(TimeSpan.FromDays(1));
        Assert.True((await RunAsync(own.App)).Made > 0);
        Assert.Equal(2, (await DigestsAsync(own.App)).Count(d => d.UserId == metteDigest.UserId));
    }

    [Fact]
    public async Task Before_the_configured_hour_no_digest_is_made()
    {
        // The test clock starts at 09:00 Danish time.
        await using var own = await AppFixture.StartAsync(new Dictionary<string, string?> { ["Reminders:SendFromHour"] = "10" });
        Assert.Equal(0, (await RunAsync(own.App)).Made);
        own.App.Clock.Advance(TimeSpan.FromHours(1));
        Assert.True((await RunAsync(own.App)).Made > 0);
    }

    [Fact]
    public async Task The_lease_is_held_by_one_holder_until_it_is_given_back_or_runs_out()
    {
        await using var own = await AppFixture.StartAsync();
        await using var db = own.App.CreateSystemDbContext();
        var now = own.App.Clock.GetUtcNow().UtcDateTime;
        var ct = CancellationToken.None;

        Assert.True(await JobLeases.TryAcquireAsync(db, "test-lease", "a", now, TimeSpan.FromMinutes(10), ct));
        Assert.False(await JobLeases.TryAcquireAsync(db, "test-lease", "b", now.AddMinutes(9), TimeSpan.FromMinutes(10), ct));
        Assert.True(await JobLeases.TryAcquireAsync(db, "test-lease", "a", now.AddMinutes(9), TimeSpan.FromMinutes(10), ct)); // renewed
        Assert.False(await JobLeases.TryAcquireAsync(db, "test-lease", "b", now.AddMinutes(18), TimeSpan.FromMinutes(10), ct));
        Assert.True(await JobLeases.TryAcquireAsync(db, "test-lease", "b", now.AddMinutes(20), TimeSpan.FromMinutes(10), ct)); // ran out
        await JobLeases.ReleaseAsync(db, "test-lease", "b", now.AddMinutes(21), ct);
        Assert.True(await JobLeases.TryAcquireAsync(db, "test-lease", "a", now.AddMinutes(22), TimeSpan.FromMinutes(10), ct));
    }

    [Fact]
    public async Task The_hosted_job_on_two_instances_sends_once_on_its_own_timer()
    {
        await using var smtp = new TestSmtpServer();
        var settings = Smtp(smtp, enabled: true);
        await using var first = await AppFixture.StartAsync(settings);
        await using var second = SecondInstance(first, settings);
        var expected = 0;

        // Each instance's PeriodicTimer runs on its own (fake) clock: tick both several times.
        for (var tick = 0; tick < 4; tick++)
        {
            first.App.Clock.Advance(TimeSpan.FromMinutes(1));
            second.Clock.Advance(TimeSpan.FromMinutes(1));
            expected = await WaitForAsync(async () =>
            {
                var digests = await DigestsAsync(first.App);
                return digests.Count > 0 && digests.All(d => d.State == DigestState.Sent) && smtp.Received.Count >= digests.Count ? digests.Count : (int?)null;
            });
        }

        await Task.Delay(300); // a duplicate would come from a run still under way
        Assert.True(expected > 0);
        Assert.Equal(expected, smtp.Received.Count);
        Assert.Equal(expected, smtp.Received.SelectMany(m => m.To).Distinct().Count());
    }

    private static async Task<int> WaitForAsync(Func<Task<int?>> probe)
    {
        for (var i = 0; i < 200; i++)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The reminder job did not finish within 10 seconds.");
    }
}
