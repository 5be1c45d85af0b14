using Microsoft.AspNetCore.Mvc.Rendering;
using Retning.Domain.Status;
using Retning.Web.Services.Status;

namespace Retning.Web.Pages.Borgere.Status;

/// <summary>
/// A new status (contact team and leaders): the period defaults to "since the last status", the
/// status date to the next planned meeting; the layout (ICS/VUM) follows the age on the status date.
/// The draft is prefilled from the plan and opens for editing.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class NyModel(AppDbContext db, CitizenAccessService access, AuditLog audit, StatusService statuses, CurrentUser me, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    [BindProperty]
    public NewStatusInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Meetings { get; private set; } = [];

    public StatusLayout? Layout => Input.StatusDate is { } d ? StatusLayoutRules.For(Citizen.BirthDate, d) : null;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Edit, "status", "Status: ny", StatusDocument.WithOffer) is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        await LoadMeetingsAsync(id, ct);
        var lastTo = await Db.StatusReports.Where(r => r.CitizenId == id).MaxAsync(r => (DateOnly?)r.PeriodTo, ct);
        var next = await Db.StatusMeetings.Where(m => m.CitizenId == id && m.CancelledOn == null && m.On >= Today)
            .OrderBy(m => m.On).Select(m => new { m.Id, m.On }).FirstOrDefaultAsync(ct);
        Input.StatusDate = next?.On ?? Today;
        Input.MeetingId = next?.Id;
        var interval = StatusPeriodRules.IntervalMonths(StatusLayoutRules.For(Citizen.BirthDate, Input.StatusDate.Value), Citizen.StatusIntervalMonths);
        (Input.PeriodFrom, Input.PeriodTo) = StatusPeriodRules.Default(lastTo, Citizen.EnrolledOn, Today < Input.StatusDate ? Today : Input.StatusDate.Value, interval);
        await audit.RecordAsync(AuditAction.Read, id, "Status: ny (formular)", null, ct);
        return Page();
    }

    [Idempotent]
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Edit, "status", "Status: ny", StatusDocument.WithOffer) is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        await LoadMeetingsAsync(id, ct);
        // A field the binder already refused (an impossible date) keeps that message alone.
        ModelState.AddFieldErrors(ModelState.NotYetShown(StatusPeriodRules.Check(Input.PeriodFrom, Input.PeriodTo, Input.StatusDate, Citizen.EnrolledOn, Today)));

        if (Input.MeetingId is { } meetingId && !await Db.StatusMeetings.AnyAsync(m => m.Id == meetingId && m.CitizenId == id, ct))
        {
            ModelState.AddModelError("Input.MeetingId", "Vælg et af borgerens statusmøder.");
        }

        if (!ModelState.IsValid)
        {
            await audit.RecordAsync(AuditAction.Read, id, "Status: ny (fejl)", null, ct);
            return Page();
        }

        var report = await statuses.CreateAsync(Citizen, Input.PeriodFrom!.Value, Input.PeriodTo!.Value, Input.StatusDate!.Value, Input.MeetingId, me.FullName, ct);
        Db.StatusReports.Add(report);
        Db.StatusEvents.Add(new StatusEvent
        {
            StatusReportId = report.Id, Kind = StatusEventKind.Created, RevisionNumber = 1, UserId = me.Id, UserName = me.FullName, AtUtc = NowUtc,
        });
        audit.Add(AuditAction.Create, id, "Status: oprettet", $"status={report.Id}; layout={report.Layout}");
        await Db.SaveChangesAsync(ct);
        TempData["Success"] = "Statusrapporten er oprettet og udfyldt fra planen. Gennemgå afsnittene, og vælg hvad kommunen skal have.";
        return Redirect(Routes.Citizen(id).StatusEdit(report.Id));
    }

    private async Task LoadMeetingsAsync(Guid id, CancellationToken ct)
    {
        var meetings = await Db.StatusMeetings.AsNoTracking().Where(m => m.CitizenId == id && m.CancelledOn == null)
            .OrderByDescending(m => m.On).Select(m => new { m.Id, m.On, m.Place }).ToListAsync(ct);
        Meetings = [new SelectListItem("Intet statusmøde valgt", string.Empty), .. meetings.Select(m => new SelectListItem($"{m.On.ToDanishDate()}{(m.Place is null ? "" : " – " + m.Place)}", m.Id.ToString()))];
    }
}
