using Retning.Domain.Common;
using Retning.Domain.Diary;

namespace Retning.UnitTests.Diary;

/// <summary>The rules of an offer's diary lists and of a typed note, each message at its field.</summary>
public sealed class DiaryListRulesTests
{
    private static readonly TimeZoneInfo Danish = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    private static DiaryCategory Entry(string name, int order, bool active = true) =>
        new() { Kind = DiaryCategoryKind.Context, Name = name, Order = order, IsActive = active };

    [Fact]
    public void Moving_renumbers_the_whole_list_and_stops_at_its_ends()
    {
        List<DiaryCategory> list = [Entry("Bolig", 1), Entry("Skole", 1), Entry("Fritid", 4)];

        Assert.Equal((2, 3), DiaryListRules.Move(list, list[1].Id, 1));
        Assert.Equal([1, 3, 2], list.Select(c => c.Order));
        Assert.Null(DiaryListRules.Move(list, list[0].Id, -1));
    }

    [Theory]
    [InlineData("op", -1)]
    [InlineData("ned", 1)]
    [InlineData("Op", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void A_move_goes_up_or_down_and_nothing_else(string? direction, int? step) => Assert.Equal(step, DiaryListRules.Step(direction));

    [Fact]
    public void A_name_twin_is_refused_also_among_inactive_entries()
    {
        List<DiaryCategory> list = [Entry("Bolig", 1, active: false)];

        var error = Assert.Single(DiaryListRules.CheckName("bolig", DiaryCategoryKind.Context, list));
        Assert.Equal("Name", error.Field);
        Assert.Contains("gør den aktiv igen", error.Message, StringComparison.Ordinal);
        Assert.Empty(DiaryListRules.CheckName("Bolig", DiaryCategoryKind.Context, list, self: list[0].Id));
    }

    [Theory]
    [InlineData("70 %", 70)]
    [InlineData("100", 100)]
    [InlineData("0", null)]
    [InlineData("70,5", null)]
    public void The_threshold_is_a_whole_percent_from_1_to_100(string typed, int? expected)
    {
        Assert.Equal(expected, DiaryListRules.ParseThreshold(typed));
        Assert.Equal(expected is null, DiaryListRules.CheckThreshold(typed).Count == 1);
    }

    [Fact]
    public void A_note_at_a_time_skipped_by_summer_time_is_refused_at_the_time()
    {
        var options = new NoteOptions([], [Entry("Bolig", 1)], [new() { Kind = DiaryCategoryKind.NoteType, Name = "Samtale", Order = 1 }], []);
        var draft = new NoteDraft(null, null, options.Contexts[0].Id, options.Types[0].Id, null, "Tekst", null, null, null, [],
            new DateOnly(2026, 3, 29), "02:30", IsInternal: false);

        var errors = DiaryNoteRules.Read(draft, DiaryKind.Resident, options, new DateTime(2026, 3, 29, 12, 0, 0, DateTimeKind.Utc), Danish, out _);

        Assert.Equal("ObservedTime", Assert.Single(errors).Field);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void A_correction_without_a_reason_is_refused_at_its_field(string? reason) =>
        Assert.Equal(new FieldError("CorrectionReason", "Skriv, hvorfor notatet rettes."), Assert.Single(DiaryNoteRules.CheckCorrectionReason(reason)));

    [Fact]
    public void A_correction_with_a_reason_passes() => Assert.Empty(DiaryNoteRules.CheckCorrectionReason("Forkert dato"));
}
