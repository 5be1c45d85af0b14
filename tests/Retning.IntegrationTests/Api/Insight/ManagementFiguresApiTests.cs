using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Retning.Domain.ApiClients;
using Retning.Domain.Audit;
using Retning.Domain.Insight;
using Retning.IntegrationTests.Api.Auth;
using Retning.IntegrationTests.Support;
using Retning.Testing;
using Retning.Web.Services.Insight;

namespace Retning.IntegrationTests.Api.Insight;

/// <summary>
/// /api/v1/ledelsesinformation: the overview page's figures for the caller's departments, equal to the domain's count
/// for the same scope and period, each with its catalogue definition; the page's rule on who reads them; Danish
/// messages for bad parameters; one Read row per call.
/// </summary>
public sealed class ManagementFiguresApiTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    [Fact]
    public async Task A_department_head_gets_her_departments_figures_as_the_domain_counts_them_with_their_definitions()
    {
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var maagen = await App.DepartmentIdAsync(DemoUsers.Maagen);
        var before = await App.LastAuditIdAsync();

        var json = (await anne.GetJsonAsync("/api/v1/ledelsesinformation")).Assert(HttpStatusCode.OK).Json;

        Assert.Equal([maagen.ToString()], json["departments"]!.AsArray().Select(d => d!["id"]!.GetValue<string>()));
        var period = ReportPeriod.For(PeriodChoice.Last12Months, App.Today);
        Assert.Equal(period.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), json["period"]!["from"]!.GetValue<string>());
        await AssertFiguresAsync(json, [maagen], period);
        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Read, (Guid?)null, "API: ledelsesinformation", DemoUsers.Anne), (row.Action, row.CitizenId, row.Subject, row.UserName));
    }

    [Fact]
    public async Task An_offer_head_narrows_to_one_department_and_a_chosen_period()
    {
        using var lars = await fixture.SignInAsync(DemoUsers.Lars); // Solsikken: Mågen and Ternen
        var ternen = await App.DepartmentIdAsync(DemoUsers.Ternen);

        var json = (await lars.GetJsonAsync($"/api/v1/ledelsesinformation?periode=valgfri&fra=2025-07&til=2025-12&afdeling={ternen}")).Assert(HttpStatusCode.OK).Json;

        Assert.Equal([ternen.ToString()], json["departments"]!.AsArray().Select(d => d!["id"]!.GetValue<string>()));
        var period = new ReportPeriod(new DateOnly(2025, 7, 1), new DateOnly(2025, 12, 31));
        Assert.Equal(6, json["period"]!["months"]!.GetValue<int>());
        await AssertFiguresAsync(json, [ternen], period);
    }

    [Fact]
    public async Task Bad_parameters_get_a_Danish_message_at_the_parameter()
    {
        using var lars = await fixture.SignInAsync(DemoUsers.Lars);
        var birken = await App.DepartmentIdAsync(DemoUsers.Birken); // another offer's department
        var before = await App.LastAuditIdAsync();

        (await lars.GetJsonAsync("/api/v1/ledelsesinformation?periode=uge")).AssertProblem(HttpStatusCode.BadRequest, "periode");
        (await lars.GetJsonAsync("/api/v1/ledelsesinformation?periode=valgfri&til=2025-12")).AssertProblem(HttpStatusCode.BadRequest, "fra");
        (await lars.GetJsonAsync("/api/v1/ledelsesinformation?periode=valgfri&fra=2025-01&til=2026-05")).AssertProblem(HttpStatusCode.BadRequest, "til");
        (await lars.GetJsonAsync("/api/v1/ledelsesinformation?fra=2025-01")).AssertProblem(HttpStatusCode.BadRequest, "fra");
        (await lars.GetJsonAsync("/api/v1/ledelsesinformation?afdeling=maagen")).AssertProblem(HttpStatusCode.BadRequest, "afdeling");
        (await lars.GetJsonAsync($"/api/v1/ledelsesinformation?afdeling={birken}")).AssertProblem(HttpStatusCode.BadRequest, "afdeling");
        (await lars.GetJsonAsync($"/api/v1/ledelsesinformation?tilbud={birken}")).AssertProblem(HttpStatusCode.BadRequest, "tilbud");
        Assert.Empty(await App.AuditEntriesSinceAsync(before));
    }

    [Fact]
    public async Task Who_reads_figures_follows_the_page_and_a_client_reads_its_own_departments()
    {
        using var jonas = await fixture.SignInAsync(DemoUsers.Jonas);
        using var admin = await fixture.SignInAsync(DemoUsers.Admin);
        using var sektor = await fixture.SignInAsync(DemoUsers.Sektor);
        (await jonas.GetJsonAsync("/api/v1/ledelsesinformation")).AssertProblem(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Forbidden, (await jonas.GetAsync("/ledelsesinformation")).StatusCode);
        (await admin.GetJsonAsync("/api/v1/ledelsesinformation")).AssertProblem(HttpStatusCode.Forbidden);
        (await sektor.GetJsonAsync("/api/v1/ledelsesinformation")).Assert(HttpStatusCode.OK);

        var client = await App.AddApiClientAsync("Regionens datavarehus", DemoUsers.Maagen, ApiRights.Read);
        using var http = App.ApiHttp();
        var before = await App.LastAuditIdAsync();
        using var response = await http.GetWithTokenAsync("/api/v1/ledelsesinformation", await http.TokenAsync(client));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var maagen = await App.DepartmentIdAsync(DemoUsers.Maagen);
        Assert.Equal([maagen.ToString()], json["departments"]!.AsArray().Select(d => d!["id"]!.GetValue<string>()));
        await AssertFiguresAsync(json, [maagen], ReportPeriod.For(PeriodChoice.Last12Months, App.Today));
        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Read, (Guid?)client.Id, "API-klient: Regionens datavarehus"), (row.Action, row.UserId, row.UserName));
    }

    /// <summary>Every figure as the domain counts it over the departments' data (the page's function), with the catalogue's definition.</summary>
    private async Task AssertFiguresAsync(JsonNode json, Guid[] departments, ReportPeriod period)
    {
        var data = await App.Services.GetRequiredService<InsightCache>().ReadAsync(departments, period, CancellationToken.None);
        var figures = json["figures"]!.AsArray();
        Assert.Equal(FigureCatalog.All.Count, figures.Count);
        foreach (var (definition, figure) in FigureCatalog.All.Zip(figures))
        {
            Assert.Equal(definition.Slug, figure!["slug"]!.GetValue<string>());
            Assert.Equal(definition.Counts, figure["definition"]!["counts"]!.GetValue<string>());
            Assert.Equal(definition.Rate, figure["definition"]!["rate"]?.GetValue<string>());
            AssertCounts(FigureValue.Of(Figures.Count(definition.Key, data, period, App.Today)), figure["current"], definition.Slug);
            AssertCounts(FigureValue.Of(Figures.Count(definition.Key, data, period.Previous, App.Today)), figure["previous"], definition.Slug);
        }

        Assert.Contains(figures, f => f!["current"]!["rows"]!.GetValue<int>() > 0);
    }

    private static void AssertCounts(FigureValue expected, JsonNode? actual, string slug)
    {
        Assert.NotNull(actual);
        Assert.True(
            (expected.Rows, expected.Denominator, expected.Successes, expected.Citizens, expected.Percent, expected.Outcomes.Count)
            == (actual["rows"]!.GetValue<int>(), actual["denominator"]!.GetValue<int>(), actual["successes"]!.GetValue<int>(),
                actual["citizens"]!.GetValue<int>(), actual["percent"]?.GetValue<int>(), actual["outcomes"]!.AsArray().Count),
            $"{slug}: expected {expected}, got {actual.ToJsonString()}");
    }
}
