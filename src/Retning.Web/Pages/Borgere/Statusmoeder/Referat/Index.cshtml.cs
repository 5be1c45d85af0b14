using Retning.Domain.Status;
using Retning.Web.Services.Disclosures;
using Retning.Web.Services.Tasks;

namespace Retning.Web.Pages.Borgere.Statusmoeder.Referat;

/// <summary>
/// The minutes of a status meeting (docs/domain.md, "Status meetings and minutes"), split by who
/// acts: the contact team writes them (Index.Writing.cs), the department head alone approves them
/// or sends them back with a reason (Index.Decision.cs), and they are sent to all participants
/// within 7 days — recorded as a disclosure, with an Export audit row — and journalised
/// (Index.Sending.cs). The steps are <see cref="MinutesWorkflow"/>'s; approved minutes are
/// read-only. Every step is saved against the meeting's version the form was opened on.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed partial class IndexModel(AppDbContext db, CitizenAccessService access, AuditLog audit, CurrentUser me, MyTasks myTasks, DisclosureRecorder recorder, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    private const string DeniedSubject = "Referat: ændring (uden ret)";

    public const string StepConflictMessage =
        "En anden har ændret referatet, mens du havde det åbent. Intet er ændret. Se den nyeste version herunder, og prøv igen.";

    /// <summary>The meeting's version the page was opened on (every form carries it).</summary>
    [BindProperty]
    public int Version { get; set; }

    public StatusMeeting Meeting { get; private set; } = default!;

    /// <summary>The participants in display order.</summary>
    public IReadOnlyList<MeetingParticipant> Participants { get; private set; } = [];

    public MeetingDeadlines Deadlines => new(Meeting, Today);

    public IReadOnlyList<ConflictRow>? Conflict { get; private set; }

    /// <summary>Who acts, as the minutes' workflow sees them.</summary>
    private MinutesActor Actor => new(me.FullName, IsOwner: CanEdit, MeetingPage.IsDepartmentHead(Access, Citizen));

    /// <summary>The contact team (and the leaders) write while the minutes are a draft.</summary>
    public bool CanWrite => MinutesWorkflow.CanTake(MinutesStep.SaveDraft, Meeting, Actor, Today);

    public bool CanDecide => MinutesWorkflow.CanTake(MinutesStep.Approve, Meeting, Actor, Today);
    public bool CanRecordSent => MinutesWorkflow.CanTake(MinutesStep.RecordSent, Meeting, Actor, Today);
    public bool CanJournalise => MinutesWorkflow.CanTake(MinutesStep.Journalise, Meeting, Actor, Today);

    public async Task<IActionResult> OnGetAsync(Guid id, Guid meetingId)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Read, MeetingPage.Tab) is { } denied)
        {
            return denied;
        }

        if (await LoadMeetingAsync(id, meetingId, tracked: false) is { } notFound)
        {
            return notFound;
        }

        FillForms();
        Version = Meeting.Version;
        await audit.RecordAsync(AuditAction.Read, id, "Referat: vist", $"møde={meetingId}", HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>The citizen's meeting (after the citizen is loaded), or 404.</summary>
    private async Task<IActionResult?> LoadMeetingAsync(Guid id, Guid meetingId, bool tracked)
    {
        if (await MeetingPage.FindAsync(Db, id, meetingId, tracked, HttpContext.RequestAborted) is not { } meeting)
        {
            return NotFound();
        }

        SetMeeting(meeting);
        return null;
    }

    private void SetMeeting(StatusMeeting meeting)
    {
        Meeting = meeting;
        Participants = MeetingPage.Participants(meeting);
    }

    /// <summary>Re-reads the meeting as stored (after a conflict), dropping whatever this response had changed.</summary>
    private async Task<StatusMeeting?> ReloadMeetingAsync(Guid id, CancellationToken ct)
    {
        var stored = await MeetingPage.ReloadAsync(Db, id, Meeting.Id, ct);
        if (stored is not null)
        {
            SetMeeting(stored);
        }

        return stored;
    }

    /// <summary>
    /// The page with the reason when the step is not allowed now or not to this user (the denial
    /// audited when only the department head may take it); null when the step may go on.
    /// </summary>
    private async Task<IActionResult?> RefuseStepAsync(Guid id, MinutesStep step, string? reason = null, string? reasonField = null, bool keepInput = false)
    {
        if (MinutesWorkflow.Problem(step, Meeting, Actor, Today, reason) is not { } problem)
        {
            return null;
        }

        // The page now shows the minutes as they are, so its forms carry the current version.
        Version = Meeting.Version;
        var isHead = Actor.IsDepartmentHead;
        var missingReason = step == MinutesStep.SendBack && isHead && Meeting.MinutesState == MinutesState.AwaitingApproval;
        ModelState.AddModelError(missingReason && reasonField is not null ? reasonField : string.Empty, problem);
        if (MinutesWorkflow.IsDecision(step) && !isHead)
        {
            // Only the department head approves: the attempt is a denial and is audited as one.
            FillForms(keepInput);
            await Access.RecordDeniedAsync(id, "Referat: godkendelse (kun afdelingslederen)", HttpContext.RequestAborted);
            return Page();
        }

        return await ShowAsync(id, "Referat: handling afvist", keepInput);
    }

    /// <summary>
    /// Saves the step with its audit row against the version the form was opened on — set only now,
    /// after every check, so a refused form never reaches the database. A conflict shows the newest minutes.
    /// </summary>
    private async Task<IActionResult> SaveStepAsync(Guid id, AuditAction action, string subject, string? detail, string success)
    {
        audit.Add(action, id, subject, detail ?? $"møde={Meeting.Id}");
        Db.Entry(Meeting).Property(m => m.Version).OriginalValue = Version;
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
        return Redirect(Routes.Citizen(id).Minutes(Meeting.Id));
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
    /// </summary>
    private void FillForms(bool keepInput = false)
    {
        if (!keepInput)
        {
            FillMinutesForm();
        }

        Send.SentOn ??= Today;
        Send.InformedOn ??= Today;
        Journal.JournalisedOn ??= Today;
    }
}
