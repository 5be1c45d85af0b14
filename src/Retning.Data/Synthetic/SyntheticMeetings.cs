using System.Text.Json;
using System.Text.Json.Serialization;
using Retning.Domain.Status;

namespace Retning.Data.Synthetic;

/// <summary>
/// Status meetings (children twice a year, adults once: docs/domain.md, "Status reports and meetings") from the
/// first interval after the data start: about one in twelve cancelled; for the others a status approved and sent
/// to the municipality — most at least 14 days before the meeting, some later — and minutes sent, most within
/// the 7 days after, some later. The next meeting after the data end is booked with no status yet.
/// </summary>
internal static class SyntheticMeetings
{
    private const string Agenda = "1. Status siden sidst\n2. Borgerens perspektiv\n3. Mål frem til næste møde";

    // As Retning.Documents.Status.StatusContentJson writes an approved status (camelCase, enums by name).
    private static readonly JsonSerializerOptions ContentJson = new(JsonSerializerDefaults.Web)
    {
        IgnoreReadOnlyProperties = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    public static void Create(CitizenContext c)
    {
        var months = c.IsIcs ? 6 : 12;
        var previous = c.DataStart;
        for (var on = c.DataStart.AddMonths(months).AddDays(c.Rng.Next(-20, 21)); ; on = on.AddMonths(months))
        {
            if (on > c.DataEnd)
            {
                if (c.Citizen.DischargedOn is null)
                {
                    AddMeeting(c, on, cancelled: false);
                }

                return;
            }

            var meeting = AddMeeting(c, on, cancelled: c.Rng.Chance(0.08));
            if (meeting.CancelledOn is null)
            {
                Held(c, meeting, previous);
                previous = on;
            }
        }
    }

    private static StatusMeeting AddMeeting(CitizenContext c, DateOnly on, bool cancelled)
    {
        var meeting = new StatusMeeting
        {
            Id = c.Rng.NextGuid(), CitizenId = c.Citizen.Id, On = on, At = new TimeOnly(10, 0), Place = "Tilbuddets mødelokale", Agenda = Agenda,
            CancelledOn = cancelled ? on.AddDays(-c.Rng.Next(1, 10)) : null,
        };
        var created = CitizenContext.ToUtc(on.AddDays(-45), 9, 0);
        (meeting.CreatedUtc, meeting.UpdatedUtc) = (created, created);
        c.Rows.Add(meeting);
        c.Rows.Add(new MeetingParticipant { Id = c.Rng.NextGuid(), MeetingId = meeting.Id, Role = ParticipantRole.Caseworker, Name = c.Citizen.CaseworkerName ?? "Kommunens rådgiver", Contact = c.Citizen.CaseworkerEmail });
        c.Rows.Add(new MeetingParticipant { Id = c.Rng.NextGuid(), MeetingId = meeting.Id, Role = ParticipantRole.Citizen, Name = c.Citizen.FullName });
        foreach (var member in c.Team)
        {
            c.Rows.Add(new MeetingParticipant { Id = c.Rng.NextGuid(), MeetingId = meeting.Id, Role = ParticipantRole.Staff, Name = member.FullName });
        }

        return meeting;
    }

    /// <summary>The sent status for the meeting and the minutes; dates after the data end stay unset (not yet done).</summary>
    private static void Held(CitizenContext c, StatusMeeting meeting, DateOnly periodFrom)
    {
        var sentOn = c.Rng.Chance(0.75) ? meeting.On.AddDays(-c.Rng.Next(14, 25)) : meeting.On.AddDays(-c.Rng.Next(1, 14));
        sentOn = CitizenContext.Max(sentOn, periodFrom.AddDays(1));
        meeting.StatusSentOn = sentOn;
        AddStatus(c, meeting, periodFrom, sentOn);
        var team = string.Join(", ", c.Team.Select(t => t.FullName));
        meeting.MinutesAttendance = $"{c.Citizen.CaseworkerName} (rådgiver), {c.Citizen.FullName}, {team} (kontaktteam)";
        meeting.MinutesDiscussion = "Status siden sidst blev gennemgået. Der er fremgang i de fleste mål.";
        meeting.MinutesAgreements = "Målene fortsætter; kontaktteamet beskriver næste skridt i planen.";
        meeting.MinutesWrittenBy = c.Team[0].FullName;
        var minutesOn = c.Rng.Chance(0.75) ? meeting.On.AddDays(c.Rng.Next(1, 8)) : meeting.On.AddDays(c.Rng.Next(8, 30));
        if (minutesOn > c.DataEnd)
        {
            meeting.MinutesState = MinutesState.Draft;
            return;
        }

        meeting.MinutesState = MinutesState.Sent;
        meeting.MinutesApprovedBy = c.Department.Head.FullName;
        meeting.MinutesApprovedUtc = CitizenContext.ToUtc(minutesOn, 11, 0);
        meeting.MinutesSentOn = minutesOn;
        meeting.UpdatedUtc = CitizenContext.ToUtc(minutesOn, 12, 0);
    }

    private static void AddStatus(CitizenContext c, StatusMeeting meeting, DateOnly from, DateOnly sentOn)
    {
        var writer = c.Team[0];
        var head = c.Department.Head;
        var to = sentOn.AddDays(-2) < from ? from : sentOn.AddDays(-2);
        var layout = StatusLayoutRules.For(c.Citizen.BirthDate, meeting.On);
        var report = new StatusReport
        {
            Id = c.Rng.NextGuid(), CitizenId = c.Citizen.Id, PeriodFrom = from, PeriodTo = to, StatusDate = meeting.On, Layout = layout,
            State = StatusState.Sent, MeetingId = meeting.Id, CreatedBy = writer.FullName,
            CreatedUtc = CitizenContext.ToUtc(to, 9, 0), UpdatedUtc = CitizenContext.ToUtc(sentOn, 12, 0),
        };
        c.Rows.Add(report);
        var content = new StatusContent
        {
            CitizenName = c.Citizen.FullName, MaskedCpr = c.Citizen.MaskedCpr, Department = c.Department.Department.Name, Municipality = c.Citizen.Municipality,
            Caseworker = c.Citizen.CaseworkerName, Layout = layout, PeriodFrom = from, PeriodTo = to, StatusDate = meeting.On, RevisionNumber = 1,
            ApprovedBy = head.FullName, ApprovedOn = sentOn,
        };
        c.Rows.Add(new StatusRevision
        {
            Id = c.Rng.NextGuid(), StatusReportId = report.Id, Number = 1, ContentJson = JsonSerializer.Serialize(content, ContentJson),
            ApprovedById = head.Id, ApprovedByName = head.FullName, ApprovedUtc = CitizenContext.ToUtc(sentOn, 10, 0),
        });
        Event(c, report, StatusEventKind.Created, writer, CitizenContext.ToUtc(to, 9, 0));
        Event(c, report, StatusEventKind.SubmittedForApproval, writer, CitizenContext.ToUtc(sentOn.AddDays(-1), 14, 0));
        Event(c, report, StatusEventKind.Approved, head, CitizenContext.ToUtc(sentOn, 10, 0));
        Event(c, report, StatusEventKind.Sent, head, CitizenContext.ToUtc(sentOn, 11, 0));
    }

    private static void Event(CitizenContext c, StatusReport report, StatusEventKind kind, SyntheticAuthor by, DateTime at) =>
        c.Rows.Add(new StatusEvent { Id = c.Rng.NextGuid(), StatusReportId = report.Id, Kind = kind, RevisionNumber = 1, UserId = by.Id, UserName = by.FullName, AtUtc = at });
}
