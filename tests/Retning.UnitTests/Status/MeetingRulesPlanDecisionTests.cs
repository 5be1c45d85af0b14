using Retning.Domain.Common;
using Retning.Domain.Status;

namespace Retning.UnitTests.Status;

/// <summary>The minutes' decisions about the plan (docs/domain.md, "Status meetings and minutes"): revise the plan? did the municipality revise its action plan and purpose?</summary>
public sealed class MeetingRulesPlanDecisionTests
{
    [Fact]
    public void A_draft_may_leave_the_questions_open()
    {
        Assert.Empty(MeetingRules.CheckPlanDecisions(null, null, null, null, submitting: false));
    }

    [Fact]
    public void Submitting_for_approval_needs_every_answer()
    {
        var fields = MeetingRules.CheckPlanDecisions(null, null, null, null, submitting: true).Select(p => p.Field);

        Assert.Equal(["PlanRevision", "ActionPlanRevised", "PurposeRevised"], fields);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Yes_to_revising_the_plan_needs_its_text_also_in_a_draft(bool submitting)
    {
        var problem = Assert.Single(MeetingRules.CheckPlanDecisions(true, " ", false, false, submitting));

        Assert.Equal(new FieldError("PlanRevisionNote", "Skriv, hvad der skal revideres i planen."), problem);
    }

    [Fact]
    public void Answered_minutes_have_no_problems() =>
        Assert.Empty(MeetingRules.CheckPlanDecisions(true, "Nye mål efter det reviderede formål", true, true, submitting: true));
}
