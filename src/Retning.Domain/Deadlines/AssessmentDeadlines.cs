using Retning.Domain.Plans;

namespace Retning.Domain.Deadlines;

/// <summary>
/// The two assessment tools of the plan (the children's homes' guideline; <see cref="AssessmentSchedule"/>): the
/// autonomic compass "Et halvt år efter indskrivning påbegyndes", the DPU "minimum være udarbejdet
/// 1 år efter indskrivning" and then "minimum hver 2. år". "Kontaktteamet er ansvarligt for ovenstående."
/// </summary>
internal static class AssessmentDeadlines
{
    public static void Add(DeadlineList list, DeadlineInput input)
    {
        var enrolledOn = input.Citizen.EnrolledOn;

        const string CompassTitle = "Autonomt kompas påbegyndes (et halvt år efter indskrivning)";
        var compassOn = AssessmentSchedule.CompassStartOn(enrolledOn);
        if (input.Plan is { CompassBegun: true } plan)
        {
            list.Done(DeadlineKind.CompassDue, plan.Id, CompassTitle, compassOn, DeadlineResponsible.ContactTeam, plan.CompassUpdatedOn, plan.Id);
        }
        else
        {
            list.Open(DeadlineKind.CompassDue, input.Plan?.Id, CompassTitle, compassOn, DeadlineResponsible.ContactTeam);
        }

        // A DPU is the citizen's, not only the plan's: due also before a plan exists.
        var dpuOn = AssessmentSchedule.NextDpuOn(enrolledOn, input.DpuMadeOn);
        var dpuTitle = input.DpuMadeOn.Count == 0
            ? "DPU udarbejdes (senest 1 år efter indskrivning)"
            : "Ny DPU udarbejdes (mindst hvert 2. år)";
        list.Open(DeadlineKind.DpuDue, null, dpuTitle, dpuOn, DeadlineResponsible.ContactTeam);
    }
}
