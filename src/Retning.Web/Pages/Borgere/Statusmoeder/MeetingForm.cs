using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Retning.Domain.Citizens;
using Retning.Domain.Status;

namespace Retning.Web.Pages.Borgere.Statusmoeder;

/// <summary>Reads, checks and writes the meeting form; prefills a new meeting from the citizen's record.</summary>
public static class MeetingForm
{
    /// <summary>Empty rows shown after the participants, so one more can be written without a round trip.</summary>
    public const int BlankRows = 1;

    /// <summary>The agenda a new meeting starts from (docs/domain.md, "Status meetings and minutes": the status and the agenda go to the caseworker together).</summary>
    public const string DefaultAgenda =
        "1. Velkomst og præsentation\n" +
        "2. Status siden sidst (statusrapporten)\n" +
        "3. Borgerens/forældrenes perspektiv\n" +
        "4. Mål og indsats frem til næste møde\n" +
        "5. Aftaler og næste møde";

    public static IReadOnlyList<SelectListItem> RoleItems { get; } =
    [
        new("Vælg rolle", string.Empty),
        .. Enum.GetValues<ParticipantRole>().Select(r => new SelectListItem(r.Danish(), r.ToString())),
    ];

    /// <summary>
    /// A new meeting: the default agenda and the usual participants — the municipal caseworker, the
    /// citizen, the custody holders or guardian, and the contact team.
    /// </summary>
    public static MeetingInput ForNew(Citizen citizen, IEnumerable<(string Name, string? Email)> contactTeam)
    {
        var input = new MeetingInput { Agenda = DefaultAgenda };
        if (!string.IsNullOrWhiteSpace(citizen.CaseworkerName))
        {
            input.Participants.Add(Row(ParticipantRole.Caseworker, citizen.CaseworkerName, citizen.CaseworkerEmail ?? citizen.CaseworkerPhone));
        }

        input.Participants.Add(Row(ParticipantRole.Citizen, citizen.FullName, null));
        foreach (var r in citizen.Representatives.Where(r => r.Kind is RepresentativeKind.CustodyHolder or RepresentativeKind.Guardian)
                     .OrderBy(r => r.Kind).ThenBy(r => r.Name, StringComparer.Create(CultureInfo.GetCultureInfo("da-DK"), false)))
        {
            var role = r.Kind == RepresentativeKind.Guardian ? ParticipantRole.Guardian : ParticipantRole.CustodyHolder;
            input.Participants.Add(Row(role, r.Name, r.Email ?? r.Phone));
        }

        foreach (var (name, email) in contactTeam)
        {
            input.Participants.Add(Row(ParticipantRole.Staff, name, email));
        }

        return input;
    }

    public static MeetingInput From(StatusMeeting meeting) => new()
    {
        Version = meeting.Version,
        On = meeting.On,
        At = meeting.At?.ToString("HH:mm", CultureInfo.InvariantCulture),
        Place = meeting.Place,
        Agenda = meeting.Agenda,
        Participants = [.. Ordered(meeting.Participants).Select(p => new ParticipantInput { Role = p.Role, Name = p.Name, Contact = p.Contact })],
    };

    /// <summary>Participants in the order of their role (caseworker, citizen, family, staff), then by name.</summary>
    public static IEnumerable<MeetingParticipant> Ordered(IEnumerable<MeetingParticipant> participants) =>
        participants.OrderBy(p => p.Role).ThenBy(p => p.Name, StringComparer.Create(CultureInfo.GetCultureInfo("da-DK"), false));

    /// <summary>Adds the blank rows the form shows after the participants.</summary>
    public static void PadRows(MeetingInput input, int extra = 0)
    {
        var blanks = input.Participants.Count(p => p.IsBlank);
        for (var i = blanks; i < BlankRows + extra; i++)
        {
            input.Participants.Add(new ParticipantInput());
        }
    }

    /// <summary>
    /// Checks the form: Danish messages per field under the form's names ("At", "Participants[0].Name");
    /// <paramref name="at"/> is the parsed time when one was typed and is a time.
    /// </summary>
    public static IReadOnlyList<FieldError> Validate(MeetingInput input, Citizen citizen, DateOnly today, out TimeOnly? at)
    {
        var errors = new List<FieldError>();
        at = null;
        if (!string.IsNullOrWhiteSpace(input.At))
        {
            if (TimeOnly.TryParseExact(input.At.Trim().Replace('.', ':'), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            {
                at = time;
            }
            else
            {
                errors.Add(new("At", "Skriv klokkeslættet som timer og minutter, fx 13:30."));
            }
        }

        for (var i = 0; i < input.Participants.Count; i++)
        {
            var p = input.Participants[i];
            if (p.Remove || p.IsBlank)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(p.Name))
            {
                errors.Add(new($"Participants[{i}].Name", "Skriv deltagerens navn (eller ryd rækken)."));
            }

            if (p.Role is null)
            {
                errors.Add(new($"Participants[{i}].Role", "Vælg deltagerens rolle."));
            }
        }

        errors.AddRange(MeetingRules.Check(input.On, citizen.EnrolledOn, today, Kept(input).Count()));
        return errors;
    }

    /// <summary>Writes the checked form into the meeting; the participants are replaced by the form's rows.</summary>
    public static void Apply(MeetingInput input, TimeOnly? at, StatusMeeting meeting)
    {
        meeting.On = input.On!.Value;
        meeting.At = at;
        meeting.Place = FormText.Clean(input.Place);
        meeting.Agenda = FormText.Clean(input.Agenda);
        meeting.Participants.Clear();
        foreach (var p in Kept(input))
        {
            meeting.Participants.Add(new MeetingParticipant { MeetingId = meeting.Id, Role = p.Role!.Value, Name = p.Name!.Trim(), Contact = FormText.Clean(p.Contact) });
        }
    }

    /// <summary>The form's fields for the conflict view: what the user typed beside what is stored.</summary>
    public static IEnumerable<(string Label, string? Value)> Describe(MeetingInput input) =>
    [
        ("Dato", ConflictRow.Date(input.On)),
        ("Klokken", input.At),
        ("Sted", input.Place),
        ("Dagsorden", input.Agenda),
        ("Deltagere", string.Join("\n", Kept(input).Select(p => $"{p.Name?.Trim()} ({p.Role?.Danish()})"))),
    ];

    private static IEnumerable<ParticipantInput> Kept(MeetingInput input) => input.Participants.Where(p => !p.Remove && !p.IsBlank);

    private static ParticipantInput Row(ParticipantRole role, string name, string? contact) =>
        new() { Role = role, Name = name.Trim(), Contact = FormText.Clean(contact) };
}
