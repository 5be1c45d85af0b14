namespace Retning.Web.Pages.Borgere;

/// <summary>
/// The right a handler of a citizen page needs, named in its first line
/// (docs/adr/0008-page-models-and-routes.md). Everyone in the citizen's departments reads;
/// the rules behind each are in <c>Retning.Domain.Access.CitizenAccess</c>.
/// </summary>
public enum CitizenRight
{
    /// <summary>See the citizen: anyone with a role in the citizen's department.</summary>
    Read,

    /// <summary>Change the record and plan: the department's leaders and the citizen's contact team.</summary>
    Edit,

    /// <summary>Decide as a leader: department head or offer head of the citizen's department.</summary>
    Lead,
}

public static class CitizenRightNames
{
    public static string Danish(this CitizenRight right) => right switch
    {
        CitizenRight.Read => "læsning",
        CitizenRight.Edit => "redigering",
        CitizenRight.Lead => "ledelsesbeslutning",
        _ => right.ToString(),
    };
}
