namespace Retning.Domain.Status;

/// <summary>The deadlines around a status meeting and the warnings the meeting page shows.</summary>
public static class MeetingRules
{
    /// <summary>"senest 14 dage før mødet" (seed 001).</summary>
    public const int SendDaysBefore = 14;

    /// <summary>"inden 7 dage" (seed 001).</summary>
    public const int MinutesDaysAfter = 7;

    public static DateOnly SendBy(DateOnly meetingOn) => meetingOn.AddDays(-SendDaysBefore);

    public static DateOnly MinutesBy(DateOnly meetingOn) => meetingOn.AddDays(MinutesDaysAfter);

    /// <summary>The Danish warnings for a meeting on a given day (empty when all is on time).</summary>
    public static IReadOnlyList<string> Warnings(StatusMeeting meeting, DateOnly today)
    {
        var warnings = new List<string>();
        if (meeting.CancelledOn is not null)
        {
            return warnings;
        }

        var sendBy = SendBy(meeting.On);
        if (meeting.StatusSentOn is null && today > sendBy)
        {
            warnings.Add($"Fristen for at sende status og dagsorden til rådgiveren var {sendBy:dd-MM-yyyy} (14 dage før mødet). Den er overskredet.");
        }
        else if (meeting.StatusSentOn is { } sent && sent > sendBy)
        {
            warnings.Add($"Status og dagsorden blev sendt {sent:dd-MM-yyyy}, efter fristen {sendBy:dd-MM-yyyy}.");
        }

        var minutesBy = MinutesBy(meeting.On);
        if (meeting.MinutesSentOn is null && today > minutesBy)
        {
            warnings.Add($"Referatet skulle være sendt til alle deltagere senest {minutesBy:dd-MM-yyyy} (7 dage efter mødet). Fristen er overskredet.");
        }

        return warnings;
    }

    /// <summary>A meeting needs a date; a date before enrolment or too far ahead is a typing error.</summary>
    public static IReadOnlyList<(string Field, string Message)> Check(DateOnly? on, DateOnly enrolledOn, DateOnly today, int participantCount)
    {
        var problems = new List<(string, string)>();
        if (on is null)
        {
            problems.Add(("On", "Skriv mødets dato."));
        }
        else if (on < enrolledOn.AddYears(-1) || on > today.AddYears(2))
        {
            problems.Add(("On", "Datoen ligger uden for det mulige (højst et år før indskrivning og to år frem)."));
        }

        if (participantCount == 0)
        {
            problems.Add(("Participants", "Skriv mindst én deltager, fx kommunens rådgiver."));
        }

        return problems;
    }

    public static string Danish(this ParticipantRole role) => role switch
    {
        ParticipantRole.Caseworker => "Kommunal rådgiver",
        ParticipantRole.Citizen => "Borgeren",
        ParticipantRole.CustodyHolder => "Forældremyndighedsindehaver",
        ParticipantRole.Guardian => "Værge",
        ParticipantRole.Relative => "Pårørende",
        ParticipantRole.Staff => "Medarbejder",
        ParticipantRole.Other => "Andet",
        _ => role.ToString(),
    };

    public static string Danish(this MinutesState state) => state switch
    {
        MinutesState.NotWritten => "Ikke skrevet",
        MinutesState.Draft => "Kladde",
        MinutesState.AwaitingApproval => "Til godkendelse",
        MinutesState.Approved => "Godkendt",
        MinutesState.Sent => "Sendt til deltagerne",
        MinutesState.Journalised => "Journaliseret",
        _ => state.ToString(),
    };
}
