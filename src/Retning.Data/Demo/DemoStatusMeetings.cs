using Retning.Domain.Citizens;
using Retning.Domain.Consents;
using Retning.Domain.Plans;
using Retning.Domain.Status;

namespace Retning.Data.Demo;

/// <summary>
/// For each demo citizen with a plan: the next status meeting (children in six weeks, adults in
/// two months) with the caseworker, the citizen, custody holders or guardian and the contact team,
/// and the consent to send the plan to the municipality (given or renewed within the year) — so the
/// demo's status, meeting and consent pages have something to show and the deadlines run.
/// </summary>
internal static class DemoStatusMeetings
{
    private const string Agenda = "1. Velkomst og præsentation\n2. Status siden sidst (statusrapporten)\n3. Borgerens og familiens perspektiv\n4. Mål og indsats frem til næste møde\n5. Aftaler og næste møde";

    public static (List<StatusMeeting> Meetings, List<Consent> Consents) Build(IEnumerable<Plan> plans, IReadOnlyList<Citizen> citizens, IReadOnlyDictionary<Guid, string> staffNames, DateOnly today)
    {
        var meetings = new List<StatusMeeting>();
        var consents = new List<Consent>();
        foreach (var plan in plans)
        {
            var citizen = citizens.Single(c => c.Id == plan.CitizenId);
            var child = AgeRules.AgeOn(citizen.BirthDate, today) < AgeRules.AdultAge;
            var meeting = new StatusMeeting
            {
                CitizenId = citizen.Id, On = today.AddDays(child ? 42 : 60), At = new TimeOnly(10, 0), Place = "Tilbuddets mødelokale", Agenda = Agenda,
            };
            meeting.Participants.Add(Participant(meeting, ParticipantRole.Caseworker, citizen.CaseworkerName ?? "Kommunens rådgiver", citizen.CaseworkerEmail));
            meeting.Participants.Add(Participant(meeting, ParticipantRole.Citizen, citizen.FullName, null));
            foreach (var r in citizen.Representatives.Where(r => r.Kind is RepresentativeKind.CustodyHolder or RepresentativeKind.Guardian))
            {
                meeting.Participants.Add(Participant(meeting, r.Kind == RepresentativeKind.CustodyHolder ? ParticipantRole.CustodyHolder : ParticipantRole.Guardian, r.Name, r.Email));
            }

            foreach (var member in citizen.ContactTeam)
            {
                if (staffNames.TryGetValue(member.UserId, out var name))
                {
                    meeting.Participants.Add(Participant(meeting, ParticipantRole.Staff, name, null));
                }
            }

            meetings.Add(meeting);

            // Given at enrolment, or renewed within the last year: the review falls due in the coming months.
            var renewed = today.AddDays(-200);
            var givenOn = citizen.EnrolledOn > renewed ? citizen.EnrolledOn : renewed;
            var giver = child ? citizen.Representatives.FirstOrDefault(r => r.Kind == RepresentativeKind.CustodyHolder) : null;
            consents.Add(new Consent
            {
                CitizenId = citizen.Id, Scope = ConsentScope.PlanToMunicipality,
                Description = $"Den individuelle plan og statusrapporter til {citizen.Municipality ?? "kommunen"}",
                GivenBy = giver is null ? ConsentGiver.Citizen : ConsentGiver.CustodyHolder, GivenByName = giver?.Name ?? citizen.FullName,
                GivenOn = givenOn, ValidFrom = givenOn, ReviewOn = ConsentRules.DefaultReviewOn(givenOn), RecordedBy = "Demodata",
            });
        }

        return (meetings, consents);
    }

    private static MeetingParticipant Participant(StatusMeeting meeting, ParticipantRole role, string name, string? contact) =>
        new() { MeetingId = meeting.Id, Role = role, Name = name, Contact = contact };
}
