using Retning.Domain.Citizens;

namespace Retning.Domain.Plans;

/// <summary>A theme assessment that carries over to the new template as it is (the theme key exists in both).</summary>
public sealed record CarriedTheme(string Key, string FromName, string ToName);

/// <summary>A theme assessment whose key the new template lacks: it stays, shown read-only "Fra tidligere skabelon".</summary>
public sealed record EarlierTheme(string Key, string Name);

/// <summary>What happens to a plan's theme assessments when the plan moves to another template version.</summary>
public sealed record TemplateTransitionReport(
    IReadOnlyList<CarriedTheme> CarriedOver,
    IReadOnlyList<EarlierTheme> KeptFromEarlier,
    IReadOnlyList<TemplateTheme> NewThemes)
{
    /// <summary>Nothing is lost: every assessment either carries over or stays readable.</summary>
    public int AssessedCount => CarriedOver.Count + KeptFromEarlier.Count;
}

/// <summary>
/// Moving a plan to another template (the children's ICS plan to the adults' VUM plan around the
/// 18th birthday, or to a newer version of the same template). Assessments are keyed by theme
/// key; keys are shared where themes match (sundhed, kommunikation, indflydelse …), so those
/// carry over as they are. The rest are never deleted: they stay and show as "from the earlier
/// template" until the staff have moved what matters into the new themes.
/// </summary>
public static class TemplateTransition
{
    /// <summary>How many months before the 18th birthday the move to the adults' template is offered.</summary>
    public const int MonthsBeforeAdult = 3;

    /// <summary>
    /// Whether to offer the move to the adults' template: the plan is on the children's template
    /// (ICS) and the citizen is 18 or turns 18 within <see cref="MonthsBeforeAdult"/> months.
    /// </summary>
    public static bool OffersAdultTemplate(TemplateKind current, DateOnly birthDate, DateOnly today) =>
        current == TemplateKind.Ics
        && (AgeRules.AgeOn(birthDate, today) >= AgeRules.AdultAge || AgeRules.TurnsAdultWithin(birthDate, today, MonthsBeforeAdult));

    /// <summary>
    /// Maps the assessed theme keys from one template version's themes to another's. Themes are
    /// listed in the order of the template they belong to; keys are compared exactly.
    /// </summary>
    /// <param name="from">The themes of the version the plan is written on now.</param>
    /// <param name="to">The themes of the version the plan moves to.</param>
    /// <param name="assessedKeys">The keys of the plan's theme assessments (including any already from an earlier template).</param>
    /// <param name="earlierNames">Names for keys that neither template knows (assessments from a still earlier template).</param>
    public static TemplateTransitionReport Map(
        IReadOnlyCollection<TemplateTheme> from,
        IReadOnlyCollection<TemplateTheme> to,
        IEnumerable<string> assessedKeys,
        IReadOnlyDictionary<string, string>? earlierNames = null)
    {
        var assessed = assessedKeys.Distinct(StringComparer.Ordinal).ToList();
        var fromByKey = from.GroupBy(t => t.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var toOrdered = to.OrderBy(t => t.Order).ToList();
        var toKeys = toOrdered.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);

        string NameOf(string key) =>
            fromByKey.TryGetValue(key, out var theme) ? theme.Name
            : earlierNames is not null && earlierNames.TryGetValue(key, out var name) ? name
            : key;

        var carried = toOrdered.Where(t => assessed.Contains(t.Key, StringComparer.Ordinal))
            .Select(t => new CarriedTheme(t.Key, NameOf(t.Key), t.Name))
            .ToList();

        var fromOrder = from.OrderBy(t => t.Order).Select((t, i) => (t.Key, i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);
        var kept = assessed.Where(k => !toKeys.Contains(k))
            .OrderBy(k => fromOrder.GetValueOrDefault(k, int.MaxValue)).ThenBy(k => k, StringComparer.Ordinal)
            .Select(k => new EarlierTheme(k, NameOf(k)))
            .ToList();

        var fresh = toOrdered.Where(t => !assessed.Contains(t.Key, StringComparer.Ordinal)).ToList();
        return new TemplateTransitionReport(carried, kept, fresh);
    }
}
