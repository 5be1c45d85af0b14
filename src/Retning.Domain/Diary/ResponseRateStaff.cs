using Retning.Domain.Organisation;

namespace Retning.Domain.Diary;

/// <summary>
/// Who the leaders' response-rate table lists per staff member: the people whose work the figures
/// describe. A care worker (Medarbejder) of the department always — a zero there is worth a talk.
/// Anyone else (a department head, an offer head, a quality officer) only when they took part in the
/// scoring work in the period: wrote a scored note, or sit in the contact team of one of the
/// department's citizens (the contact team owns the plan). A leader or quality officer who only reads
/// the figures is not staff with 0 scores; listing them would blur the table.
/// </summary>
public static class ResponseRateStaff
{
    public static bool IsListed(IReadOnlySet<StaffRole> rolesInDepartment, int scoredNotes, int contactTeamCitizens)
    {
        ArgumentNullException.ThrowIfNull(rolesInDepartment);
        return rolesInDepartment.Contains(StaffRole.CareWorker) || scoredNotes > 0 || contactTeamCitizens > 0;
    }
}
