using Retning.Domain.Plans;
using Retning.Domain.Status;

namespace Retning.Web.Pages.Borgere.Statusmoeder.Referat;

/// <summary>The contact team writes the minutes in the template and hands them to the department head.</summary>
public sealed partial class IndexModel
{
    public const string ConflictMessage =
        "En anden har ændret referatet, mens du arbejdede. Intet er overskrevet. Sammenlign herunder, ret teksten og gem igen.";

    [BindProperty]
    public MinutesInput Input { get; set; } = new();

    /// <summary>"Gem kladde".</summary>
    [Idempotent]
    public Task<IActionResult> OnPostSaveAsync(Guid id, Guid meetingId) => WriteAsync(id, meetingId, MinutesStep.SaveDraft);

    /// <summary>"Send til godkendelse": saves the text and hands it to the department head.</summary>
    [Idempotent]
    public Task<IActionResult> OnPostSubmitAsync(Guid id, Guid meetingId) => WriteAsync(id, meetingId, MinutesStep.SubmitForApproval);

    private async Task<IActionResult> WriteAsync(Guid id, Guid meetingId, MinutesStep step)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Edit, MeetingPage.Tab, DeniedSubject) is { } denied)
        {
            return denied;
        }

        if (await LoadMeetingAsync(id, meetingId, tracked: true) is { } notFound)
        {
            return notFound;
        }

        if (await RefuseStepAsync(id, step, keepInput: true) is { } refused)
        {
            return refused;
        }

        var submitting = step == MinutesStep.SubmitForApproval;
        var errors = (submitting ? MeetingRules.CheckMinutes(Input.Attendance, Input.Discussion, Input.Agreements, Input.NextSteps) : [])
            .Concat(MeetingRules.CheckPlanDecisions(YesNo.Parse(Input.PlanRevision), Input.PlanRevisionNote,
                YesNo.Parse(Input.ActionPlanRevised), YesNo.Parse(Input.PurposeRevised), submitting));
        ModelState.AddFieldErrors(ModelState.NotYetShown(errors));
        if (!ModelState.IsValid)
        {
            return await ShowAsync(id, "Referat: fejl i formular", keepInput: true);
        }

        Meeting.MinutesAttendance = FormText.Clean(Input.Attendance);
        Meeting.MinutesDiscussion = FormText.Clean(Input.Discussion);
        Meeting.MinutesAgreements = FormText.Clean(Input.Agreements);
        Meeting.MinutesNextSteps = FormText.Clean(Input.NextSteps);
        Meeting.MinutesPlanRevisionNeeded = YesNo.Parse(Input.PlanRevision);
        Meeting.MinutesPlanRevisionNote = Meeting.MinutesPlanRevisionNeeded == true ? FormText.Clean(Input.PlanRevisionNote) : null;
        Meeting.MunicipalityRevisedActionPlan = YesNo.Parse(Input.ActionPlanRevised);
        Meeting.MunicipalityRevisedPurpose = YesNo.Parse(Input.PurposeRevised);
        await SyncPlanRevisionAsync(id, HttpContext.RequestAborted);
        MinutesWorkflow.Apply(Meeting, step, Actor, Today, NowUtc);
        audit.Add(AuditAction.Update, id, submitting ? "Referat: sendt til godkendelse" : "Referat: kladde gemt", $"møde={meetingId}");
        // The version the user started from is the one the update must match: set after every check.
        Db.Entry(Meeting).Property(m => m.Version).OriginalValue = Version;
        try
        {
            await Db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch (DbUpdateConcurrencyException)
        {
            audit.DiscardUncommitted();
            if (await ReloadMeetingAsync(id, HttpContext.RequestAborted) is not { } stored)
            {
                return NotFound();
            }

            Conflict = ConflictRow.Compare(Describe(Input), Describe(FromMeeting(stored)));
            // Saving again is now a deliberate choice to replace the stored text with this form.
            Version = stored.Version;
            ModelState.AddModelError(string.Empty, ConflictMessage);
            return await ShowAsync(id, "Referat: konflikt", keepInput: true);
        }

        TempData["Success"] = submitting ? "Referatet er sendt til afdelingslederens godkendelse." : "Kladden er gemt.";
        return Redirect(Routes.Citizen(id).Minutes(meetingId));
    }

    /// <summary>The minutes form from the meeting; minutes never written start from the participants and the agenda's points.</summary>
    private void FillMinutesForm()
    {
        Input = FromMeeting(Meeting);
        if (Meeting.MinutesState == MinutesState.NotWritten)
        {
            Input.Attendance ??= string.Join("\n", Participants.Select(p => $"{p.Name} ({p.Role.Danish()})"));
            Input.Discussion ??= AgendaPoints(Meeting.Agenda);
        }
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
        PlanRevision = YesNo.Value(m.MinutesPlanRevisionNeeded), PlanRevisionNote = m.MinutesPlanRevisionNote,
        ActionPlanRevised = YesNo.Value(m.MunicipalityRevisedActionPlan), PurposeRevised = YesNo.Value(m.MunicipalityRevisedPurpose),
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
}
