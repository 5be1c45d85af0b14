using System.Net;
using Hl7.Fhir.Model;
using Retning.Domain.ApiClients;
using Retning.Domain.Audit;
using Retning.IntegrationTests.Api.Auth;
using Retning.IntegrationTests.Support;
using Retning.Testing;
using Retning.Web.Api.Fhir;
using Task = System.Threading.Tasks.Task;

namespace Retning.IntegrationTests.Api.Fhir;

/// <summary>
/// GET /api/v1/borgere/{id}/fhir (docs/fhir.md, docs/adr/0019-fhir-export.md): a demo citizen's plan as a Bundle that
/// Firely's validator finds valid against the R4 base spec, with FFB codes on themes, goal types, scores and decisions;
/// free text only for a caller who may read it; 404 outside scope (audited); one Export audit row per export.
/// </summary>
public sealed class FhirExportApiTests(AppFixture fixture, ITestOutputHelper output) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    private static string Url(Guid citizenId) => $"/api/v1/borgere/{citizenId}/fhir";

    [Fact]
    public async Task A_client_without_the_text_right_gets_a_valid_Bundle_with_FFB_codes_and_no_free_text()
    {
        var arranged = await App.ArrangeAsync(0);
        var client = await App.AddApiClientAsync("Regionens datavarehus", DemoUsers.Maagen, ApiRights.Read);
        using var http = App.ApiHttp();
        var token = await http.TokenAsync(client);
        var before = await App.LastAuditIdAsync();

        using var response = await http.GetWithTokenAsync(Url(arranged.CitizenId), token);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        var bundle = FhirExportTestData.Parse(body);
        AssertValid(bundle);
        AssertFfbCoded(bundle);
        Assert.All(bundle.Resources<DomainResource>(), r => Assert.Null(r.Text));
        Assert.All(bundle.Resources<Goal>(), g => Assert.Null(g.Description.Text));
        Assert.NotEmpty(arranged.FreeTexts);
        Assert.All(arranged.FreeTexts, text => Assert.DoesNotContain(text, body, StringComparison.Ordinal));
        Assert.DoesNotContain(arranged.NoteText, body, StringComparison.Ordinal);
        Assert.DoesNotContain(arranged.EvaluationText, body, StringComparison.Ordinal);
        Assert.DoesNotContain(arranged.GoalText, body, StringComparison.Ordinal);
        // Retning keeps no KOMBIT organisation id: named in the headers, not in the Bundle.
        Assert.True(int.Parse(Assert.Single(response.Headers.GetValues(FhirEndpoints.UnmappedCountHeader)), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Contains("Patient.managingOrganization", Assert.Single(response.Headers.GetValues(FhirEndpoints.UnmappedElementsHeader)), StringComparison.Ordinal);

        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Export, (Guid?)arranged.CitizenId, FhirEndpoints.AuditSubject, (Guid?)client.Id), (row.Action, row.CitizenId, row.Subject, row.UserId));
        Assert.Contains("fritekst=uden", row.Detail, StringComparison.Ordinal);
        Assert.Contains($"ressourcer={bundle.Entry.Count}", row.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_with_the_text_right_gets_the_goals_notes_and_evaluations_texts_in_a_valid_Bundle()
    {
        var arranged = await App.ArrangeAsync(1);
        var client = await App.AddApiClientAsync("Kommunens sagssystem", DemoUsers.Maagen, ApiRights.Read | ApiRights.Text);
        using var http = App.ApiHttp();
        var token = await http.TokenAsync(client);
        var before = await App.LastAuditIdAsync();

        using var response = await http.GetWithTokenAsync(Url(arranged.CitizenId), token);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var bundle = FhirExportTestData.Parse(body);
        AssertValid(bundle);
        AssertFfbCoded(bundle);
        Assert.Contains(bundle.Resources<Goal>(), g => g.Description.Text == arranged.GoalText);
        Assert.Contains(arranged.NoteText, body, StringComparison.Ordinal);
        Assert.Contains(arranged.EvaluationText, body, StringComparison.Ordinal);
        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Export, (Guid?)client.Id), (row.Action, row.UserId));
        Assert.Contains("fritekst=med", row.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_staff_member_who_reads_the_citizens_diary_gets_the_texts_and_one_Export_row_in_their_name()
    {
        var arranged = await App.ArrangeAsync(2);
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        var before = await App.LastAuditIdAsync();

        var answer = (await anne.GetJsonAsync(Url(arranged.CitizenId))).Assert(HttpStatusCode.OK);

        Assert.Equal("application/fhir+json", answer.ContentType);
        Assert.Contains(arranged.NoteText, answer.Body, StringComparison.Ordinal);
        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Export, (Guid?)arranged.CitizenId, DemoUsers.Anne), (row.Action, row.CitizenId, row.UserName));
        Assert.Contains("fritekst=med", row.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_citizen_of_another_department_is_404_for_a_client_and_for_staff_and_each_attempt_is_audited_as_denied()
    {
        var arranged = await App.ArrangeAsync(3);
        var client = await App.AddApiClientAsync("Ternens app", DemoUsers.Ternen, ApiRights.Read | ApiRights.Text);
        using var http = App.ApiHttp();
        var token = await http.TokenAsync(client);
        using var jonas = await fixture.SignInAsync(DemoUsers.Jonas);
        var before = await App.LastAuditIdAsync();

        using var response = await http.GetWithTokenAsync(Url(arranged.CitizenId), token);
        var staff = await jonas.GetJsonAsync(Url(arranged.CitizenId));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        staff.AssertProblem(HttpStatusCode.NotFound);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(arranged.NoteText, body + staff.Body, StringComparison.Ordinal);
        var rows = await App.AuditEntriesSinceAsync(before);
        Assert.Equal([(AuditAction.Denied, (Guid?)arranged.CitizenId), (AuditAction.Denied, arranged.CitizenId)], rows.Select(r => (r.Action, r.CitizenId)));
    }

    private void AssertValid(Bundle bundle)
    {
        var outcome = FhirValidation.Validate(FhirValidation.WithoutProfiles(bundle));
        output.WriteLine(FhirValidation.Describe(outcome.Issue));
        var errors = FhirValidation.Errors(outcome);
        Assert.True(errors.Count == 0, FhirValidation.Describe(errors));
    }

    /// <summary>FFB codes (urn:oid:1.2.208.176.2.22) on the themes' conditions, the goals' types, the scores and the decisions.</summary>
    private static void AssertFfbCoded(Bundle bundle)
    {
        Assert.Equal(Bundle.BundleType.Collection, bundle.Type);
        Assert.Single(bundle.Resources<Patient>());
        Assert.Single(bundle.Resources<CarePlan>());
        var conditions = bundle.Resources<Condition>().ToList();
        Assert.NotEmpty(conditions);
        Assert.All(conditions, c => Assert.True(c.Code.IsFfb(), $"Condition {c.Id} has no FFB code"));
        var goals = bundle.Resources<Goal>().ToList();
        Assert.True(goals.Count >= 2, "goals and sub-goals");
        Assert.All(goals, g => Assert.Contains(g.Target, t => (t.Detail as CodeableConcept).IsFfb()));
        Assert.Contains(goals, g => g.Extension.Any(e => e.Url == "http://hl7.org/fhir/StructureDefinition/goal-relationship"));
        var observations = bundle.Resources<Observation>().ToList();
        Assert.True(observations.Count >= 2, "a score and an evaluation");
        Assert.All(observations, o => Assert.True((o.Value as CodeableConcept).IsFfb(), $"Observation {o.Id} has no FFB value"));
    }
}
