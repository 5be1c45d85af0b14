using System.Data.Common;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Retning.Data.Insight;
using Retning.Domain.Insight;
using Retning.IntegrationTests.Maal;
using Retning.IntegrationTests.Support;
using Retning.Testing;
using Retning.Web.Services.Insight;

namespace Retning.IntegrationTests.Ledelsesinformation;

/// <summary>
/// The figures' rows are reused only while what they were read from is unchanged (docs/adr/0015): the version
/// follows the real forms — a note of the running month leaves it, a note dated in an ended month changes it —
/// and the reader reads no table the version does not watch.
/// </summary>
public sealed partial class InsightCacheTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string DiaryForm = "form.app-diary-form";
    private static readonly ReportPeriod JanuaryAndFebruary = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 28));

    private RetningApp App => fixture.App;

    private async Task<Guid> VersionAsync()
    {
        await using var db = App.CreateSystemDbContext();
        return await InsightStamps.ReadAsync(db, CancellationToken.None) ?? throw new InvalidOperationException("No InsightStamp row.");
    }

    /// <summary>A new goal with a sub-goal for the nth citizen of Mågen.</summary>
    private async Task<(Guid Maagen, Guid CitizenId, Guid SubGoalId)> SubGoalInMaagenAsync(int n)
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, n);
        var goal = await App.AddGoalAsync(citizen.Id, $"At borgeren går en tur hver dag ({n})");
        var subGoal = await App.AddGoalAsync(citizen.Id, "At borgeren går til postkassen", goal.Id);
        return (await App.DepartmentIdAsync(DemoUsers.Maagen), citizen.Id, subGoal.Id);
    }

    [Fact]
    public async Task A_note_in_an_ended_month_reaches_the_figures_at_once_while_notes_of_the_running_month_keep_the_rows()
    {
        var (maagen, citizenId, subGoalId) = await SubGoalInMaagenAsync(6);
        var cache = App.Services.GetRequiredService<InsightCache>();
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);

        var before = await cache.ReadAsync([maagen], JanuaryAndFebruary, CancellationToken.None);
        var version = await VersionAsync();
        Assert.Same(before, await cache.ReadAsync([maagen], JanuaryAndFebruary, CancellationToken.None));

        // Today (2 March 2026): the running month, which no period counts yet.
        await WriteNoteAsync(anne, citizenId, subGoalId, "3", date: null);
        Assert.Equal(version, await VersionAsync());
        Assert.Same(before, await cache.ReadAsync([maagen], JanuaryAndFebruary, CancellationToken.None));

        // Dated 27 February: an ended month — the next read is a fresh one and holds the score.
        await WriteNoteAsync(anne, citizenId, subGoalId, "2", date: "2026-02-27");
        Assert.NotEqual(version, await VersionAsync());
        var after = await cache.ReadAsync([maagen], JanuaryAndFebruary, CancellationToken.None);
        Assert.NotSame(before, after);
        Assert.False(before.Scores[JanuaryAndFebruary].ContainsKey(subGoalId));
        Assert.Equal(2, after.Scores[JanuaryAndFebruary][subGoalId].Latest);
    }

    [Fact]
    public async Task After_a_change_the_refresh_reads_a_kept_scope_again_before_anyone_asks()
    {
        var (maagen, citizenId, subGoalId) = await SubGoalInMaagenAsync(8);
        var cache = App.Services.GetRequiredService<InsightCache>();
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var before = await cache.ReadAsync([maagen], JanuaryAndFebruary, CancellationToken.None);

        await WriteNoteAsync(anne, citizenId, subGoalId, "4", date: "2026-02-20");
        await cache.RefreshAsync(CancellationToken.None);
        var reads = cache.Reads;
        var after = await cache.ReadAsync([maagen], JanuaryAndFebruary, CancellationToken.None);

        Assert.Equal(reads, cache.Reads); // ready: the refresh read it
        Assert.NotSame(before, after);
        Assert.Equal(4, after.Scores[JanuaryAndFebruary][subGoalId].First);
    }

    [Fact]
    public async Task Scopes_beyond_the_citizen_budget_leave_the_least_recently_asked_for_first()
    {
        var cache = App.Services.GetRequiredService<InsightCache>();
        var maagen = await App.DepartmentIdAsync(DemoUsers.Maagen);
        await using var db = App.CreateSystemDbContext();
        var others = await db.Departments.Where(d => d.Id != maagen).Select(d => d.Id).Take(2).ToListAsync();
        var budget = cache.CitizenBudget;
        try
        {
            cache.CitizenBudget = 1;
            var first = await cache.ReadAsync([maagen], JanuaryAndFebruary, CancellationToken.None);
            await cache.ReadAsync(others, JanuaryAndFebruary, CancellationToken.None);

            Assert.Equal(1, cache.Count); // the last asked for stays, whatever its size
            var reads = cache.Reads;
            Assert.NotSame(first, await cache.ReadAsync([maagen], JanuaryAndFebruary, CancellationToken.None));
            Assert.Equal(reads + 1, cache.Reads);
        }
        finally
        {
            cache.CitizenBudget = budget;
        }
    }

    [Fact]
    public async Task A_goal_saved_through_its_form_changes_the_version()
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, 7);
        var version = await VersionAsync();

        await App.AddGoalAsync(citizen.Id, "At borgeren vander blomsterne");

        Assert.NotEqual(version, await VersionAsync());
    }

    [Fact]
    public async Task The_reader_reads_only_tables_whose_changes_change_the_version()
    {
        var capture = new SqlCapture();
        var options = new DbContextOptionsBuilder<Retning.Data.AppDbContext>(App.Services.GetRequiredService<DbContextOptions<Retning.Data.AppDbContext>>())
            .AddInterceptors(capture).Options;
        await using var db = App.CreateSystemDbContext();
        var departments = await db.Departments.Select(d => d.Id).ToListAsync();

        await new InsightReader(options, App.Clock).ReadAsync(departments, JanuaryAndFebruary, CancellationToken.None);

        var tables = capture.Commands.SelectMany(sql => TableName().Matches(sql).Select(m => m.Groups[1].Value)).ToHashSet();
        Assert.Contains("SubGoalScoreMonths", tables);
        foreach (var table in tables)
        {
            var types = db.Model.GetEntityTypes().Where(t => t.GetTableName() == table && !t.IsOwned()).Select(t => t.ClrType).ToList();
            Assert.True(types.Count > 0 && types.All(InsightStamps.Watched.Contains), $"The reader reads \"{table}\", which InsightStamps.Watched does not watch.");
        }
    }

    private static async Task WriteNoteAsync(BrowserlessClient client, Guid citizenId, Guid subGoalId, string score, string? date)
    {
        var form = (await client.GetPageAsync($"/borgere/{citizenId}/dagbog/ny?delmaal={subGoalId}")).AssertStatus(HttpStatusCode.OK);
        var fields = new Dictionary<string, string?> { ["Input.SubGoalId"] = subGoalId.ToString(), ["Input.Score"] = score, ["Input.Text"] = "Vi gik turen sammen." };
        if (date is not null)
        {
            fields["Input.ObservedDate"] = date;
        }

        Assert.Equal(HttpStatusCode.Redirect, (await form.SubmitAsync(DiaryForm, fields)).StatusCode);
    }

    [GeneratedRegex("(?:FROM|JOIN)\\s+\"(\\w+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex TableName();

    /// <summary>The SQL of every command the reader's contexts run.</summary>
    private sealed class SqlCapture : DbCommandInterceptor
    {
        public System.Collections.Concurrent.ConcurrentBag<string> Commands { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Commands.Add(command.CommandText);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
