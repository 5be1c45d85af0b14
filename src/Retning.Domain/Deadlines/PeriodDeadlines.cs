using Retning.Domain.Organisation;
using Retning.Domain.Plans;

namespace Retning.Domain.Deadlines;

/// <summary>
/// Closing the plan's period (docs/domain.md, "Periods"; the children's homes' guideline: "Minimum to gange om året i forbindelse med statusmøde på
/// børneområdet og max en gang årligt på voksenområdet skal kontaktteamet gemme individuel plan
/// og vedhæfte den til den afsluttede periode samt oprette ny periode"). The cadence is the one
/// of <see cref="PeriodCadence"/>, by the offer's area as on the period page: children at most 6
/// months after the latest closing; adults at the yearly status meeting, 12 months after it.
/// Counted from the latest closing, or from the start of the plan's first period (the plan's
/// creation when it has none).
/// </summary>
internal static class PeriodDeadlines
{
    public static void Add(DeadlineList list, DeadlineInput input)
    {
        if (input.Plan is not { } plan)
        {
            return;
        }

        var children = list.Settings.Area == Area.Children;
        var months = children ? PeriodCadence.ChildrenMaxMonthsBetweenClosings : PeriodCadence.AdultsMinMonthsBetweenClosings;
        var title = children ? "Periode lukkes (mindst to gange om året)" : "Periode lukkes (ved det årlige statusmøde)";
        var from = plan.Periods.Count > 0 ? plan.Periods.Min(p => p.StartedOn) : plan.CreatedOn;

        foreach (var period in plan.Periods.Where(p => p.ClosedOn is not null).OrderBy(p => p.ClosedOn))
        {
            var closedOn = period.ClosedOn!.Value;
            list.Done(DeadlineKind.PeriodToClose, period.Id, title, from.AddMonths(months), DeadlineResponsible.ContactTeam, closedOn, period.Id);
            from = closedOn;
        }

        var open = plan.Periods.Where(p => p.ClosedOn is null).OrderByDescending(p => p.StartedOn).FirstOrDefault();
        list.Open(DeadlineKind.PeriodToClose, open?.Id, title, from.AddMonths(months), DeadlineResponsible.ContactTeam);
    }
}
