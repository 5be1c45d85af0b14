using Retning.Domain.Diary;
using Retning.Domain.Plans;

namespace Retning.Documents.Charts;

/// <summary>
/// The scores of one sub-goal in a period. <paramref name="Levels"/> are the levels of the scale
/// the scores were given on (their labels name the Y axis); points outside
/// <paramref name="From"/>..<paramref name="To"/> are left out of the chart.
/// </summary>
public sealed record SubGoalChartData(
    IReadOnlyList<ScorePoint> Points,
    IReadOnlyList<ScaleLevel> Levels,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<ChartBoundary> Boundaries);

/// <summary>A plan-period boundary, drawn as a labelled vertical dashed line.</summary>
public sealed record ChartBoundary(DateOnly On, string Label);

/// <summary>First vs latest reading of each active sub-goal of one citizen, top row first.</summary>
public sealed record OverviewChartData(IReadOnlyList<OverviewRow> Rows, IReadOnlyList<ScaleLevel> Levels);

/// <summary>One sub-goal in the overview; First/Latest null when it has no readings.</summary>
public sealed record OverviewRow(string Label, int? First, int? Latest);
