using Retning.Domain.Citizens;
using Retning.Domain.Status;
using Retning.Web.Services.Tasks;

namespace Retning.Web.Pages.Borgere.Statusmoeder;

/// <summary>
/// Planning a status meeting (contact team and leaders): date, time, place, agenda from the
/// default template and the usual participants prefilled from the citizen's record.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class NyModel(AppDbContext db, CitizenAccessService access, AuditLog audit, MyTasks myTasks, TimeProvider clock)
    : CitizenPageModel(db, access, clock), IMeetingForm
{
    private const string DeniedSubject = "Statusmøde: planlægning (uden ret)";

    [BindProperty]
    public MeetingInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Edit, MeetingPage.Tab, DeniedSubject, WithRepresentatives) is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        var team = await Db.ContactTeamMembers.Where(m => m.CitizenId == id)
            .Join(Db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.FullName, u.Email })
            .OrderBy(u => u.FullName).ToListAsync(ct);
        Input = MeetingForm.ForNew(Citizen, team.Select(u => (u.FullName, u.Email)));
        MeetingForm.PadRows(Input);
        await audit.RecordAsync(AuditAction.Read, id, "Statusmøde: ny (formular)", ct: ct);
        return Page();
    }

    /// <summary>"Tilføj deltager": the form again with one more empty row; nothing is saved.</summary>
    public async Task<IActionResult> OnPostAddRowAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Edit, MeetingPage.Tab, DeniedSubject, WithRepresentatives) is { } denied)
        {
            return denied;
        }

        ModelState.Clear();
        MeetingForm.PadRows(Input, extra: 1);
        await audit.RecordAsync(AuditAction.Read, id, "Statusmøde: ny (formular)", ct: HttpContext.RequestAborted);
        return Page();
    }

    [Idempotent]
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Edit, MeetingPage.Tab, DeniedSubject, WithRepresentatives) is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        ModelState.AddFieldErrors(ModelState.NotYetShown(MeetingForm.Validate(Input, Citizen, Today, out var at)));
        if (!ModelState.IsValid)
        {
            MeetingForm.PadRows(Input);
            await audit.RecordAsync(AuditAction.Read, id, "Statusmøde: ny (fejl i formular)", ct: ct);
            return Page();
        }

        var meeting = new StatusMeeting { CitizenId = id };
        MeetingForm.Apply(Input, at, meeting);
        Db.StatusMeetings.Add(meeting);
        audit.Add(AuditAction.Create, id, "Statusmøde: planlagt", $"møde={meeting.Id}; deltagere={meeting.Participants.Count}");
        await Db.SaveChangesAsync(ct);
        myTasks.Forget();
        var sendBy = MeetingRules.SendBy(meeting.On);
        TempData["Success"] = sendBy >= Today
            ? $"Statusmødet {MeetingPage.When(meeting)} er planlagt. Status og dagsorden skal sendes til rådgiveren senest {MeetingPage.Date(sendBy)}."
            : $"Statusmødet {MeetingPage.When(meeting)} er planlagt.";
        return Redirect(Routes.Citizen(id).Meeting(meeting.Id));
    }

    /// <summary>The usual participants are prefilled from the citizen's representatives.</summary>
    private static IQueryable<Citizen> WithRepresentatives(IQueryable<Citizen> citizens) => citizens.Include(c => c.Representatives);
}
