using Retning.Documents.Status;
using Retning.Domain.Status;

namespace Retning.UnitTests.Status;

/// <summary>A status chart's time axis starts at the first score in the period, not at the period's start.</summary>
public sealed class StatusChartAxisTests
{
    [Fact]
    public void The_axis_starts_at_the_first_score_and_ends_with_the_period()
    {
        var content = StatusDocumentSample.Content();
        var indicator = StatusDocumentSample.Scores(seed: 1, start: 4, end: 1, count: 5) with
        {
            Scores = [.. StatusDocumentSample.Scores(seed: 1, start: 4, end: 1, count: 5).Scores.Select(s => s with { On = s.On.AddDays(60) })],
        };

        var data = StatusCharts.Data(content, indicator);

        Assert.Equal(StatusDocumentSample.From.AddDays(62), data.From);
        Assert.Equal(StatusDocumentSample.To, data.To);
    }

    [Fact]
    public void Without_scores_the_axis_is_the_period()
    {
        var data = StatusCharts.Data(StatusDocumentSample.Content(), new IndicatorContent { ScaleName = "FFB" });

        Assert.Equal((StatusDocumentSample.From, StatusDocumentSample.To), (data.From, data.To));
    }
}
