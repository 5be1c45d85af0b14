using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Retning.Data;
using Retning.Domain.Audit;
using Retning.Domain.Consents;
using Retning.Domain.Plans;
using Retning.Domain.Status;
using Retning.Web.Authorization;
using Retning.Web.Infrastructure;
using Retning.Web.Services.Tasks;
using Retning.Web.Pages.Planer;
using Retning.Web.Pages.Videregivelser;

namespace Retning.Web.Pages.Statusmoeder;

/// <summary>
/// The minutes of a status meeting (seed 001): written by the contact team in the template,
/// approved by the department head alone (or sent back with a reason), sent to all participants
/// within 7 days — recorded as a disclosure, with an Export audit row — and journalised. The
/// approved minutes are read-only. Every step is saved against the meeting's version.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ReferatModel(AppDbContext db, CitizenAccessService access, AuditLog audit, CurrentUser me, MyTasks myTasks, DisclosureRecorder recorder, TimeProvider clock)
    : MeetingPageModel(db, access, clock)
{
    public const string Yes = "ja";
    public const string No = "nej";

    /// <summary>Who the disclosure log names as the recipient of the minutes.</summary>
    public const string Recipients = "Mødedeltagerne";

    public const string ConflictMessage =
        "En anden har ændret referatet, mens du arbejdede. Intet er overskrevet. Sammenlign herunder, ret teksten og gem igen.";

    public const string StepConflictMessage =
        "En anden har ændret referatet, mens du havde det åbent. Intet er ændret. Se den nyeste version herunder, og prøv igen.";

    [BindProperty]
    public MinutesInput Input { get; set; } = new();

    /// <summary>The meeting's version the page was opened on (every form carries it).</summary>
    [BindProperty]
    public int Version { get; set; }

    public ReturnInput Return { get; set; } = new();
    public SendInput Send { get; set; } = new();
    public JournalInput Journal { get; set; } = new();

    public IReadOnlyList<ConflictRow>? Conflict { get; private set; }

    public static IReadOnlyList<SelectListItem> ChannelItems { get; } =
    [
        new("Vælg hvordan", string.Empty),
        .. Enum.GetValues<DisclosureChannel>().Select(c => new SelectListItem(c.Danish(), c.ToString())),
    ];

    /// <summary>The contact team (and the leaders) write while the minutes are a draft.</summary>
    public bool CanWrite => CanEdit && Meeting.CancelledOn is null && Meeting.MinutesState is MinutesState.NotWritten or MinutesState.Draft;

    public bool CanDecide => IsDepartmentHead && Meeting.CancelledOn is null && Meeting.MinutesState == MinutesState.AwaitingApproval;
    public bool CanRecordSent => CanEdit && Meeting.CancelledOn is null && Meeting.MinutesState == MinutesState.Approved;
    public bool CanJournalise => CanEdit && Meeting.CancelledOn is null && Meeting.MinutesState == MinutesState.Sent;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid meetingId)
    {
        if (await LoadMeetingAsync(id, meetingId, tracked: false) is { } notFound)
        {
            return notFound;
        }

        FillForms();
        Version = Meeting.Version;
        await audit.RecordAsync(AuditAction.Read, id, "Referat: vist", $"møde={meetingId}", HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>"Gem kladde".</summary>
    [Idempotent]
    public Task<IActionResult> OnPostSaveAsync(Guid id, Guid meetingId) => WriteAsync(id, meetingId, MinutesStep.SaveDraft);

    /// <summary>"Send til godkendelse": saves the text and hands it to the department head.</summary>
    [Idempotent]
    public Task<IActionResult> OnPostSubmitAsync(Guid id, Guid meetingId) => WriteAsync(id, meetingId, MinutesStep.SubmitForApproval);

    public async Task<IActionResult> OnPostApproveAsync(Guid id, Guid meetingId)
    {
        if (await PrepareAsync(id, meetingId, MinutesStep.Approve, null) is { } refused)
        {
            return refused;
        }

        Meeting.MinutesState = MinutesState.Approved;
        Meeting.MinutesApprovedBy = me.FullName;
        Meeting.MinutesApprovedUtc = NowUtc;
        Meeting.MinutesReturnedReason = null;
        return await CommitAsync(id, AuditAction.Update, "Referat: godkendt", "Referatet er godkendt. Send det nu til alle deltagere.");
    }

    public async Task<IActionResult> OnPostSendBackAsync(Guid id, Guid meetingId)
    {
        var ret = new ReturnInput();
        await TryUpdateModelAsync(ret, nameof(Return));
        Return = ret;
        if (await PrepareAsync(id, meetingId, MinutesStep.SendBack, ret.Reason, "Return.Reason") is { } refused)
        {
            return refused;
        }

        if (!ModelState.IsValid)
        {
            // Too long (TextLimitAttribute): the message is at the field.
            return await ShowAsync(id, "Referat: fejl i formular");
        }

        Meeting.MinutesState = MinutesState.Draft;
        Meeting.MinutesReturnedReason = ret.Reason!.Trim();
        return await CommitAsync(id, AuditAction.Update, "Referat: sendt tilbage", "Referatet er sendt tilbage til kontaktteamet med din begrundelse.");
    }

    /// <summary>"Registrér afsendelse til deltagerne": the minutes' deadline closes, and the disclosure is logged.</summary>
    [Idempotent]
    public async Task<IActionResult> OnPostSendAsync(Guid id, Guid meetingId)
    {
        var send = new SendInput();
        await TryUpdateModelAsync(send, nameof(Send));
        Send = send;
        if (await PrepareAsync(id, meetingId, MinutesStep.RecordSent, null) is { } refused)
        {
            return refused;
        }

        ValidateSend(send);
        if (!ModelState.IsValid)
        {
            return await ShowAsync(id, "Referat: afsendelse (fejl i formular)");
        }

        var disclosure = recorder.Record(id, SendRequest(send), statusReportId: null, revision: null, Meeting.Id, me, NowUtc);
        Meeting.MinutesState = MinutesState.Sent;
        Meeting.MinutesSentOn = send.SentOn;
        audit.Add(AuditAction.Export, id, "Referat sendt til deltagerne", $"{DisclosureRecorder.AuditDetail(disclosure)}; modtagere={Participants.Count}");
        return await SaveAsync(id, $"Afsendelsen {Date(send.SentOn)} til {Participants.Count} deltagere er registreret og skrevet i videregivelsesloggen.");
    }

    public async Task<IActionResult> OnPostJournaliseAsync(Guid id, Guid meetingId)
    {
        var journal = new JournalInput();
        await TryUpdateModelAsync(journal, nameof(Journal));
        Journal = journal;
        if (await PrepareAsync(id, meetingId, MinutesStep.Journalise, null) is { } refused)
        {
            return refused;
        }

        if (journal.JournalisedOn is not { } on)
        {
            return await RefuseAsync(id, "Journal.JournalisedOn", "Skriv datoen, referatet blev journaliseret.");
        }

        if (on > Today)
        {
            return await RefuseAsync(id, "Journal.JournalisedOn", "Journaliseringen registreres, når den er sket: datoen kan ikke ligge i fremtiden.");
        }

        if (Meeting.MinutesSentOn is { } sent && on < sent)
        {
            return await RefuseAsync(id, "Journal.JournalisedOn", $"Referatet blev sendt {Date(sent)}; det journaliseres samme dag eller senere.");
        }

        Meeting.MinutesState = MinutesState.Journalised;
        Meeting.MinutesJournalisedOn = on;
        return await CommitAsync(id, AuditAction.Update, "Referat: journaliseret", $"Referatet er registreret som journaliseret {Date(on)}.");
    }

    private async Task<IActionResult> WriteAsync(Guid id, Guid meetingId, MinutesStep step)
    {
        if (await PrepareAsync(id, meetingId, step, null, keepInput: true) is { } refused)
        {
            return refused;
        }

        if (step == MinutesStep.SubmitForApproval)
        {
            foreach (var (field, message) in MeetingRules.CheckMinutes(Input.Attendance, Input.Discussion, Input.Agreements, Input.NextSteps))
            {
                AddError("Input." + field, message);
            }
        }

        foreach (var (field, message) in MeetingRules.CheckPlanDecisions(YesNo(Input.PlanRevision), Input.PlanRevisionNote,
                     YesNo(Input.ActionPlanRevised), YesNo(Input.PurposeRevised), submitting: step == MinutesStep.SubmitForApproval))
        {
            AddError("Input." + field, message);
        }

        if (!ModelState.IsValid)
        {
            return await ShowAsync(id, "Referat: fejl i formular", keepInput: true);
        }

        Meeting.MinutesAttendance = Clean(Input.Attendance);
        Meeting.MinutesDiscussion = Clean(Input.Discussion);
        Meeting.MinutesAgreements = Clean(Input.Agreements);
        Meeting.MinutesNextSteps = Clean(Input.NextSteps);
        Meeting.MinutesPlanRevisionNeeded = YesNo(Input.PlanRevision);
        Meeting.MinutesPlanRevisionNote = Meeting.MinutesPlanRevisionNeeded == true ? Clean(Input.PlanRevisionNote) : null;
        Meeting.MunicipalityRevisedActionPlan = YesNo(Input.ActionPlanRevised);
        Meeting.MunicipalityRevisedPurpose = YesNo(Input.PurposeRevised);
        await SyncPlanRevisionAsync(id, HttpContext.RequestAborted);
        Meeting.MinutesWrittenBy = me.FullName;
        Meeting.MinutesState = step == MinutesStep.SubmitForApproval ? MinutesState.AwaitingApproval : MinutesState.Draft;
        if (step == MinutesStep.SubmitForApproval)
        {
            Meeting.MinutesSubmittedUtc = Clock.GetUtcNow().UtcDateTime;
        }
        audit.Add(AuditAction.Update, id, step == MinutesStep.SubmitForApproval ? "Referat: sendt til godkendelse" : "Referat: kladde gemt", $"møde={meetingId}");
        try
        {
            await Db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch (DbUpdateConcurrencyException)
        {
            audit.DiscardUncommitted();
            var stored = await ReloadMeetingAsync(id, HttpContext.RequestAborted);
            if (stored is null)
            {
                return NotFound();
            }

            Conflict = ConflictRow.Compare(Describe(Input), Describe(FromMeeting(stored)));
            // Saving again is now a deliberate choice to replace the stored text with this form.
            Version = stored.Version;
            ModelState.AddModelError(string.Empty, ConflictMessage);
            return await ShowAsync(id, "Referat: konflikt", keepInput: true);
        }

        TempData["Success"] = step == MinutesStep.SubmitForApproval
            ? "Referatet er sendt til afdelingslederens godkendelse."
            : "Kladden er gemt.";
        return Redirect($"/borgere/{id}/statusmoeder/{meetingId}/referat");
    }

    /// <summary>
    /// Loads the meeting for a step: 403 for someone who may not change the citizen's data; the
    /// page with the reason (and the denial audited) when the step is not allowed now or not to them.
    /// </summary>
    private async Task<IActionResult?> PrepareAsync(Guid id, Guid meetingId, MinutesStep step, string? reason, string? reasonField = null, bool keepInput = false)
    {
        if (await LoadMeetingAsync(id, meetingId, tracked: true) is { } notFound)
        {
            return notFound;
        }

        if (await RequireEditAsync("Referat: ændring (uden ret)") is { } forbidden)
        {
            return forbidden;
        }

        if (MeetingRules.MinutesProblem(step, Meeting, isOwner: CanEdit, IsDepartmentHead, Today, reason) is not { } problem)
        {
            // The version the user started from is the one the update must match.
            Db.Entry(Meeting).Property(m => m.Version).OriginalValue = Version;
            return null;
        }

        // The page now shows the minutes as they are, so its forms carry the current version.
        Version = Meeting.Version;
        var missingReason = step == MinutesStep.SendBack && IsDepartmentHead && Meeting.MinutesState == MinutesState.AwaitingApproval;
        if (missingReason && reasonField is not null)
        {
            ModelState.AddModelError(reasonField, problem);
        }
        else
        {
            ModelState.AddModelError(string.Empty, problem);
        }

        if (step is MinutesStep.Approve or MinutesStep.SendBack && !IsDepartmentHead)
        {
            // Only the department head approves: the attempt is a denial and is audited as one.
            FillForms(keepInput);
            await Access.RecordDeniedAsync(id, "Referat: godkendelse (kun afdelingslederen)", HttpContext.RequestAborted);
            return Page();
        }

        return await ShowAsync(id, "Referat: handling afvist", keepInput);
    }

    private async Task<IActionResult> CommitAsync(Guid id, AuditAction action, string subject, string success)
    {
        audit.Add(action, id, subject, $"møde={Meeting.Id}");
        return await SaveAsync(id, success);
    }

    private async Task<IActionResult> SaveAsync(Guid id, string success)
    {
        try
        {
            await Db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch (DbUpdateConcurrencyException)
        {
            audit.DiscardUncommitted();
            if (await ReloadMeetingAsync(id, HttpContext.RequestAborted) is null)
            {
                return NotFound();
            }

            ModelState.Clear();
            Version = Meeting.Version;
            ModelState.AddModelError(string.Empty, StepConflictMessage);
            return await ShowAsync(id, "Referat: konflikt");
        }

        myTasks.Forget();
        TempData["Success"] = success;
        return Redirect($"/borgere/{id}/statusmoeder/{Meeting.Id}/referat");
    }

    private async Task<IActionResult> RefuseAsync(Guid id, string field, string message)
    {
        ModelState.AddModelError(field, message);
        return await ShowAsync(id, "Referat: fejl i formular");
    }

    /// <summary>The page again (after an error or a conflict), with one Read audit row.</summary>
    private async Task<IActionResult> ShowAsync(Guid id, string subject, bool keepInput = false)
    {
        FillForms(keepInput);
        await audit.RecordAsync(AuditAction.Read, id, subject, $"møde={Meeting.Id}", HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>
    /// Fills the forms the page shows from the meeting, leaving a form the user posted as typed (and
    /// the version it was opened on: a later change by someone else must still be seen as a conflict).
    /// Minutes never written start from the participants and the agenda's points.
    /// </summary>
    private void FillForms(bool keepInput = false)
    {
        if (!keepInput)
        {
            Input = FromMeeting(Meeting);
            if (Meeting.MinutesState == MinutesState.NotWritten)
            {
                Input.Attendance ??= string.Join("\n", Participants.Select(p => $"{p.Name} ({p.Role.Danish()})"));
                Input.Discussion ??= AgendaPoints(Meeting.Agenda);
            }
        }

        Send.SentOn ??= Today;
        Send.InformedOn ??= Today;
        Journal.JournalisedOn ??= Today;
    }

    /// <summary>The minutes' sending as a disclosure: to all participants, needed for the municipality's work.</summary>
    private DisclosureRequest SendRequest(SendInput send) => new()
    {
        Subject = DisclosureSubject.Minutes, RecipientName = Recipients, RecipientOrganisation = $"Statusmøde {Date(Meeting.On)}",
        SentOn = send.SentOn, Channel = send.Channel, Basis = DisclosureBasis.NecessaryForMunicipality, InformedWhom = send.InformedWhom,
        InformedOn = send.InformedOn, ConsentSought = YesNo(send.ConsentSought), ConsentGiven = YesNo(send.ConsentGiven), Note = DisclosureNote(send.Note),
    };

    private void ValidateSend(SendInput send)
    {
        string[] onForm = [nameof(SendInput.SentOn), nameof(SendInput.Channel), nameof(SendInput.InformedWhom), nameof(SendInput.InformedOn),
            nameof(SendInput.ConsentSought), nameof(SendInput.ConsentGiven)];
        foreach (var (field, message) in recorder.Validate(SendRequest(send), [], Today))
        {
            AddError(onForm.Contains(field) ? "Send." + field : string.Empty, message);
        }

        if (send.SentOn is { } sentOn)
        {
            var approvedOn = Meeting.MinutesApprovedUtc is { } utc ? DateOnly.FromDateTime(DanishTime.ToLocal(utc)) : (DateOnly?)null;
            if (sentOn < Meeting.On)
            {
                AddError("Send.SentOn", $"Referatet kan ikke være sendt før mødet ({Date(Meeting.On)}).");
            }
            else if (approvedOn is { } approved && sentOn < approved)
            {
                AddError("Send.SentOn", $"Referatet blev godkendt {Date(approved)}; det kan ikke være sendt før.");
            }
        }
    }

    /// <summary>The disclosure's note: every recipient by name and role, then the user's own note.</summary>
    private string DisclosureNote(string? note)
    {
        var text = "Modtagere: " + string.Join("; ", Participants.Select(p => $"{p.Name} ({p.Role.Danish()})"))
                   + (string.IsNullOrWhiteSpace(note) ? string.Empty : "\n" + note.Trim());
        return text.Length > 2000 ? text[..2000] : text;
    }

    /// <summary>
    /// The minutes' "the plan must be revised" as a request on the plan ("Revidér planen: …"): made
    /// when first answered yes, its text kept in step with the minutes while it is open, and
    /// withdrawn when the answer changes to no before anyone marked it done.
    /// </summary>
    private async Task SyncPlanRevisionAsync(Guid id, CancellationToken ct)
    {
        var request = await Db.PlanRevisionRequests.FirstOrDefaultAsync(r => r.Source == PlanRevisionSource.StatusMeeting && r.SourceId == Meeting.Id, ct);
        switch (PlanRevisionRules.FromMinutes(request, Meeting.MinutesPlanRevisionNeeded, Meeting.MinutesPlanRevisionNote))
        {
            case MinutesRevisionStep.Raise when await Db.Plans.Where(p => p.CitizenId == id).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct) is { } planId:
                Db.PlanRevisionRequests.Add(PlanRevisionRules.Raise(id, planId, PlanRevisionSource.StatusMeeting, Meeting.Id, Meeting.On, Meeting.MinutesPlanRevisionNote!));
                break;
            case MinutesRevisionStep.Reword:
                request!.Text = Meeting.MinutesPlanRevisionNote!;
                break;
            case MinutesRevisionStep.Withdraw:
                Db.PlanRevisionRequests.Remove(request!);
                break;
        }
    }

    private static MinutesInput FromMeeting(StatusMeeting m) => new()
    {
        Attendance = m.MinutesAttendance, Discussion = m.MinutesDiscussion, Agreements = m.MinutesAgreements, NextSteps = m.MinutesNextSteps,
        PlanRevision = YesNoText(m.MinutesPlanRevisionNeeded), PlanRevisionNote = m.MinutesPlanRevisionNote,
        ActionPlanRevised = YesNoText(m.MunicipalityRevisedActionPlan), PurposeRevised = YesNoText(m.MunicipalityRevisedPurpose),
    };

    private static string? YesNoText(bool? value) => value switch
    {
        true => Yes,
        false => No,
        null => null,
    };

    private static IEnumerable<(string Label, string? Value)> Describe(MinutesInput input) =>
    [
        ("Deltagere", input.Attendance),
        ("Drøftelse pr. dagsordenspunkt", input.Discussion),
        ("Aftaler", input.Agreements),
        ("Næste skridt og næste møde", input.NextSteps),
        ("Skal planen revideres", input.PlanRevision),
        ("Hvad skal revideres", input.PlanRevisionNote),
        ("Kommunen reviderede handleplanen", input.ActionPlanRevised),
        ("Kommunen reviderede formålet", input.PurposeRevised),
    ];

    /// <summary>The agenda's points, each followed by an empty line for its discussion.</summary>
    private static string? AgendaPoints(string? agenda)
    {
        if (string.IsNullOrWhiteSpace(agenda))
        {
            return null;
        }

        var points = agenda.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        return string.Join("\n\n", points) + "\n";
    }

    private static bool? YesNo(string? value) => value switch
    {
        Yes => true,
        No => false,
        _ => null,
    };

    private void AddError(string key, string message)
    {
        if (!ModelState.TryGetValue(key, out var entry) || entry.Errors.Count == 0)
        {
            ModelState.AddModelError(key, message);
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
