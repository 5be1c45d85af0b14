namespace Retning.Domain.Status;

/// <summary>The deadlines around a status meeting and the warnings the meeting page shows.</summary>
public static class MeetingRules
{
    // The longest text of each field (docs/architecture.md, "Validation"): the form refuses more (TextLimitAttribute), the column holds no more.
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

    /// <summary>"senest 14 dage før mødet" (docs/domain.md, "Status meetings and minutes").</summary>
    public const int SendDaysBefore = 14;

    /// <summary>"inden 7 dage" (docs/domain.md, "Status meetings and minutes").</summary>
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
    public static IReadOnlyList<FieldError> Check(DateOnly? on, DateOnly enrolledOn, DateOnly today, int participantCount)
    {
        var problems = new List<FieldError>();
        if (on is null)
        {
            problems.Add(new("On", "Skriv mødets dato."));
        }
        else if (on < enrolledOn.AddYears(-1) || on > today.AddYears(2))
        {
            problems.Add(new("On", "Datoen ligger uden for det mulige (højst et år før indskrivning og to år frem)."));
        }

        if (participantCount == 0)
        {
            problems.Add(new("Participants", "Skriv mindst én deltager, fx kommunens rådgiver."));
        }

        return problems;
    }

    /// <summary>The parts of the minutes' template that must be written before the leader is asked to approve.</summary>
    public static IReadOnlyList<FieldError> CheckMinutes(string? attendance, string? discussion, string? agreements, string? nextSteps)
    {
        var problems = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(attendance))
        {
            problems.Add(new("Attendance", "Skriv hvem der deltog i mødet."));
        }

        if (string.IsNullOrWhiteSpace(discussion))
        {
            problems.Add(new("Discussion", "Skriv drøftelsen af dagsordenens punkter."));
        }

        if (string.IsNullOrWhiteSpace(agreements))
        {
            problems.Add(new("Agreements", "Skriv de aftaler, mødet nåede frem til (eller at der ikke blev aftalt noget)."));
        }

        if (string.IsNullOrWhiteSpace(nextSteps))
        {
            problems.Add(new("NextSteps", "Skriv de næste skridt og hvornår det næste statusmøde er."));
        }

        return problems;
    }

    /// <summary>
    /// The meeting's decisions about the plan (docs/domain.md, "Status meetings and minutes"): before the leader is asked to approve, the
    /// minutes answer whether the plan must be revised (and with what) and whether the municipality
    /// revised its action plan and its purpose. A draft may leave them open; a "Ja" always needs its text.
    /// </summary>
    public static IReadOnlyList<FieldError> CheckPlanDecisions(
        bool? planRevisionNeeded, string? planRevisionNote, bool? actionPlanRevised, bool? purposeRevised, bool submitting)
    {
        var problems = new List<FieldError>();
        if (submitting && planRevisionNeeded is null)
        {
            problems.Add(new("PlanRevision", "Svar på, om den individuelle plan skal revideres."));
        }

        if (Plans.PlanRevisionRules.NoteProblem(planRevisionNeeded == true, planRevisionNote) is { } note)
        {
            problems.Add(new("PlanRevisionNote", note));
        }

        if (submitting && actionPlanRevised is null)
        {
            problems.Add(new("ActionPlanRevised", "Svar på, om kommunen reviderede handleplanen."));
        }

        if (submitting && purposeRevised is null)
        {
            problems.Add(new("PurposeRevised", "Svar på, om kommunen reviderede formålet med indsatsen."));
        }

        return problems;
    }

    /// <summary>
    /// The day the minutes were sent to the participants: not before the meeting, nor before the
    /// department head approved them (<paramref name="approvedOn"/>, the Danish day of the approval).
    /// </summary>
    public static IReadOnlyList<FieldError> CheckSentOn(StatusMeeting meeting, DateOnly? sentOn, DateOnly? approvedOn)
    {
        if (sentOn is not { } on)
        {
            return [];
        }

        if (on < meeting.On)
        {
            return [new("SentOn", $"Referatet kan ikke være sendt før mødet ({meeting.On.ToDanishDate()}).")];
        }

        return approvedOn is { } approved && on < approved
            ? [new("SentOn", $"Referatet blev godkendt {approved.ToDanishDate()}; det kan ikke være sendt før.")]
            : [];
    }

    /// <summary>The day the minutes were journalised: written, not in the future, and not before they were sent.</summary>
    public static IReadOnlyList<FieldError> CheckJournalisedOn(StatusMeeting meeting, DateOnly? journalisedOn, DateOnly today)
    {
        if (journalisedOn is not { } on)
        {
            return [new("JournalisedOn", "Skriv datoen, referatet blev journaliseret.")];
        }

        if (on > today)
        {
            return [new("JournalisedOn", "Journaliseringen registreres, når den er sket: datoen kan ikke ligge i fremtiden.")];
        }

        return meeting.MinutesSentOn is { } sent && on < sent
            ? [new("JournalisedOn", $"Referatet blev sendt {sent.ToDanishDate()}; det journaliseres samme dag eller senere.")]
            : [];
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
