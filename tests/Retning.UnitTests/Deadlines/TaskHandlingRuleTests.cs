using Retning.Domain.Tasks;
using static Retning.UnitTests.Deadlines.Given;

namespace Retning.UnitTests.Deadlines;

/// <summary>Snoozing (a leader, with a reason, until a day) and assigning a task to a contact-team member.</summary>
public sealed class TaskHandlingRuleTests
{
    [Fact]
    public void A_snooze_needs_a_later_day_within_a_quarter_and_a_reason()
    {
        var today = D(2026, 12, 4);
        Assert.Empty(TaskHandlingRules.CheckSnooze(D(2026, 12, 20), "Aftalt med rådgiveren", today));
        Assert.Equal(["Until", "Reason"], TaskHandlingRules.CheckSnooze(null, " ", today).Select(e => e.Field));
        Assert.Equal("Datoen skal ligge efter i dag.", Assert.Single(TaskHandlingRules.CheckSnooze(today, "x", today)).Message);
        Assert.Single(TaskHandlingRules.CheckSnooze(today.AddDays(TaskHandlingRules.MaxSnoozeDays + 1), "x", today));
        Assert.Empty(TaskHandlingRules.CheckSnooze(today.AddDays(TaskHandlingRules.MaxSnoozeDays), "x", today));
        Assert.Single(TaskHandlingRules.CheckSnooze(D(2026, 12, 20), new string('x', TaskHandlingRules.MaxSnoozeReason + 1), today));
    }

    [Fact]
    public void A_snooze_holds_up_to_and_including_its_day()
    {
        var handling = new TaskHandling { SnoozedUntil = D(2026, 12, 10) };
        Assert.True(handling.IsSnoozedOn(D(2026, 12, 10)));
        Assert.False(handling.IsSnoozedOn(D(2026, 12, 11)));
        Assert.False(new TaskHandling().IsSnoozedOn(D(2026, 12, 10)));
    }

    [Fact]
    public void A_task_goes_only_to_a_contact_team_member_or_back_to_the_team()
    {
        var member = Guid.NewGuid();
        Assert.Null(TaskHandlingRules.CheckAssignee(member, [member]));
        Assert.Null(TaskHandlingRules.CheckAssignee(null, [member]));
        Assert.NotNull(TaskHandlingRules.CheckAssignee(Guid.NewGuid(), [member]));
    }
}
