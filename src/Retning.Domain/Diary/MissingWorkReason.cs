namespace Retning.Domain.Diary;

/// <summary>Why planned work on a sub-goal did not happen ("Manglende arbejde med delmål").</summary>
public enum MissingWorkReason
{
    CitizenIll = 1,
    Staffing = 2,
    CitizenDeclined = 3,
    ActivityCancelled = 4,
    CitizenAway = 5,
    Other = 6,
}

public static class MissingWorkReasonText
{
    public static string Danish(this MissingWorkReason reason) => reason switch
    {
        MissingWorkReason.CitizenIll => "Borgeren var syg",
        MissingWorkReason.Staffing => "Personalemangel eller travlhed",
        MissingWorkReason.CitizenDeclined => "Borgeren sagde nej",
        MissingWorkReason.ActivityCancelled => "Aktiviteten blev aflyst",
        MissingWorkReason.CitizenAway => "Borgeren var ikke hjemme (fx weekend, ferie)",
        MissingWorkReason.Other => "Anden årsag (beskrevet i notatet)",
        _ => reason.ToString(),
    };
}
