namespace Retning.Domain.Plans;

/// <summary>A kind of goal an offer requires every plan to have, e.g. schooling/education.</summary>
public sealed class RequiredGoalKind
{
    public required string Name { get; set; }

    /// <summary>A goal in any of these themes counts.</summary>
    public List<string> ThemeKeys { get; set; } = [];
}

/// <summary>
/// Per-offer rules from the service description and local guideline: limits on goals and
/// sub-goals, and the kinds of goals every plan must have.
/// </summary>
public class OfferPlanRules
{
    public Guid OfferId { get; set; }
    public int? MaxGoals { get; set; }
    public int? MaxSubGoalsPerGoal { get; set; }
    public List<RequiredGoalKind> RequiredGoalKinds { get; set; } = [];

    /// <summary>The response rate (in %) from which scores suffice for a quantitative evaluation.</summary>
    public int ResponseRateThresholdPercent { get; set; } = 70;

    /// <summary>The children's homes' guideline (docs/domain.md, "The individual plan"): one goal on schooling/education and one on social relations.</summary>
    public static List<RequiredGoalKind> ChildrenDefaults() =>
    [
        new() { Name = "Skolegang eller uddannelse", ThemeKeys = ["skole"] },
        new() { Name = "Sociale relationer", ThemeKeys = ["venskab", "familie"] },
    ];
}

/// <summary>What a plan lacks against its offer's rules, in Danish.</summary>
public static class PlanRuleCheck
{
    public static IReadOnlyList<string> Problems(OfferPlanRules? rules, IReadOnlyCollection<Goal> goals)
    {
        if (rules is null)
        {
            return [];
        }

        var problems = new List<string>();
        var openGoals = goals.Where(g => !g.IsSubGoal && g.IsOpen).ToList();
        foreach (var kind in rules.RequiredGoalKinds)
        {
            if (!openGoals.Any(g => kind.ThemeKeys.Contains(g.ThemeKey)))
            {
                problems.Add($"Planen mangler et mål om {kind.Name.ToLowerInvariant()}.");
            }
        }

        if (rules.MaxGoals is { } maxGoals && openGoals.Count > maxGoals)
        {
            problems.Add($"Planen har {openGoals.Count} aktive mål; ydelsesbeskrivelsen giver plads til {maxGoals}.");
        }

        if (rules.MaxSubGoalsPerGoal is { } maxSub)
        {
            foreach (var goal in openGoals)
            {
                var subGoals = goals.Count(s => s.ParentGoalId == goal.Id && s.IsOpen);
                if (subGoals > maxSub)
                {
                    problems.Add($"Målet \"{goal.Text}\" har {subGoals} aktive delmål; ydelsesbeskrivelsen giver plads til {maxSub}.");
                }
            }
        }

        return problems;
    }
}
