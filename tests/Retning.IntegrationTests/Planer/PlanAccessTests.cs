using System.Net;
using Retning.Domain.Audit;
using Retning.Domain.Plans;
using Retning.IntegrationTests.Formaal;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Planer;

/// <summary>
/// Who may see the plan and purpose pages: department scoping (another department's citizen
/// does not exist: 404), reading for everyone in the department, editing for the contact team
/// and leaders (403 for others), and exactly one audit row per response.
/// </summary>
public sealed class PlanAccessTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    /// <summary>The pages of this feature, relative to /borgere/{id}, and whether they are edit pages.</summary>
    private static readonly (string Path, bool Edit)[] Pages =
    [
        ("formaal", false), ("plan", false), ("plan/udskriv", false),
        ("plan/perspektiv", true), ("plan/tilfoejelser", true), ("plan/metoder", true), ("plan/kompas", true),
        ("plan/dpu", true), ("plan/revisionsdato", true), ("plan/skabelon", true), ("plan/tema/sundhed", true),
    ];

    private RetningApp App => fixture.App;

    /// <summary>A Mågen child outside Mette's contact team, with a purpose and a plan.</summary>
    private async Task<Guid> CitizenWithPlanAsync()
    {
        var child = await App.NewCitizenAsync(DemoUsers.Maagen, PlanTestKit.Today.AddYears(-11));
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        await anne.PostFormAsync($"/borgere/{child.Id}/formaal", "form#tilfoej-formaal", new Dictionary<string, string?>
        {
            ["Input.Title"] = "Trivsel", ["Input.Text"] = "At barnet trives.", ["Input.ReceivedOn"] = "2026-01-15", ["Input.Source"] = nameof(PurposeSource.Order),
            ["Input.CategoryId"] = await App.PurposeCategoryAsync(),
        }).AssertRedirectAsync();
        await anne.CreatePlanAsync(child.Id);
        return child.Id;
    }

    [Fact]
    public async Task A_care_worker_of_another_department_gets_404_on_every_page_and_post_and_each_attempt_is_logged_once()
    {
        var id = await CitizenWithPlanAsync();
        using var jonas = await fixture.SignInAsync(DemoUsers.Jonas);
        foreach (var (path, _) in Pages)
        {
            var before = await App.LastAuditIdAsync();
            var response = await jonas.GetAsync($"/borgere/{id}/{path}");
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"Jonas GET /{path} → {(int)response.StatusCode}, expected 404");
            var row = await App.SingleAuditRowAsync(before, $"Jonas GET /{path}");
            Assert.Equal((AuditAction.Denied, (Guid?)id), (row.Action, row.CitizenId));
        }

        // A post with a valid token of his own is refused the same way.
        var token = (await jonas.GetPageAsync("/konto")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        foreach (var (url, field) in new[] { ($"/borgere/{id}/formaal?handler=Add", "Input.Title"), ($"/borgere/{id}/plan/perspektiv", "Input.Participation"), ($"/borgere/{id}/plan?handler=Create", "Input.Template") })
        {
            var response = await jonas.PostRawAsync(url, new Dictionary<string, string> { ["__RequestVerificationToken"] = token, [field] = "x" });
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"Jonas POST {url} → {(int)response.StatusCode}, expected 404");
        }
    }

    [Fact]
    public async Task Every_GET_writes_exactly_one_audit_row_for_the_citizen()
    {
        var id = await CitizenWithPlanAsync();
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        foreach (var (path, _) in Pages)
        {
            foreach (var visit in new[] { 1, 2 })
            {
                var before = await App.LastAuditIdAsync();
                var response = await anne.GetAsync($"/borgere/{id}/{path}");
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET /{path} (visit {visit}) → {(int)response.StatusCode}");
                var row = await App.SingleAuditRowAsync(before, $"GET /{path} (visit {visit})");
                Assert.Equal((AuditAction.Read, (Guid?)id, DemoUsers.Anne), (row.Action, row.CitizenId, row.UserName));
                Assert.False(string.IsNullOrWhiteSpace(row.Subject));
            }
        }
    }

    [Theory]
    [InlineData(DemoUsers.Mette, 200, 403)]     // care worker of the department, not in the contact team
    [InlineData(DemoUsers.Anne, 200, 200)]      // department head
    [InlineData(DemoUsers.Lars, 200, 200)]      // offer head
    [InlineData(DemoUsers.Kvalitet, 200, 403)]  // quality officer: reads
    [InlineData(DemoUsers.Admin, 403, 403)]     // administrator: no citizen content
    public async Task Reading_is_for_the_department_editing_for_the_contact_team_and_leaders(string email, int read, int edit)
    {
        var id = await CitizenWithPlanAsync();
        using var client = await fixture.SignInAsync(email);
        foreach (var (path, isEdit) in Pages)
        {
            var status = (int)(await client.GetAsync($"/borgere/{id}/{path}")).StatusCode;
            Assert.True(status == (isEdit ? edit : read), $"{email} GET /{path} → {status}, expected {(isEdit ? edit : read)}");
        }
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_log_in()
    {
        var id = await CitizenWithPlanAsync();
        using var anonymous = fixture.Anonymous();
        foreach (var (path, _) in Pages)
        {
            var response = await anonymous.GetAsync($"/borgere/{id}/{path}");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/log-ind", response.RedirectPath());
        }
    }
}
