namespace Retning.Domain.Status;

/// <summary>What a saved draft status must hold (docs/domain.md, "Status reports").</summary>
public static class StatusEditRules
{
    /// <summary>The problems with the edit form, by its field names; empty when it may be saved.</summary>
    /// <param name="anySectionIncluded">Whether at least one section goes to the municipality.</param>
    /// <param name="chosenGoals">How many goals were chosen.</param>
    public static IReadOnlyList<FieldError> Check(bool anySectionIncluded, int chosenGoals) =>
        anySectionIncluded || chosenGoals > 0 ? [] : [new FieldError("GoalIds", "Vælg mindst ét afsnit eller ét mål, som kommunen skal have.")];
}
