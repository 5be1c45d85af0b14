using Retning.Domain.Status;
using Retning.Web.Services.Tasks;

namespace Retning.Web.Pages.Borgere.Statusmoeder;

/// <summary>
/// One status meeting: its deadlines and warnings for everyone in scope; the contact team and the
/// leaders change it here (date, time, place, agenda, participants) or cancel it. Saved against
/// the version it was opened on; a conflict shows the stored version beside the form.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class VisModel(AppDbContext db, CitizenAccessService access, AuditLog audit, MyTasks myTasks, TimeProvider clock)
    : CitizenPageModel(db, access, clock), IMeetingForm
{
    private const string DeniedSubject = "Statusmøde: ændring (uden ret)";

    public const string ConflictMessage =
        "En anden har gemt ændringer i mødet, mens du redigerede. Intet er overskrevet. Sammenlign herunder, ret formularen og gem igen.";

    /// <summary>The cancel form (bound only by its own handler).</summary>
    public sealed class CancelInput
    {
        public int Version { get; set; }
        public DateOnly? CancelledOn { get; set; }
    }

    [BindProperty]
    public MeetingInput Input { get; set; } = new();

    public StatusMeeting Meeting { get; private set; } = default!;

    public IReadOnlyList<MeetingParticipant> Participants => MeetingPage.Participants(Meeting);

    public MeetingDeadlines Deadlines => new(Meeting, Today);

    public CancelInput Cancel { get; set; } = new();

    /// <summary>The stored version beside the user's input, after a conflict.</summary>
    public IReadOnlyList<ConflictRow>? Conflict { get; private set; }

    /// <summary>The meeting can be changed: by an editor, while it is not cancelled and the minutes have not gone out.</summary>
    public bool Editable => CanEdit && Meeting.CancelledOn is null && Meeting.MinutesState < MinutesState.Sent;

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
        await audit.RecordAsync(AuditAction.Read, id, "Statusmøde: vist", $"møde={meetingId}", HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>"Tilføj deltager": the form again with one more empty row; nothing is saved.</summary>
    public async Task<IActionResult> OnPostAddRowAsync(Guid id, Guid meetingId)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Edit, MeetingPage.Tab, DeniedSubject) is { } denied)
        {
            return denied;
        }

        if (await LoadMeetingAsync(id, meetingId, tracked: false) is { } notFound)
        {
            return notFound;
        }

        ModelState.Clear();
        MeetingForm.PadRows(Input, extra: 1);
        Cancel = new CancelInput { Version = Meeting.Version, CancelledOn = Today };
        await audit.RecordAsync(AuditAction.Read, id, "Statusmøde: vist (redigering)", $"møde={meetingId}", HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid meetingId)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Edit, MeetingPage.Tab, DeniedSubject) is { } denied)
        {
            return denied;
        }

        if (await LoadMeetingAsync(id, meetingId, tracked: true) is { } notFound)
        {
            return notFound;
        }

        var ct = HttpContext.RequestAborted;
        Cancel = new CancelInput { Version = Meeting.Version, CancelledOn = Today };
        if (!Editable)
        {
            ModelState.AddModelError(string.Empty, Locked());
        }

        ModelState.AddFieldErrors(ModelState.NotYetShown(MeetingForm.Validate(Input, Citizen, Today, out var at)));
        if (!ModelState.IsValid)
        {
            MeetingForm.PadRows(Input);
            await audit.RecordAsync(AuditAction.Read, id, "Statusmøde: fejl i formular", $"møde={meetingId}", ct);
            return Page();
        }

        // The version the user started from is the one the update must match, even when only participants changed.
        Db.Entry(Meeting).Property(m => m.Version).OriginalValue = Input.Version;
        MeetingForm.Apply(Input, at, Meeting);
        // The rows are new entities with their ids set; added explicitly so EF inserts rather than updates them.
        Db.MeetingParticipants.AddRange(Meeting.Participants);
        Db.Entry(Meeting).Property(m => m.UpdatedUtc).IsModified = true;
        audit.Add(AuditAction.Update, id, "Statusmøde: ændret", $"møde={meetingId}; deltagere={Meeting.Participants.Count}");
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ShowConflictAsync(id, ct);
        }

        myTasks.Forget();
        TempData["Success"] = "Statusmødet er gemt.";
        return Redirect(Routes.Citizen(id).Meeting(meetingId));
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id, Guid meetingId)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Edit, MeetingPage.Tab, DeniedSubject) is { } denied)
        {
            return denied;
        }

        if (await LoadMeetingAsync(id, meetingId, tracked: true) is { } notFound)
        {
            return notFound;
        }

        var ct = HttpContext.RequestAborted;
        ModelState.Clear();
        await TryUpdateModelAsync(Cancel, nameof(Cancel));
        if (!Editable)
        {
            ModelState.AddModelError(string.Empty, Locked());
        }
        else if (Cancel.CancelledOn is not { } on)
        {
            ModelState.AddModelError("Cancel.CancelledOn", "Skriv datoen, mødet blev aflyst.");
        }
        else if (on > Today)
        {
            ModelState.AddModelError("Cancel.CancelledOn", "Aflysningen registreres, når den er sket: datoen kan ikke ligge i fremtiden.");
        }

        if (!ModelState.IsValid)
        {
            Input = MeetingForm.From(Meeting);
            MeetingForm.PadRows(Input);
            await audit.RecordAsync(AuditAction.Read, id, "Statusmøde: aflysning (fejl)", $"møde={meetingId}", ct);
            return Page();
        }

        Db.Entry(Meeting).Property(m => m.Version).OriginalValue = Cancel.Version;
        Meeting.CancelledOn = Cancel.CancelledOn;
        audit.Add(AuditAction.Update, id, "Statusmøde: aflyst", $"møde={meetingId}");
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            audit.DiscardUncommitted();
            if (await ReloadMeetingAsync(id, ct) is null)
            {
                return NotFound();
            }

            FillForms();
            ModelState.AddModelError(string.Empty, "En anden har ændret mødet, mens du havde det åbent. Det er ikke aflyst. Se mødet herunder, og aflys igen, hvis det stadig skal aflyses.");
            await audit.RecordAsync(AuditAction.Read, id, "Statusmøde: konflikt", $"møde={meetingId}", ct);
            return Page();
        }

        myTasks.Forget();
        TempData["Success"] = $"Statusmødet {MeetingPage.When(Meeting)} er aflyst. Det giver ikke længere frister.";
        return Redirect(Routes.Citizen(id).Meeting(meetingId));
    }

    private async Task<IActionResult> ShowConflictAsync(Guid id, CancellationToken ct)
    {
        audit.DiscardUncommitted();
        var stored = await ReloadMeetingAsync(id, ct);
        if (stored is null)
        {
            return NotFound();
        }

        Conflict = ConflictRow.Compare(MeetingForm.Describe(Input), MeetingForm.Describe(MeetingForm.From(stored)));
        // Saving again is now a deliberate choice to replace the stored version with this form.
        Input.Version = stored.Version;
        ModelState.Remove("Input.Version");
        ModelState.AddModelError(string.Empty, ConflictMessage);
        MeetingForm.PadRows(Input);
        Cancel = new CancelInput { Version = stored.Version, CancelledOn = Today };
        await audit.RecordAsync(AuditAction.Read, id, "Statusmøde: konflikt", $"møde={stored.Id}", ct);
        return Page();
    }

    private void FillForms()
    {
        Input = MeetingForm.From(Meeting);
        MeetingForm.PadRows(Input);
        Cancel = new CancelInput { Version = Meeting.Version, CancelledOn = Today };
    }

    private string Locked() => Meeting.CancelledOn is { } cancelled
        ? $"Mødet blev aflyst {MeetingPage.Date(cancelled)} og kan ikke ændres."
        : "Referatet er sendt til deltagerne, så mødets oplysninger kan ikke længere ændres.";

    /// <summary>The citizen's meeting (after the citizen is loaded), or 404.</summary>
    private async Task<IActionResult?> LoadMeetingAsync(Guid id, Guid meetingId, bool tracked)
    {
        if (await MeetingPage.FindAsync(Db, id, meetingId, tracked, HttpContext.RequestAborted) is not { } meeting)
        {
            return NotFound();
        }

        Meeting = meeting;
        return null;
    }

    /// <summary>The meeting as stored, after a conflict; null when it is gone.</summary>
    private async Task<StatusMeeting?> ReloadMeetingAsync(Guid id, CancellationToken ct)
    {
        var stored = await MeetingPage.ReloadAsync(Db, id, Meeting.Id, ct);
        if (stored is not null)
        {
            Meeting = stored;
        }

        return stored;
    }
}
