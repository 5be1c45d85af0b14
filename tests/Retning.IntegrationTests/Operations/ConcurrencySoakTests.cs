using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Retning.Domain.Audit;
using Retning.IntegrationTests.Maal;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Operations;

/// <summary>
/// 20 clients editing the same two citizens and two goals through the real edit forms for a
/// bounded time (RETNING_SOAK_SECONDS, default 30) on SQLite and PostgreSQL: every save is either
/// acknowledged or shown as a conflict, and no acknowledged save was lost — each one raised the
/// version by exactly one, wrote one Update audit row, and the stored value is one that was acknowledged.
/// </summary>
public sealed class ConcurrencySoakTests
{
    private const int Clients = 20;

    private static TimeSpan Duration => TimeSpan.FromSeconds(
        int.TryParse(Environment.GetEnvironmentVariable("RETNING_SOAK_SECONDS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 30);

    private sealed record Target(string Url, string Form, string Field, string Conflict);

    private sealed class Tally
    {
        public int Acknowledged;
        public int Conflicts;
        public readonly List<string> Errors = [];
    }

    [Fact]
    public async Task Twenty_clients_editing_the_same_citizens_and_goals_lose_no_update()
    {
        await using var own = await AppFixture.StartAsync();
        var app = own.App;
        var citizens = (await app.CitizensInAsync(DemoUsers.Maagen)).Where(c => c.DischargedOn is null).Take(2).ToList();
        var goals = new List<(Guid Citizen, Guid Goal)>();
        foreach (var c in citizens)
        {
            goals.Add((c.Id, (await app.AddGoalAsync(c.Id, "At borgeren selv vælger sit tøj om morgenen")).Id));
        }

        var targets = citizens.Select(c => new Target($"/borgere/{c.Id}/rediger", BrowserlessClient.MainForm, "Input.Municipality", "En anden har gemt ændringer på borgeren"))
            .Concat(goals.Select(g => new Target($"/borgere/{g.Citizen}/maal/{g.Goal}/rediger", "#goal-form", "Input.Rationale", "En anden har gemt ændringer på")))
            .ToList();
        var versionsBefore = await VersionsAsync(app, citizens.Select(c => c.Id), goals.Select(g => g.Goal));
        var auditBefore = await app.LastAuditIdAsync();
        var tally = targets.ToDictionary(t => t.Url, _ => new Tally());
        var acknowledgedValues = targets.ToDictionary(t => t.Url, _ => new HashSet<string>());

        using var stop = new CancellationTokenSource(Duration);
        var users = new[] { DemoUsers.Anne, DemoUsers.Lars };
        var clients = await Task.WhenAll(Enumerable.Range(0, Clients).Select(i => BrowserlessClient.SignedInAsync(app, users[i % 2])));
        await Task.WhenAll(clients.Select((client, i) => Task.Run(async () =>
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                var target = targets[(i + n) % targets.Count];
                var value = $"Soak k{i} n{n}";
                var form = await client.GetPageAsync(target.Url);
                var answer = await form.SubmitForPageAsync(target.Form, new Dictionary<string, string?> { [target.Field] = value });
                lock (tally)
                {
                    var t = tally[target.Url];
                    if (answer.Status == HttpStatusCode.Redirect)
                    {
                        t.Acknowledged++;
                        acknowledgedValues[target.Url].Add(value);
                    }
                    else if (answer.Status == HttpStatusCode.OK && answer.ErrorSummary.Any(m => m.StartsWith(target.Conflict, StringComparison.Ordinal)))
                    {
                        t.Conflicts++;
                    }
                    else
                    {
                        t.Errors.Add($"{(int)answer.Status} {string.Join(" | ", answer.ErrorSummary)}");
                    }
                }
            }
        })));

        var versionsAfter = await VersionsAsync(app, citizens.Select(c => c.Id), goals.Select(g => g.Goal));
        var updates = (await app.AuditEntriesSinceAsync(auditBefore)).Where(a => a.Action == AuditAction.Update).ToList();
        var report = string.Join("; ", tally.Select(t => $"{t.Key}: {t.Value.Acknowledged} saved, {t.Value.Conflicts} conflicts"));
        TestContext.Current.SendDiagnosticMessage($"Soak {Duration.TotalSeconds} s, {(TestDatabase.UsePostgres ? "PostgreSQL" : "SQLite")}: {report}");
        Assert.All(tally.Values, t => Assert.Empty(t.Errors));
        Assert.True(tally.Values.Sum(t => t.Acknowledged) > 0 && tally.Values.Sum(t => t.Conflicts) > 0, report);
        foreach (var (id, before) in versionsBefore)
        {
            var url = targets.Single(t => t.Url.Contains(id.ToString(), StringComparison.Ordinal) && (t.Url.EndsWith($"{id}/rediger", StringComparison.Ordinal))).Url;
            // Each acknowledged save started from the version it read, so none was overwritten unseen.
            Assert.Equal(before + tally[url].Acknowledged, versionsAfter[id]);
        }

        var citizenSaves = citizens.Sum(c => tally[$"/borgere/{c.Id}/rediger"].Acknowledged);
        Assert.Equal(citizenSaves, updates.Count(a => a.Subject == "Borger: stamdata"));
        await using var db = app.CreateSystemDbContext();
        foreach (var c in citizens)
        {
            var stored = await db.Citizens.IgnoreQueryFilters().AsNoTracking().Where(x => x.Id == c.Id).Select(x => x.Municipality).SingleAsync();
            Assert.Contains(stored!, acknowledgedValues[$"/borgere/{c.Id}/rediger"]);
        }

        foreach (var (citizen, goal) in goals)
        {
            var stored = await db.Goals.IgnoreQueryFilters().AsNoTracking().Where(x => x.Id == goal).Select(x => x.Rationale).SingleAsync();
            Assert.Contains(stored!, acknowledgedValues[$"/borgere/{citizen}/maal/{goal}/rediger"]);
        }
    }

    private static async Task<Dictionary<Guid, int>> VersionsAsync(RetningApp app, IEnumerable<Guid> citizens, IEnumerable<Guid> goals)
    {
        await using var db = app.CreateSystemDbContext();
        var c = citizens.ToList();
        var g = goals.ToList();
        var result = await db.Citizens.IgnoreQueryFilters().Where(x => c.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Version);
        foreach (var (id, version) in await db.Goals.IgnoreQueryFilters().Where(x => g.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Version))
        {
            result[id] = version;
        }

        return result;
    }
}
