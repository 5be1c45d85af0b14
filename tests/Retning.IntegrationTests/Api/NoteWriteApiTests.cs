using System.Net;
using Retning.Domain.Audit;
using Retning.Domain.Diary;
using Retning.IntegrationTests.Dagbog;
using Retning.IntegrationTests.Maal;
using Retning.IntegrationTests.Support;
using Retning.Testing;

namespace Retning.IntegrationTests.Api;

/// <summary>POST of notes: the diary form's rules, idempotency keys, strict JSON, and nothing half-written.</summary>
public sealed class NoteWriteApiTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private RetningApp App => fixture.App;

    private async Task<(Guid Citizen, Guid SubGoal)> CitizenWithSubGoalAsync(int n)
    {
        var citizen = await App.NthCitizenAsync(DemoUsers.Maagen, n);
        var goal = await App.AddGoalAsync(citizen.Id, "At borgeren smører sin madpakke");
        var subGoal = await App.AddGoalAsync(citizen.Id, "At borgeren finder pålægget frem", goal.Id);
        return (citizen.Id, subGoal.Id);
    }

    private object ScoredNote(Guid subGoalId, string text = "Vi fandt pålægget frem sammen.", int score = 2) => new
    {
        subGoalId, score, text, effect = "Roligere morgen", observedAt = App.Clock.GetUtcNow().AddMinutes(-30).ToString("O"),
    };

    [Fact]
    public async Task A_scored_note_is_written_as_the_form_writes_it_with_one_Create_row_in_its_transaction()
    {
        var (citizenId, subGoalId) = await CitizenWithSubGoalAsync(0);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var before = await App.LastAuditIdAsync();

        var answer = (await mette.PostJsonAsync($"/api/v1/borgere/{citizenId}/notater/delmaal", ScoredNote(subGoalId), Guid.NewGuid())).Assert(HttpStatusCode.Created);

        var note = Assert.Single(await App.NotesOfAsync(citizenId));
        Assert.Equal((DiaryKind.SubGoal, subGoalId, 2, "Mette Kjær"), (note.Kind, note.SubGoalId!.Value, note.ScoreValue!.Value, note.AuthorName));
        Assert.NotNull(note.ScaleVersionId);
        Assert.Single(note.Versions);
        Assert.Equal($"/api/v1/borgere/{citizenId}/notater/{note.Id}", answer.Location);
        Assert.Equal("subGoal", answer.Json["kind"]!.GetValue<string>());
        Assert.Equal($"\"v{note.Version}\"", answer.ETag);
        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Create, (Guid?)citizenId, "Dagbog: delmålsnotat skrevet"), (row.Action, row.CitizenId, row.Subject));
        Assert.Equal(note.CreatedUtc, row.AtUtc);
    }

    [Fact]
    public async Task The_same_key_twice_makes_one_note_and_answers_the_first_response_again()
    {
        var (citizenId, subGoalId) = await CitizenWithSubGoalAsync(1);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var key = Guid.NewGuid();
        var body = ScoredNote(subGoalId);

        var first = (await mette.PostJsonAsync($"/api/v1/borgere/{citizenId}/notater/delmaal", body, key)).Assert(HttpStatusCode.Created);
        var before = await App.LastAuditIdAsync();
        var second = (await mette.PostJsonAsync($"/api/v1/borgere/{citizenId}/notater/delmaal", body, key)).Assert(HttpStatusCode.Created);

        Assert.Single(await App.NotesOfAsync(citizenId));
        Assert.Equal(first.Location, second.Location);
        Assert.Equal(first.Json.ToJsonString(), second.Json.ToJsonString());
        var row = Assert.Single(await App.AuditEntriesSinceAsync(before)); // the repeat shows the note: one Read row
        Assert.Equal((AuditAction.Read, "API: dagbog: gentaget oprettelse"), (row.Action, row.Subject));

        // The same key with another body is refused; nothing more is written.
        var other = await mette.PostJsonAsync($"/api/v1/borgere/{citizenId}/notater/delmaal", ScoredNote(subGoalId, "Et andet notat."), key);
        other.AssertProblem(HttpStatusCode.UnprocessableEntity, "Idempotency-Key");
        Assert.Single(await App.NotesOfAsync(citizenId));

        // The key is the caller's: another user's same key creates their own note.
        using var anne = await fixture.SignInAsync(DemoUsers.Anne);
        (await anne.PostJsonAsync($"/api/v1/borgere/{citizenId}/notater/delmaal", body, key)).Assert(HttpStatusCode.Created);
        Assert.Equal(2, (await App.NotesOfAsync(citizenId)).Count);
    }

    [Fact]
    public async Task A_POST_without_a_UUID_key_is_400_and_writes_nothing()
    {
        var (citizenId, subGoalId) = await CitizenWithSubGoalAsync(2);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var url = $"/api/v1/borgere/{citizenId}/notater/delmaal";

        (await mette.PostJsonAsync(url, ScoredNote(subGoalId), key: null)).AssertProblem(HttpStatusCode.BadRequest, "Idempotency-Key");
        (await mette.SendJsonAsync(HttpMethod.Post, url, System.Text.Json.JsonSerializer.Serialize(ScoredNote(subGoalId)), [("Idempotency-Key", "nøgle")]))
            .AssertProblem(HttpStatusCode.BadRequest, "Idempotency-Key");
        Assert.Empty(await App.NotesOfAsync(citizenId));
    }

    [Theory]
    [InlineData("{\"subGoalId\":null,\"text\":\"x\",\"farve\":\"rød\"}", HttpStatusCode.BadRequest, "farve")]
    [InlineData("{\"score\":\"to\"}", HttpStatusCode.BadRequest, "score")]
    [InlineData("{\"observedAt\":\"i går\"}", HttpStatusCode.BadRequest, "observedAt")]
    [InlineData("{\"text\": \"uafsluttet", HttpStatusCode.BadRequest, null)]
    [InlineData("[1,2", HttpStatusCode.BadRequest, null)]
    public async Task Unknown_fields_wrong_types_and_malformed_JSON_are_400_naming_the_field(string json, HttpStatusCode status, string? field)
    {
        var (citizenId, _) = await CitizenWithSubGoalAsync(3);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var before = await App.LastAuditIdAsync();

        (await mette.SendJsonAsync(HttpMethod.Post, $"/api/v1/borgere/{citizenId}/notater/delmaal", json, [("Idempotency-Key", Guid.NewGuid().ToString())]))
            .AssertProblem(status, field);
        Assert.Empty(await App.NotesOfAsync(citizenId));
        Assert.Empty(await App.AuditEntriesSinceAsync(before));
    }

    [Fact]
    public async Task Over_long_text_is_422_naming_the_field_and_a_body_over_the_cap_is_413()
    {
        var (citizenId, subGoalId) = await CitizenWithSubGoalAsync(4);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var url = $"/api/v1/borgere/{citizenId}/notater/delmaal";

        var problem = (await mette.PostJsonAsync(url, ScoredNote(subGoalId, new string('a', DiaryRules.MaxText + 1)), Guid.NewGuid()))
            .AssertProblem(HttpStatusCode.UnprocessableEntity, "text");
        Assert.Contains("Teksten er for lang", problem["errors"]!["text"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        (await mette.PostJsonAsync(url, ScoredNote(subGoalId, new string('a', 300_000)), Guid.NewGuid())).AssertProblem(HttpStatusCode.RequestEntityTooLarge);
        (await mette.SendJsonAsync(HttpMethod.Post, url, "text=hej", [("Idempotency-Key", Guid.NewGuid().ToString())], "application/x-www-form-urlencoded"))
            .AssertProblem(HttpStatusCode.UnsupportedMediaType);
        Assert.Empty(await App.NotesOfAsync(citizenId));
    }

    [Fact]
    public async Task The_diary_forms_rules_answer_422_in_Danish_at_each_field()
    {
        var (citizenId, _) = await CitizenWithSubGoalAsync(5);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);
        var before = await App.LastAuditIdAsync();

        var problem = (await mette.PostJsonAsync($"/api/v1/borgere/{citizenId}/notater/delmaal", new { text = "  " }, Guid.NewGuid()))
            .AssertProblem(HttpStatusCode.UnprocessableEntity, "subGoalId");
        Assert.Equal("Skriv, hvad der blev gjort.", problem["errors"]!["text"]![0]!.GetValue<string>());
        Assert.NotNull(problem["errors"]!["observedAt"]);
        Assert.Empty(await App.NotesOfAsync(citizenId));
        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal(AuditAction.Read, row.Action);
    }

    [Fact]
    public async Task A_resident_note_is_written_with_the_offers_context_and_type()
    {
        var (citizenId, _) = await CitizenWithSubGoalAsync(6);
        var (context, type, _) = await App.CategoriesAsync(citizenId);
        using var mette = await fixture.SignInAsync(DemoUsers.Mette);

        var answer = (await mette.PostJsonAsync($"/api/v1/borgere/{citizenId}/notater/beboer",
            new { contextId = context, noteTypeId = type, text = "Hun var glad for turen.", observedAt = App.Clock.GetUtcNow().ToString("O") }, Guid.NewGuid()))
            .Assert(HttpStatusCode.Created);

        var note = Assert.Single(await App.NotesOfAsync(citizenId));
        Assert.Equal((DiaryKind.Resident, (Guid?)context, (Guid?)type), (note.Kind, note.ContextId, note.NoteTypeId));
        Assert.Equal("resident", answer.Json["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_quality_officer_who_reads_but_does_not_write_is_403_and_audited()
    {
        var (citizenId, subGoalId) = await CitizenWithSubGoalAsync(7);
        using var kvalitet = await fixture.SignInAsync(DemoUsers.Kvalitet);
        var before = await App.LastAuditIdAsync();

        (await kvalitet.PostJsonAsync($"/api/v1/borgere/{citizenId}/notater/delmaal", ScoredNote(subGoalId), Guid.NewGuid())).AssertProblem(HttpStatusCode.Forbidden);

        Assert.Empty(await App.NotesOfAsync(citizenId));
        var row = Assert.Single(await App.AuditEntriesSinceAsync(before));
        Assert.Equal((AuditAction.Denied, (Guid?)citizenId), (row.Action, row.CitizenId));
    }
}
