using Retning.Domain.Status;

namespace Retning.Web.Pages.Borgere.Statusmoeder.Referat;

/// <summary>The department head alone approves the minutes, or sends them back to the contact team with a reason.</summary>
public sealed partial class IndexModel
{
    public ReturnInput Return { get; set; } = new();

    public async Task<IActionResult> OnPostApproveAsync(Guid id, Guid meetingId)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Edit, MeetingPage.Tab, DeniedSubject) is { } denied)
        {
            return denied;
        }

        if (await LoadMeetingAsync(id, meetingId, tracked: true) is { } notFound)
        {
            return notFound;
        }

        if (await RefuseStepAsync(id, MinutesStep.Approve) is { } refused)
        {
            return refused;
        }

        MinutesWorkflow.Apply(Meeting, MinutesStep.Approve, Actor, Today, NowUtc);
        return await SaveStepAsync(id, AuditAction.Update, "Referat: godkendt", null, "Referatet er godkendt. Send det nu til alle deltagere.");
    }

    public async Task<IActionResult> OnPostSendBackAsync(Guid id, Guid meetingId)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Edit, MeetingPage.Tab, DeniedSubject) is { } denied)
        {
            return denied;
        }

        if (await LoadMeetingAsync(id, meetingId, tracked: true) is { } notFound)
        {
            return notFound;
        }

        var ret = new ReturnInput();
        await TryUpdateModelAsync(ret, nameof(Return));
        Return = ret;
        if (await RefuseStepAsync(id, MinutesStep.SendBack, ret.Reason, "Return.Reason") is { } refused)
        {
            return refused;
        }

        if (!ModelState.IsValid)
        {
            // Too long (TextLimitAttribute): the message is at the field.
            return await ShowAsync(id, "Referat: fejl i formular");
        }

        MinutesWorkflow.Apply(Meeting, MinutesStep.SendBack, Actor, Today, NowUtc, reason: ret.Reason);
        return await SaveStepAsync(id, AuditAction.Update, "Referat: sendt tilbage", null, "Referatet er sendt tilbage til kontaktteamet med din begrundelse.");
    }
}
