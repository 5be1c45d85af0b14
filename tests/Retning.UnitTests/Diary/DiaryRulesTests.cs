using Microsoft.Extensions.Time.Testing;
using Retning.Domain.Diary;
using Retning.Domain.Organisation;

namespace Retning.UnitTests.Diary;

/// <summary>Version rules of the diary: write, correct (never in place), mark as wrong citizen, who may do what.</summary>
public sealed class DiaryRulesTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
    private static DateTime Now => Clock.GetUtcNow().UtcDateTime;
    private static readonly Guid Author = Guid.NewGuid();
    private static readonly Guid Leader = Guid.NewGuid();

    private static NoteContent Content(string text = "Øvede at tage skoene på", int? score = 2) => new()
    {
        ObservedAtUtc = Now.AddHours(-1), ObservedOn = new DateOnly(2026, 3, 2), SubGoalId = Guid.NewGuid(), Text = text,
        ScoreValue = score, ScaleVersionId = score is null ? null : Guid.NewGuid(),
    };

    private static HashSet<StaffRole> Roles(params StaffRole[] roles) => [.. roles];

    [Fact]
    public void Writing_makes_version_1_with_the_same_content_and_no_reason()
    {
        var content = Content();
        var entry = DiaryRules.Write(Guid.NewGuid(), DiaryKind.SubGoal, content, Author, "Mette", Now);

        var version = Assert.Single(entry.Versions);
        Assert.Equal((1, 1, "Mette", (string?)null), (entry.CurrentVersion, version.Number, version.WrittenByName, version.CorrectionReason));
        Assert.True(DiaryRules.SameContent(entry, version));
        Assert.True(DiaryRules.SameContent(entry, content));
        Assert.Equal(entry.Id, version.EntryId);
        Assert.False(entry.IsCorrected);
    }

    [Fact]
    public void A_correction_adds_a_version_and_leaves_the_earlier_one_as_written()
    {
        var entry = DiaryRules.Write(Guid.NewGuid(), DiaryKind.SubGoal, Content("Første tekst", 3), Author, "Mette", Now);
        var corrected = Content("Rettet tekst", 1);
        Clock.Advance(TimeSpan.FromMinutes(10));

        var version = DiaryRules.Correct(entry, corrected, Leader, "Anne", "  Forkert score  ", Now, out var problem);

        Assert.Null(problem);
        Assert.NotNull(version);
        Assert.Equal((2, 2, "Anne", "Forkert score"), (entry.CurrentVersion, version.Number, version.WrittenByName, version.CorrectionReason));
        Assert.Equal(("Rettet tekst", 1), (entry.Text, entry.ScoreValue!.Value));
        var first = entry.Versions.Single(v => v.Number == 1);
        Assert.Equal(("Første tekst", 3), (first.Text, first.ScoreValue!.Value));
        Assert.True(entry.IsCorrected);
        Assert.Equal("Mette", entry.AuthorName); // the author stays the author
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void A_correction_needs_a_reason(string? reason)
    {
        var entry = DiaryRules.Write(Guid.NewGuid(), DiaryKind.SubGoal, Content(), Author, "Mette", Now);
        Assert.Null(DiaryRules.Correct(entry, Content("Ny"), Author, "Mette", reason, Now, out var problem));
        Assert.Equal("Skriv, hvorfor notatet rettes.", problem);
        Assert.Single(entry.Versions);
    }

    [Fact]
    public void A_correction_that_changes_nothing_is_refused()
    {
        var content = Content();
        var entry = DiaryRules.Write(Guid.NewGuid(), DiaryKind.SubGoal, content, Author, "Mette", Now);
        Assert.Null(DiaryRules.Correct(entry, content, Author, "Mette", "Tjek", Now, out var problem));
        Assert.Equal("Rettelsen ændrer ikke noget i notatet.", problem);
    }

    [Fact]
    public void A_note_marked_as_written_on_the_wrong_citizen_cannot_be_corrected_or_marked_again()
    {
        var entry = DiaryRules.Write(Guid.NewGuid(), DiaryKind.SubGoal, Content(), Author, "Mette", Now);
        Assert.Equal("Skriv, hvorfor notatet er skrevet på en forkert borger.", DiaryRules.MarkWrongCitizen(entry, "Anne", " ", Now));
        Assert.False(entry.IsMarkedWrongCitizen);

        Assert.Null(DiaryRules.MarkWrongCitizen(entry, "Anne", "Skrevet på Emil", Now));

        Assert.True(entry.IsMarkedWrongCitizen);
        Assert.Equal(("Anne", "Skrevet på Emil", Now), (entry.WrongCitizenMarkedBy, entry.WrongCitizenReason, entry.WrongCitizenMarkedUtc!.Value));
        Assert.NotNull(DiaryRules.MarkWrongCitizen(entry, "Anne", "Igen", Now));
        Assert.Null(DiaryRules.Correct(entry, Content("Ny"), Author, "Mette", "Rettelse", Now, out var problem));
        Assert.StartsWith("Notatet er markeret som skrevet på en forkert borger", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Who_may_write_correct_mark_and_read_earlier_versions()
    {
        var careWorker = Roles(StaffRole.CareWorker);
        var head = Roles(StaffRole.DepartmentHead);
        var offerHead = Roles(StaffRole.OfferHead);
        var quality = Roles(StaffRole.QualityOfficer);

        Assert.True(DiaryRules.CanWrite(careWorker) && DiaryRules.CanWrite(head) && DiaryRules.CanWrite(offerHead));
        Assert.False(DiaryRules.CanWrite(quality));
        Assert.True(DiaryRules.CanCorrect(isAuthor: true, careWorker));
        Assert.False(DiaryRules.CanCorrect(isAuthor: false, careWorker));
        Assert.True(DiaryRules.CanCorrect(isAuthor: false, head));
        Assert.False(DiaryRules.CanCorrect(isAuthor: true, quality)); // a quality officer writes no notes to correct
        Assert.True(DiaryRules.CanMarkWrongCitizen(head) && DiaryRules.CanMarkWrongCitizen(offerHead));
        Assert.False(DiaryRules.CanMarkWrongCitizen(careWorker));
        Assert.True(DiaryRules.CanReadEarlierVersions(isAuthor: true, careWorker));
        Assert.False(DiaryRules.CanReadEarlierVersions(isAuthor: false, careWorker));
        Assert.True(DiaryRules.CanReadEarlierVersions(isAuthor: false, quality));
    }

    [Fact]
    public void An_observation_may_be_a_few_minutes_ahead_and_up_to_31_days_back()
    {
        Assert.Null(DiaryRules.ObservationTimeProblem(Now.AddMinutes(5), Now));
        Assert.NotNull(DiaryRules.ObservationTimeProblem(Now.AddMinutes(6), Now));
        Assert.Null(DiaryRules.ObservationTimeProblem(Now.AddDays(-31), Now));
        Assert.StartsWith("Et notat kan højst dateres 31 dage tilbage", DiaryRules.ObservationTimeProblem(Now.AddDays(-31).AddMinutes(-1), Now), StringComparison.Ordinal);
    }

    [Fact]
    public void Themes_are_stored_between_bars_once_each_and_read_back()
    {
        Assert.Null(DiaryContent.JoinThemes([]));
        Assert.Equal("|skole|familie|", DiaryContent.JoinThemes(["skole", "familie", "skole", " "]));
        Assert.Equal(["skole", "familie"], DiaryContent.SplitThemes("|skole|familie|"));
        Assert.Empty(DiaryContent.SplitThemes(null));
    }

    [Fact]
    public void The_search_text_is_lower_case_and_holds_every_text_field()
    {
        var content = Content("Skoene PÅ");
        content.Effect = "Glad";
        content.ActorName = "Egen Læge";
        Assert.Equal("skoene på\nglad\negen læge", DiaryContent.SearchTextOf(content));
    }
}
