using Retning.Domain.Common;
namespace Retning.Domain.Status;

/// <summary>The steps of the minutes' workflow.</summary>
public enum MinutesStep
{
    SaveDraft = 1,
    SubmitForApproval = 2,
    Approve = 3,
    SendBack = 4,
    RecordSent = 5,
    Journalise = 6,
}

/// <summary>The deadlines around a status meeting and the warnings the meeting page shows.</summary>
public static class MeetingRules
{
    // The longest text of each field (issue 11): the form refuses more (TextLimitAttribute), the column holds no more.
    public const int MaxPlace = 300;
    public const int MaxAgenda = 8000;
    public const int MaxParticipantName = TextLimits.Name;
    public const int MaxParticipantContact = 300;
    public const int MaxAttendance = TextLimits.Paragraph;
    public const int MaxDiscussion = TextLimits.LongText;
    public const int MaxAgreements = 8000;
    public const int MaxNextSteps = TextLimits.Paragraph;
    public const int MaxReason = 1000;
    public const int MaxInformedWhom = 300;
    public const int MaxSendNote = 1000;

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
            warnings.Add($"Fristen for at sende status og dagsorden til rådgiveren var {sendBy.ToDanishDate()} (14 dage før mødet). Den er overskredet.");
        }
        else if (meeting.StatusSentOn is { } sent && sent > sendBy)
        {
            warnings.Add($"Status og dagsorden blev sendt {sent.ToDanishDate()}, efter fristen {sendBy.ToDanishDate()}.");
        }

        var minutesBy = MinutesBy(meeting.On);
        if (meeting.MinutesSentOn is null && today > minutesBy)
        {
            warnings.Add($"Referatet skulle være sendt til alle deltagere senest {minutesBy.ToDanishDate()} (7 dage efter mødet). Fristen er overskredet.");
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

    /// <summary>The parts of the minutes' template that must be written before the leader is asked to approve.</summary>
    public static IReadOnlyList<(string Field, string Message)> CheckMinutes(string? attendance, string? discussion, string? agreements, string? nextSteps)
    {
        var problems = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(attendance))
        {
            problems.Add(("Attendance", "Skriv hvem der deltog i mødet."));
        }

        if (string.IsNullOrWhiteSpace(discussion))
        {
            problems.Add(("Discussion", "Skriv drøftelsen af dagsordenens punkter."));
        }

        if (string.IsNullOrWhiteSpace(agreements))
        {
            problems.Add(("Agreements", "Skriv de aftaler, mødet nåede frem til (eller at der ikke blev aftalt noget)."));
        }

        if (string.IsNullOrWhiteSpace(nextSteps))
        {
            problems.Add(("NextSteps", "Skriv de næste skridt og hvornår det næste statusmøde er."));
        }

        return problems;
    }

    /// <summary>
    /// The meeting's decisions about the plan (seed 002): before the leader is asked to approve, the
    /// minutes answer whether the plan must be revised (and with what) and whether the municipality
    /// revised its action plan and its purpose. A draft may leave them open; a "Ja" always needs its text.
    /// </summary>
    public static IReadOnlyList<(string Field, string Message)> CheckPlanDecisions(
        bool? planRevisionNeeded, string? planRevisionNote, bool? actionPlanRevised, bool? purposeRevised, bool submitting)
    {
        var problems = new List<(string, string)>();
        if (submitting && planRevisionNeeded is null)
        {
            problems.Add(("PlanRevision", "Svar på, om den individuelle plan skal revideres."));
        }

        if (Plans.PlanRevisionRules.NoteProblem(planRevisionNeeded == true, planRevisionNote) is { } note)
        {
            problems.Add(("PlanRevisionNote", note));
        }

        if (submitting && actionPlanRevised is null)
        {
            problems.Add(("ActionPlanRevised", "Svar på, om kommunen reviderede handleplanen."));
        }

        if (submitting && purposeRevised is null)
        {
            problems.Add(("PurposeRevised", "Svar på, om kommunen reviderede formålet med indsatsen."));
        }

        return problems;
    }

    /// <summary>
    /// Null when the step may be taken on the meeting's minutes; otherwise why not, in Danish (seed 001:
    /// the contact team writes, the department head alone approves, then they are sent to all and journalised).
    /// </summary>
    /// <param name="isOwner">A member of the citizen's contact team or a leader of the department.</param>
    /// <param name="isDepartmentHead">The department head of the citizen's department.</param>
    public static string? MinutesProblem(MinutesStep step, StatusMeeting meeting, bool isOwner, bool isDepartmentHead, DateOnly today, string? reason = null)
    {
        if (meeting.CancelledOn is not null)
        {
            return "Mødet er aflyst, så der skrives ikke referat.";
        }

        var state = meeting.MinutesState;
        var allowedFrom = step switch
        {
            MinutesStep.SaveDraft or MinutesStep.SubmitForApproval => state is MinutesState.NotWritten or MinutesState.Draft,
            MinutesStep.Approve or MinutesStep.SendBack => state == MinutesState.AwaitingApproval,
            MinutesStep.RecordSent => state == MinutesState.Approved,
            MinutesStep.Journalise => state == MinutesState.Sent,
            _ => false,
        };
        if (!allowedFrom)
        {
            return step == MinutesStep.RecordSent && state is MinutesState.NotWritten or MinutesState.Draft or MinutesState.AwaitingApproval
                ? "Referatet kan først sendes til deltagerne, når afdelingslederen har godkendt det."
                : $"Det kan ikke lade sig gøre, når referatet er \"{state.Danish()}\".";
        }

        if (step is MinutesStep.Approve or MinutesStep.SendBack)
        {
            if (!isDepartmentHead)
            {
                return "Kun afdelingslederen kan godkende referatet eller sende det tilbage.";
            }
        }
        else if (!isOwner)
        {
            return "Kun borgerens kontaktteam og lederne kan skrive, sende og journalisere referatet.";
        }

        if (step == MinutesStep.SubmitForApproval && meeting.On > today)
        {
            return $"Mødet holdes {meeting.On.ToDanishDate()}: referatet kan sendes til godkendelse, når mødet er holdt.";
        }

        return step == MinutesStep.SendBack && string.IsNullOrWhiteSpace(reason) ? "Skriv hvorfor referatet sendes tilbage." : null;
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
