using Retning.Domain.Diary;

namespace Retning.UnitTests.Diary;

/// <summary>The diary lists' capped count: exact up to 1,000, "over 1.000" above, and where a page sits.</summary>
public sealed class DiaryCountLabelTests
{
    [Theory]
    [InlineData(0, 25, 312, "Viser 1–25 af 312 notater, nyeste først.")]
    [InlineData(0, 1, 1, "Viser 1–1 af 1 notat, nyeste først.")]
    [InlineData(25, 25, 60, "Viser 26–50 af 60 notater, nyeste først.")]
    [InlineData(0, 25, 1000, "Viser 1–25 af 1.000 notater, nyeste først.")]
    [InlineData(0, 25, DiaryCountLabel.CountLimit, "Viser 1–25 af over 1.000 notater, nyeste først.")]
    [InlineData(975, 25, DiaryCountLabel.CountLimit, "Viser 976–1.000 af over 1.000 notater, nyeste først.")]
    [InlineData(990, 25, 1000, "Viser 991–1.015 af over 1.000 notater, nyeste først.")]
    [InlineData(DiaryCountLabel.CountLimit, 25, DiaryCountLabel.CountLimit, "Viser 25 notater ældre end de 1.000 nyeste – af over 1.000 notater, nyeste først.")]
    public void A_page_says_where_it_is_exactly_up_to_a_thousand(int newer, int shown, int total, string expected) =>
        Assert.Equal(expected, DiaryCountLabel.Timeline(newer, shown, total, filtered: false));

    [Fact]
    public void An_empty_list_says_why()
    {
        Assert.Equal("Der er ingen notater endnu.", DiaryCountLabel.Timeline(0, 0, 0, filtered: false));
        Assert.Equal("Ingen notater matcher filtrene.", DiaryCountLabel.Timeline(0, 0, 0, filtered: true));
        Assert.Equal("Der er ikke flere notater her.", DiaryCountLabel.Timeline(0, 0, 40, filtered: true));
    }

    [Theory]
    [InlineData(20, 57, "De 20 nyeste af 57 notater.")]
    [InlineData(20, DiaryCountLabel.CountLimit, "De 20 nyeste af over 1.000 notater.")]
    [InlineData(3, 3, "3 notater.")]
    [InlineData(1, 1, "1 notat.")]
    public void The_sub_goal_page_names_its_newest_of_the_capped_count(int shown, int total, string expected) =>
        Assert.Equal(expected, DiaryCountLabel.Newest(shown, total));

    [Fact]
    public void The_help_text_names_the_cap() =>
        Assert.Contains("over 1.000", DiaryCountLabel.HelpText, StringComparison.Ordinal);
}
