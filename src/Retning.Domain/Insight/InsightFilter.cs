using Retning.Domain.Organisation;
using Retning.Domain.Plans;

namespace Retning.Domain.Insight;

/// <summary>
/// The filters a leader sets on the management page. Offer and department narrow the scope (within
/// what the role reaches); area, legal basis and target group filter by where and who the citizen
/// is; theme and goal type filter the figures about goals and sub-goals and leave the others as
/// they are (the page says so).
/// </summary>
public sealed record InsightFilter(
    Guid? OfferId = null,
    Guid? DepartmentId = null,
    Area? Area = null,
    string? LegalBasis = null,
    string? TargetGroup = null,
    string? ThemeKey = null,
    GoalType? GoalType = null)
{
    public static readonly InsightFilter None = new();

    /// <summary>True when theme or goal type is set (they apply to the figures about goals only).</summary>
    public bool ByGoal => ThemeKey is not null || GoalType is not null;

    public IEnumerable<CountedItem> Apply(IEnumerable<CountedItem> rows, InsightData data, bool figureIsByGoal) =>
        rows.Where(r => Keeps(r, data, figureIsByGoal));

    private bool Keeps(CountedItem row, InsightData data, bool figureIsByGoal)
    {
        if (!data.Departments.TryGetValue(row.DepartmentId, out var department)
            || DepartmentId is { } d && department.Id != d
            || OfferId is { } o && department.OfferId != o
            || Area is { } a && department.Area != a
            || LegalBasis is { } l && !string.Equals(department.LegalBasis, l, StringComparison.Ordinal))
        {
            return false;
        }

        if (TargetGroup is { } t && !string.Equals(data.Citizens.GetValueOrDefault(row.CitizenId)?.TargetGroup, t, StringComparison.Ordinal))
        {
            return false;
        }

        return !figureIsByGoal
            || (ThemeKey is null || string.Equals(row.ThemeKey, ThemeKey, StringComparison.Ordinal))
            && (GoalType is null || row.GoalType == GoalType);
    }
}
