using System.Net;
using Retning.Domain.Audit;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Maal;

/// <summary>
/// Who may do what on the goal pages: everyone in the citizen's department reads, the contact
/// team and leaders change; another department's citizen does not exist (404); exactly one
/// audit row per response.
/// </summary>
public sealed class GoalAccessTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const int Ok = 200;
    private const int Login = 302;
    private const int Forbidden = 403;
    private const int NotFound = 404;

    private RetningApp App => fixture.App;

    /// <summary>The citizen the authorization matrix uses: an enrolled Mågen citizen whose contact team does not include Mette.</summary>
    private async Task<(Guid Citizen, Guid Goal, Guid SubGoal)> ArrangeAsync()
    {
        var citizen = await App.CitizenAsync(DemoUsers.Maagen, notInContactTeam: DemoUsers.Mette);
        var goals = await App.GoalsOfAsync(citizen.Id);
        var goal = goals.FirstOrDefault(g => g.ParentGoalId is null) ?? await App.AddGoalAsync(citizen.Id, "At Sara går en tur hver eftermiddag");
        var sub = goals.FirstOrDefault(g => g.ParentGoalId == goal.Id) ?? await App.AddGoalAsync(citizen.Id, "At Sara tager sko på selv før turen", goal.Id);
        return (citizen.Id, goal.Id, sub.Id);
    }

    [Fact]
    public async Task Every_role_gets_the_status_the_authorization_matrix_should_list()
    {
        var (citizen, goal, sub) = await ArrangeAsync();
        var expected = new Dictionary<string, int[]>
        {
            // The rows for AuthorizationMatrixTests.Matrix:  anon, mette (Mågen, not in the team), jonas (Ternen), anne, lars, kvalitet, admin
            [$"/borgere/{citizen}/maal"] = [Login, Ok, NotFound, Ok, Ok, Ok, Forbidden],
            [$"/borgere/{citizen}/maal/ny"] = [Login, Forbidden, NotFound, Ok, Ok, Forbidden, Forbidden],
            [$"/borgere/{citizen}/maal/{goal}"] = [Login, Ok, NotFound, Ok, Ok, Ok, Forbidden],
            [$"/borgere/{citizen}/maal/{goal}/rediger"] = [Login, Forbidden, NotFound, Ok, Ok, Forbidden, Forbidden],
            [$"/borgere/{citizen}/delmaal/{sub}"] = [Login, Ok, NotFound, Ok, Ok, Ok, Forbidden],
        };
        string?[] users = [null, DemoUsers.Mette, DemoUsers.Jonas, DemoUsers.Anne, DemoUsers.Lars, DemoUsers.Kvalitet, DemoUsers.Admin];
        var failures = new List<string>();
        for (var i = 0; i < users.Length; i++)
        {
            using var client = users[i] is { } email ? await fixture.SignInAsync(email) : fixture.Anonymous();
            foreach (var (url, statuses) in expected)
            {
                var actual = (int)(await client.GetAsync(url)).StatusCode;
                if (actual != statuses[i])
                {
                    failures.Add($"{users[i] ?? "anonymous"} GET {url} → {actual}, expected {statuses[i]}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task A_care_worker_outside_the_contact_team_reads_the_goals_but_gets_403_on_every_change()
    {
        var (citizen, goal, sub) = await ArrangeAsync();
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);

        var list = (await mette.GetPageAsync($"/borgere/{citizen}/maal")).AssertStatus(HttpStatusCode.OK);
        Assert.Null(list.Document.QuerySelector("a[href$='/maal/ny']"));
        Assert.Null(list.Document.QuerySelector("a[href*='overordnet=']"));
        var view = (await mette.GetPageAsync($"/borgere/{citizen}/maal/{goal}")).AssertStatus(HttpStatusCode.OK);
        Assert.Null(view.Document.QuerySelector("main form"));
        Assert.Contains("At Sara går en tur hver eftermiddag", view.Document.QuerySelector("section[aria-labelledby='om-maalet']")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(view.Document.QuerySelector(".app-smort-panel li[data-letter=O]"));
        (await mette.GetPageAsync($"/borgere/{citizen}/delmaal/{sub}")).AssertStatus(HttpStatusCode.OK);

        var token = await mette.TokenAsync();
        var before = await App.LastAuditIdAsync();
        var posts = new[]
        {
            $"/borgere/{citizen}/maal/ny",
            $"/borgere/{citizen}/maal/ny?handler=Smort",
            $"/borgere/{citizen}/maal/{goal}/rediger",
            $"/borgere/{citizen}/maal/{goal}/rediger?handler=Smort",
            $"/borgere/{citizen}/maal/{goal}/rediger?handler=AddIntervention",
            $"/borgere/{citizen}/maal/{goal}/rediger?handler=RemoveIntervention&interventionId={Guid.NewGuid()}",
            $"/borgere/{citizen}/maal/{goal}/rediger?handler=AddCollaborator",
            $"/borgere/{citizen}/maal/{goal}/rediger?handler=RemoveCollaborator&collaboratorId={Guid.NewGuid()}",
        };
        foreach (var url in posts)
        {
            var response = await mette.PostRawAsync(url, new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["Input.Text"] = "Ændret af en uden ret",
                ["Input.Version"] = "0",
                ["NewIntervention.What"] = "Noget",
            });
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"POST {url} as Mette answered {(int)response.StatusCode}, expected 403.");
        }

        var rows = await App.AuditEntriesSinceAsync(before);
        Assert.Equal(posts.Length, rows.Count);
        Assert.All(rows, r => Assert.Equal((AuditAction.Denied, citizen), (r.Action, r.CitizenId!.Value)));
        Assert.Equal(403, (int)(await mette.GetAsync($"/borgere/{citizen}/maal/ny")).StatusCode);
        Assert.Equal(403, (int)(await mette.GetAsync($"/borgere/{citizen}/maal/{goal}/rediger")).StatusCode);
        Assert.Null(view.Document.QuerySelector($"a[href$='/maal/{goal}/rediger']"));
        Assert.NotEqual("Ændret af en uden ret", (await App.FindGoalAsync(goal))!.Text);
    }

    [Fact]
    public async Task A_care_worker_of_another_department_gets_404_on_every_goal_route()
    {
        var (citizen, goal, sub) = await ArrangeAsync();
        using var jonas = await fixture.SignInAsync(DemoUsers.Jonas);
        foreach (var url in new[] { $"/borgere/{citizen}/maal", $"/borgere/{citizen}/maal?vis=alle", $"/borgere/{citizen}/maal/ny",
                     $"/borgere/{citizen}/maal/ny?overordnet={goal}", $"/borgere/{citizen}/maal/{goal}", $"/borgere/{citizen}/maal/{sub}", $"/borgere/{citizen}/delmaal/{sub}",
                     $"/borgere/{citizen}/maal/{goal}/rediger", $"/borgere/{citizen}/maal/{sub}/rediger" })
        {
            Assert.True((await jonas.GetAsync(url)).StatusCode == HttpStatusCode.NotFound, $"GET {url} as Jonas should be 404.");
        }

        var token = await jonas.TokenAsync();
        foreach (var url in new[] { $"/borgere/{citizen}/maal/ny", $"/borgere/{citizen}/maal/{goal}/rediger", $"/borgere/{citizen}/maal/{goal}/rediger?handler=AddIntervention" })
        {
            var response = await jonas.PostRawAsync(url, new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Input.Text"] = "x" });
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"POST {url} as Jonas answered {(int)response.StatusCode}, expected 404.");
        }
    }

    [Fact]
    public async Task Every_GET_of_a_goal_page_writes_exactly_one_Read_row()
    {
        var (citizen, goal, sub) = await ArrangeAsync();
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        foreach (var url in new[] { $"/borgere/{citizen}/maal", $"/borgere/{citizen}/maal?vis=alle", $"/borgere/{citizen}/maal/ny",
                     $"/borgere/{citizen}/maal/ny?overordnet={goal}", $"/borgere/{citizen}/maal/{goal}", $"/borgere/{citizen}/maal/{goal}/rediger",
                     $"/borgere/{citizen}/maal/{sub}/rediger", $"/borgere/{citizen}/delmaal/{sub}" })
        {
            var before = await App.LastAuditIdAsync();
            Assert.Equal(HttpStatusCode.OK, (await anne.GetAsync(url)).StatusCode);
            var rows = await App.AuditEntriesSinceAsync(before);
            Assert.True(rows.Count == 1, $"GET {url} wrote {rows.Count} audit rows, expected exactly 1.");
            Assert.Equal((AuditAction.Read, citizen, DemoUsers.Anne), (rows[0].Action, rows[0].CitizenId!.Value, rows[0].UserName));
        }
    }

    [Fact]
    public async Task A_sub_goals_old_address_leads_an_editor_to_its_form_and_a_reader_to_its_page()
    {
        var (citizen, _, sub) = await ArrangeAsync();
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);

        Assert.Equal($"/borgere/{citizen}/maal/{sub}/rediger", (await anne.GetAsync($"/borgere/{citizen}/maal/{sub}")).RedirectPath());
        Assert.Equal($"/borgere/{citizen}/delmaal/{sub}", (await mette.GetAsync($"/borgere/{citizen}/maal/{sub}")).RedirectPath());
    }

    [Fact]
    public async Task Goals_that_are_not_this_citizens_or_not_sub_goals_are_404()
    {
        var (citizen, goal, _) = await ArrangeAsync();
        var other = await App.NthCitizenAsync(DemoUsers.Maagen, 0, inContactTeam: DemoUsers.Mette);
        var othersGoal = await App.AddGoalAsync(other.Id, "At Emil spiser morgenmad hver dag");
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);

        Assert.Equal(HttpStatusCode.NotFound, (await anne.GetAsync($"/borgere/{citizen}/maal/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anne.GetAsync($"/borgere/{citizen}/maal/{othersGoal.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anne.GetAsync($"/borgere/{citizen}/delmaal/{goal}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anne.GetAsync($"/borgere/{citizen}/delmaal/{Guid.NewGuid()}")).StatusCode);
    }
}
