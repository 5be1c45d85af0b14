using Retning.Domain.Status;

namespace Retning.Web.Pages.Borgere.Statusmoeder;

/// <summary>The meeting form, in the order of its fields; kept as typed through an error or a conflict.</summary>
public sealed class MeetingInput
{
    public int Version { get; set; }
    public DateOnly? On { get; set; }

    /// <summary>"HH:mm" as typed (a dot is accepted too).</summary>
    [TextLimit(TextLimits.Code)]
    public string? At { get; set; }

    [TextLimit(MeetingRules.MaxPlace)]
    public string? Place { get; set; }
    [TextLimit(MeetingRules.MaxAgenda)]
    public string? Agenda { get; set; }
    public List<ParticipantInput> Participants { get; set; } = [];
}

/// <summary>One participant row; a row without name and contact is an unused row and is ignored.</summary>
public sealed class ParticipantInput
{
    public ParticipantRole? Role { get; set; }
    [TextLimit(MeetingRules.MaxParticipantName)]
    public string? Name { get; set; }
    [TextLimit(MeetingRules.MaxParticipantContact)]
    public string? Contact { get; set; }

    /// <summary>Ticked to take the participant off the meeting when the form is saved.</summary>
    public bool Remove { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Contact);
}
