using Microsoft.AspNetCore.Mvc.Rendering;
using Retning.Domain.Consents;
using Retning.Domain.Status;
using Retning.Web.Services.Disclosures;

namespace Retning.Web.Pages.Borgere.Statusmoeder.Referat;

/// <summary>
/// The approved minutes are sent to all participants (recorded as a disclosure, with an Export
/// audit row; the minutes' deadline closes) and then journalised.
/// </summary>
public sealed partial class IndexModel
{
    /// <summary>Who the disclosure log names as the recipient of the minutes.</summary>
    public const string Recipients = "Mødedeltagerne";

    public SendInput Send { get; set; } = new();
    public JournalInput Journal { get; set; } = new();

    public static IReadOnlyList<SelectListItem> ChannelItems { get; } =
    [
        new("Vælg hvordan", string.Empty),
        .. Enum.GetValues<DisclosureChannel>().Select(c => new SelectListItem(c.Danish(), c.ToString())),
    ];

    /// <summary>"Registrér afsendelse til deltagerne": the minutes' deadline closes, and the disclosure is logged.</summary>
    [Idempotent]
    public async Task<IActionResult> OnPostSendAsync(Guid id, Guid meetingId)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Edit, MeetingPage.Tab, DeniedSubject) is { } denied)
        {
            return denied;
        }

        if (await LoadMeetingAsync(id, meetingId, tracked: true) is { } notFound)
        {
            return notFound;
        }

        var send = new SendInput();
        await TryUpdateModelAsync(send, nameof(Send));
        Send = send;
        if (await RefuseStepAsync(id, MinutesStep.RecordSent) is { } refused)
        {
            return refused;
        }

        ValidateSend(send);
        if (!ModelState.IsValid)
        {
            return await ShowAsync(id, "Referat: afsendelse (fejl i formular)");
        }

        var disclosure = recorder.Record(id, SendRequest(send), statusReportId: null, revision: null, Meeting.Id, me, NowUtc);
        MinutesWorkflow.Apply(Meeting, MinutesStep.RecordSent, Actor, Today, NowUtc, on: send.SentOn);
        return await SaveStepAsync(id, AuditAction.Export, "Referat sendt til deltagerne", $"{DisclosureRecorder.AuditDetail(disclosure)}; modtagere={Participants.Count}",
            $"Afsendelsen {MeetingPage.Date(send.SentOn)} til {Participants.Count} deltagere er registreret og skrevet i videregivelsesloggen.");
    }

    public async Task<IActionResult> OnPostJournaliseAsync(Guid id, Guid meetingId)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Edit, MeetingPage.Tab, DeniedSubject) is { } denied)
        {
            return denied;
        }

        if (await LoadMeetingAsync(id, meetingId, tracked: true) is { } notFound)
        {
            return notFound;
        }

        var journal = new JournalInput();
        await TryUpdateModelAsync(journal, nameof(Journal));
        Journal = journal;
        if (await RefuseStepAsync(id, MinutesStep.Journalise) is { } refused)
        {
            return refused;
        }

        if (ModelState.AddFieldErrors(MeetingRules.CheckJournalisedOn(Meeting, journal.JournalisedOn, Today), nameof(Journal)))
        {
            return await ShowAsync(id, "Referat: fejl i formular");
        }

        MinutesWorkflow.Apply(Meeting, MinutesStep.Journalise, Actor, Today, NowUtc, on: journal.JournalisedOn);
        return await SaveStepAsync(id, AuditAction.Update, "Referat: journaliseret", null, $"Referatet er registreret som journaliseret {MeetingPage.Date(journal.JournalisedOn)}.");
    }

    /// <summary>The minutes' sending as a disclosure: to all participants, needed for the municipality's work.</summary>
    private DisclosureRequest SendRequest(SendInput send) => new()
    {
        Subject = DisclosureSubject.Minutes, RecipientName = Recipients, RecipientOrganisation = $"Statusmøde {MeetingPage.Date(Meeting.On)}",
        SentOn = send.SentOn, Channel = send.Channel, Basis = DisclosureBasis.NecessaryForMunicipality, InformedWhom = send.InformedWhom,
        InformedOn = send.InformedOn, ConsentSought = YesNo.Parse(send.ConsentSought), ConsentGiven = YesNo.Parse(send.ConsentGiven), Note = DisclosureNote(send.Note),
    };

    /// <summary>The disclosure's rules (at the send form's fields, or above it), then the minutes' own dates.</summary>
    private void ValidateSend(SendInput send)
    {
        string[] onForm = [nameof(SendInput.SentOn), nameof(SendInput.Channel), nameof(SendInput.InformedWhom), nameof(SendInput.InformedOn),
            nameof(SendInput.ConsentSought), nameof(SendInput.ConsentGiven)];
        var disclosureErrors = recorder.Validate(SendRequest(send), [], Today)
            .Select(e => new FieldError(onForm.Contains(e.Field) ? $"{nameof(Send)}.{e.Field}" : string.Empty, e.Message));
        ModelState.AddFieldErrors(ModelState.NotYetShown(disclosureErrors, prefix: string.Empty), prefix: string.Empty);
        var approvedOn = Meeting.MinutesApprovedUtc is { } utc ? DateOnly.FromDateTime(DanishTime.ToLocal(utc)) : (DateOnly?)null;
        ModelState.AddFieldErrors(ModelState.NotYetShown(MeetingRules.CheckSentOn(Meeting, send.SentOn, approvedOn), nameof(Send)), nameof(Send));
    }

    /// <summary>The disclosure's note: every recipient by name and role, then the user's own note.</summary>
    private string DisclosureNote(string? note)
    {
        var text = "Modtagere: " + string.Join("; ", Participants.Select(p => $"{p.Name} ({p.Role.Danish()})"))
                   + (string.IsNullOrWhiteSpace(note) ? string.Empty : "\n" + note.Trim());
        return text.Length > 2000 ? text[..2000] : text;
    }
}
