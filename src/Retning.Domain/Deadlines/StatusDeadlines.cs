using Retning.Domain.Citizens;

namespace Retning.Domain.Deadlines;

/// <summary>
/// Status meetings and what hangs on them (docs/domain.md, "Status meetings and minutes"; the children's homes' guideline, "Status til den kommunale myndighed"):
/// "Der indkaldes til 2 årlige statusmøder for børn og unge under 18 år og 1 gang årligt for
/// unge over 18 år. Afdelingslederen er ansvarlig for dette"; the contact team sends status and
/// agenda "senest 14 dage før mødet" and the minutes "inden 7 dage". The regional guideline's note 5: a
/// documented agreement with the municipality may set another cadence (e.g. every second year).
/// </summary>
internal static class StatusDeadlines
{
    public static void Add(DeadlineList list, DeadlineInput input)
    {
        var settings = list.Settings;
        var held = input.StatusMeetings.Where(m => m.On <= list.Today).OrderBy(m => m.On).ToList();
        var statusDates = held.Select(m => m.On).ToList();
        if (input.LastStatusOn is { } earlier)
        {
            statusDates.Add(earlier);
        }

        // Each held meeting answered the status that was due from the one before it.
        foreach (var meeting in held)
        {
            var before = statusDates.Where(d => d < meeting.On).DefaultIfEmpty(input.Citizen.EnrolledOn).Max();
            var (dueOn, title) = NextStatus(input, settings, before);
            list.Done(DeadlineKind.StatusDue, meeting.Id, title, dueOn, DeadlineResponsible.Leader, meeting.On, meeting.Id);
        }

        // The next one counts from the latest status, or from enrolment when there is none yet.
        var basis = statusDates.Count > 0 ? statusDates.Max() : input.Citizen.EnrolledOn;
        var (nextOn, nextTitle) = NextStatus(input, settings, basis);
        list.Open(DeadlineKind.StatusDue, null, nextTitle, nextOn, DeadlineResponsible.Leader);

        foreach (var meeting in input.StatusMeetings)
        {
            var sendBy = meeting.On.AddDays(-settings.StatusSendDaysBeforeMeeting);
            var sendTitle = $"Status sendes senest {settings.StatusSendDaysBeforeMeeting} dage før statusmødet {meeting.On.ToDanishDate()}";
            Add(list, DeadlineKind.StatusSendDeadline, meeting, sendTitle, sendBy, meeting.StatusSent);

            var minutesBy = meeting.On.AddDays(settings.MinutesDaysAfterMeeting);
            var minutesTitle = $"Referat sendes senest {settings.MinutesDaysAfterMeeting} dage efter statusmødet {meeting.On.ToDanishDate()}";
            Add(list, DeadlineKind.MinutesDue, meeting, minutesTitle, minutesBy, meeting.MinutesSent);
        }
    }

    private static void Add(DeadlineList list, DeadlineKind kind, StatusMeetingFacts meeting, string title, DateOnly dueOn, Completion? done)
    {
        if (done is { } d)
        {
            list.Done(kind, meeting.Id, title, dueOn, DeadlineResponsible.ContactTeam, d.On, d.EvidenceId ?? meeting.Id);
        }
        else
        {
            list.Open(kind, meeting.Id, title, dueOn, DeadlineResponsible.ContactTeam);
        }
    }

    /// <summary>
    /// The status due after one on <paramref name="from"/>: the agreed interval when there is an
    /// agreement; otherwise the children's interval while the citizen is still under 18 on the
    /// day it would fall due, else the adults' (the cadence in force on the due day: a child who
    /// turns 18 before then is an adult with one status a year).
    /// </summary>
    private static (DateOnly DueOn, string Title) NextStatus(DeadlineInput input, DeadlineSettings settings, DateOnly from)
    {
        if (input.AgreedStatusIntervalMonths is { } agreed)
        {
            return (from.AddMonths(agreed), $"Statusmøde holdes (hver {agreed}. måned efter aftale med kommunen)");
        }

        var childDue = from.AddMonths(settings.StatusIntervalChildrenMonths);
        return AgeRules.AgeOn(input.Citizen.BirthDate, childDue) < AgeRules.AdultAge
            ? (childDue, "Statusmøde holdes (to gange om året for børn og unge under 18 år)")
            : (from.AddMonths(settings.StatusIntervalAdultsMonths), "Statusmøde holdes (én gang om året fra 18 år)");
    }
}
