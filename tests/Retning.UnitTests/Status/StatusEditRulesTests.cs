using Retning.Domain.Common;
using Retning.Domain.Status;

namespace Retning.UnitTests.Status;

public sealed class StatusEditRulesTests
{
    [Fact]
    public void A_status_needs_a_section_or_a_goal_for_the_municipality()
    {
        Assert.Empty(StatusEditRules.Check(anySectionIncluded: true, chosenGoals: 0));
        Assert.Empty(StatusEditRules.Check(anySectionIncluded: false, chosenGoals: 1));
        Assert.Equal([new FieldError("GoalIds", "Vælg mindst ét afsnit eller ét mål, som kommunen skal have.")], StatusEditRules.Check(false, 0));
    }
}
