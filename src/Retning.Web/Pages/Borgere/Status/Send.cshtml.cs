using Microsoft.AspNetCore.Mvc.Rendering;
using Retning.Domain.Consents;
using Retning.Domain.Status;
using Retning.Web.Services.Disclosures;

namespace Retning.Web.Pages.Borgere.Status;

/// <summary>
/// Recording that the approved status (with the agenda) went to the caseworker: to whom, when,
/// how, on what basis, and that the citizen or custody holder/guardian was informed and whether
/// consent was sought and given. It goes in the disclosure log, closes the meeting's send deadline
/// and moves the status to "Sendt" — in one transaction with its audit row.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class SendModel(AppDbContext db, CitizenAccessService access, AuditLog audit, DisclosureRecorder recorder, CurrentUser me, Services.Tasks.MyTasks myTasks, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    [BindProperty(SupportsGet = true)]
    public Guid StatusId { get; set; }

    [BindProperty]
    public SendStatusInput Input { get; set; } = new();

    public StatusReport Report { get; private set; } = default!;
    public StatusMeeting? Meeting { get; private set; }
    public IReadOnlyList<SelectListItem> ConsentItems { get; private set; } = [];

    /// <summary>Why the status cannot be sent now (it is not approved); the page then shows only this.</summary>
    public string? Refusal { get; private set; }

    public bool SendDeadlinePassed => Meeting is { } m && Today > MeetingRules.SendBy(m.On);

    public static IReadOnlyList<SelectListItem> ChannelItems { get; } =
        [new("Vælg", string.Empty), .. Enum.GetValues<DisclosureChannel>().Select(c => new SelectListItem(c.Danish(), c.ToString()))];

    public static IReadOnlyList<SelectListItem> BasisItems { get; } =
        [new(DisclosureBasis.NecessaryForMunicipality.Danish(), DisclosureBasis.NecessaryForMunicipality.ToString()), new(DisclosureBasis.Consent.Danish(), DisclosureBasis.Consent.ToString())];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Edit, "status", "Status: afsendelse") is { } denied)
        {
            return denied;
        }

        if (await LoadStatusAsync(id) is { } result)
        {
            return result;
        }

        Input = new SendStatusInput
        {
            RecipientName = Citizen.CaseworkerName, RecipientOrganisation = Citizen.Municipality, SentOn = Today, Channel = DisclosureChannel.SecureMail,
            Basis = DisclosureBasis.NecessaryForMunicipality, InformedOn = Today, Version = Report.Version,
        };
        await audit.RecordAsync(AuditAction.Read, id, "Status: afsendelse (formular)", $"status={StatusId}", HttpContext.RequestAborted);
        return Page();
    }

    [Idempotent]
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Edit, "status", "Status: afsendelse") is { } denied)
        {
            return denied;
        }

        if (await LoadStatusAsync(id) is { } result)
        {
            return result;
        }

        var ct = HttpContext.RequestAborted;
        var request = Input.ToRequest(approved: Report.State == StatusState.Approved);
        var errors = recorder.Validate(request, await recorder.ConsentsAsync(id, ct), Today);
        // A problem with the subject (the status is not approved) concerns the whole form, not one field.
        ModelState.AddFieldErrors(errors.Where(e => e.Field == "Subject").Select(e => e with { Field = string.Empty }), prefix: string.Empty);
        ModelState.AddFieldErrors(errors.Where(e => e.Field != "Subject"));

        if (Input.Version != Report.Version)
        {
            ModelState.AddModelError(string.Empty, "Statussen er ændret, siden du åbnede siden. Kontrollér den, og registrér afsendelsen igen.");
            Input.Version = Report.Version;
        }

        if (!ModelState.IsValid)
        {
            await audit.RecordAsync(AuditAction.Read, id, "Status: afsendelse (fejl)", $"status={StatusId}", ct);
            return Page();
        }

        var tracked = await StatusLoader.FindAsync(Db, id, StatusId, tracked: true, ct);
        var disclosure = recorder.Record(id, request, tracked!.Id, tracked.RevisionNumber, tracked.MeetingId, me, NowUtc);
        if (tracked.MeetingId is { } meetingId && await Db.StatusMeetings.FirstOrDefaultAsync(m => m.Id == meetingId, ct) is { StatusSentOn: null } meeting)
        {
            meeting.StatusSentOn = disclosure.SentOn;
            meeting.StatusDisclosureId = disclosure.Id;
        }

        Db.StatusEvents.Add(StatusWorkflow.Apply(tracked, StatusStep.MarkSent, StatusCaller.For(me, Access.RolesFor(Citizen), InContactTeam), $"Sendt {disclosure.SentOn.ToDanishDate()} ({disclosure.Channel.Danish().ToLowerInvariant()})", NowUtc));
        audit.Add(AuditAction.Export, id, "Videregivelse: status sendt til kommunen", DisclosureRecorder.AuditDetail(disclosure));
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Notice"] = "Statussen eller mødet blev ændret af en anden i samme øjeblik. Intet er registreret; prøv igen.";
            return Redirect(Routes.Citizen(id).Status(StatusId));
        }

        myTasks.Forget();
        var late = Meeting is { } m && disclosure.SentOn > MeetingRules.SendBy(m.On);
        TempData["Success"] = $"Afsendelsen er registreret i videregivelsesloggen, og statussen er markeret som sendt."
            + (late ? $" Bemærk: fristen var {(MeetingRules.SendBy(Meeting!.On)).ToDanishDate()} (14 dage før mødet)." : string.Empty);
        return Redirect(Routes.Citizen(id).Status(StatusId));
    }

    /// <summary>The status (404 when not there), and — unless it is not approved, when the page only says so — its meeting and the consents to choose from.</summary>
    private async Task<IActionResult?> LoadStatusAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        var report = await StatusLoader.FindAsync(Db, id, StatusId, tracked: false, ct);
        if (report is null)
        {
            return NotFound();
        }

        Report = report;

        if (report.State != StatusState.Approved)
        {
            Refusal = "Kun en godkendt status kan sendes. " + (report.State is StatusState.Sent or StatusState.Journalised
                ? "Denne version er allerede sendt; start en ny version for at sende en ændret status."
                : "Send den til godkendelse hos afdelingslederen først.");
            await audit.RecordAsync(AuditAction.Read, id, "Status: afsendelse (ikke godkendt)", $"status={StatusId}", ct);
            return Page();
        }

        Meeting = report.MeetingId is { } meetingId ? await Db.StatusMeetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId, ct) : null;
        var consents = await recorder.ConsentsAsync(id, ct);
        ConsentItems = [new SelectListItem("Vælg samtykke", string.Empty), .. consents.Select(c => new SelectListItem($"{c.Scope.Danish()}: {c.Description} ({c.GivenOn.ToDanishDate()})", c.Id.ToString()))];
        return null;
    }
}
