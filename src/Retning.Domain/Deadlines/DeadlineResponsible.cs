namespace Retning.Domain.Deadlines;

/// <summary>Who answers for a deadline (docs/domain.md, "Roles"; the children's homes' guideline names the owner of each duty).</summary>
public enum DeadlineResponsible
{
    /// <summary>The citizen's contact team (owns the plan, evaluations, status drafts, minutes).</summary>
    ContactTeam = 1,

    /// <summary>The department head ("Afdelingslederen er ansvarlig" for calling the status meetings, the children's homes' guideline).</summary>
    Leader = 2,

    /// <summary>Only the department head: she alone approves statuses and minutes (docs/domain.md, "Status reports"; <c>StatusWorkflow</c>).</summary>
    DepartmentHead = 3,

    /// <summary>The department's colleagues outside the citizen's contact team, asked for feedback ("sparring") on a status.</summary>
    Colleagues = 4,
}

public static class DeadlineResponsibleText
{
    public static string Danish(this DeadlineResponsible responsible) => responsible switch
    {
        DeadlineResponsible.ContactTeam => "Kontaktteam",
        DeadlineResponsible.Leader => "Afdelingsleder",
        DeadlineResponsible.DepartmentHead => "Afdelingsleder (godkender)",
        DeadlineResponsible.Colleagues => "Kolleger i afdelingen",
        _ => responsible.ToString(),
    };
}
