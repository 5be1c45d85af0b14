using Microsoft.AspNetCore.Mvc.Rendering;
using Retning.Domain.Deadlines;
using Retning.Domain.Tasks;
using Retning.Web.Pages.Borgere;

using Retning.Web.Services.Tasks;

namespace Retning.Web.Pages.Opgaver;

/// <summary>
/// One task of one citizen: who in the contact team has it (the contact team and the leaders may
/// give it to a named member, or back to the whole team), and — for a leader — snoozing it with a
/// reason until a day, or lifting the snooze. Every change is audited; the handling row carries a
/// version, so two people changing it at once cannot overwrite each other unseen.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class OpgaveModel(AppDbContext db, CitizenAccessService access, AuditLog audit, TaskLoader tasks, MyTasks myTasks, CurrentUser me, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    public const string ConflictMessage = "En anden har ændret opgaven, mens du havde den åben. Intet er ændret. Se opgaven, som den er nu, og prøv igen.";

    [BindProperty(SupportsGet = true)] public DeadlineKind Kind { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Subject { get; set; }

    /// <summary>The member to give the task to; empty: the whole contact team.</summary>
    [BindProperty] public Guid? AssignTo { get; set; }
    [BindProperty] public DateOnly? Until { get; set; }
    [TextLimit(TaskHandlingRules.MaxSnoozeReason)]
    [BindProperty] public string? Reason { get; set; }

    /// <summary>The handling's version the page was opened on (0: none recorded yet).</summary>
    [BindProperty] public int Version { get; set; }

    public TaskRow Row { get; private set; } = default!;
    public IReadOnlyList<SelectListItem> TeamItems { get; private set; } = [];

    /// <summary>Only the contact team's tasks are given to a member; approvals and the leader's own tasks have their owner.</summary>
    public bool CanAssign => CanEdit && Row.Deadline.Responsible == DeadlineResponsible.ContactTeam && !Row.Deadline.IsDone;

    public bool CanSnooze => IsLeader && !Row.Deadline.IsDone;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Read, "overblik") is { } denied)
        {
            return denied;
        }

        if (await LoadTaskAsync() is { } notFound)
        {
            return notFound;
        }

        AssignTo = Row.Handling?.AssignedToId;
        Until = Row.Handling?.SnoozedUntil;
        Reason = Row.Handling?.SnoozeReason;
        Version = Row.Handling?.Version ?? 0;
        await audit.RecordAsync(AuditAction.Read, id, "Opgave: vist", Detail(), HttpContext.RequestAborted);
        return Page();
    }

    [Idempotent]
    public async Task<IActionResult> OnPostAssignAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Edit, "overblik", "Opgave: tildeling (uden ret)") is { } denied)
        {
            return denied;
        }

        if (await LoadTaskAsync() is { } notFound)
        {
            return notFound;
        }

        if (!CanAssign)
        {
            return await DenyAsync("Opgave: tildeling (uden ret)");
        }

        var team = await TeamAsync();
        if (TaskHandlingRules.CheckAssignee(AssignTo, [.. team.Select(t => t.Id)]) is { } error)
        {
            ModelState.AddModelError(nameof(AssignTo), error.Message);
            return await ShowErrorsAsync(id);
        }

        if (await HandlingForChangeAsync() is not { } handling)
        {
            return Conflicted(id);
        }

        var name = team.Where(t => t.Id == AssignTo).Select(t => t.Name).FirstOrDefault();
        handling.AssignedToId = AssignTo;
        handling.AssignedToName = name;
        handling.AssignedBy = me.FullName;
        audit.Add(AuditAction.Update, id, "Opgave: tildelt", $"{Detail()}; tildelt={name ?? "kontaktteamet"}");
        return await SaveAsync(id, name is null ? "Opgaven ligger nu hos hele kontaktteamet." : $"Opgaven er givet til {name}.");
    }

    [Idempotent]
    public async Task<IActionResult> OnPostSnoozeAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Lead, "overblik", "Opgave: udsættelse (uden ret)") is { } denied)
        {
            return denied;
        }

        if (await LoadTaskAsync() is { } notFound)
        {
            return notFound;
        }

        if (!CanSnooze)
        {
            return await DenyAsync("Opgave: udsættelse (uden ret)");
        }

        foreach (var error in TaskHandlingRules.CheckSnooze(Until, Reason, Today))
        {
            ModelState.AddModelError(error.Field, error.Message);
        }

        if (!ModelState.IsValid)
        {
            return await ShowErrorsAsync(id);
        }

        if (await HandlingForChangeAsync() is not { } handling)
        {
            return Conflicted(id);
        }

        handling.SnoozedUntil = Until;
        handling.SnoozeReason = Reason!.Trim();
        handling.SnoozedBy = me.FullName;
        audit.Add(AuditAction.Update, id, "Opgave: udsat", $"{Detail()}; til={Until:yyyy-MM-dd}; begrundelse={handling.SnoozeReason}");
        return await SaveAsync(id, $"Opgaven er udsat til {Until.ToDanishDate()}.");
    }

    [Idempotent]
    public async Task<IActionResult> OnPostWakeAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Lead, "overblik", "Opgave: udsættelse ophævet (uden ret)") is { } denied)
        {
            return denied;
        }

        if (await LoadTaskAsync() is { } notFound)
        {
            return notFound;
        }

        if (!CanSnooze)
        {
            return await DenyAsync("Opgave: udsættelse ophævet (uden ret)");
        }

        if (await HandlingForChangeAsync() is not { } handling)
        {
            return Conflicted(id);
        }

        handling.SnoozedUntil = null;
        handling.SnoozeReason = null;
        handling.SnoozedBy = null;
        audit.Add(AuditAction.Update, id, "Opgave: udsættelse ophævet", Detail());
        return await SaveAsync(id, "Udsættelsen er ophævet.");
    }

    /// <summary>The task named by the address (404 when the citizen has none such).</summary>
    private async Task<IActionResult?> LoadTaskAsync()
    {
        var ct = HttpContext.RequestAborted;
        var row = (await tasks.ForCitizensAsync([Citizen.Id], Today, ct))
            .Where(r => r.Deadline.Kind == Kind && r.Deadline.SubjectId == Subject)
            .OrderBy(r => r.Deadline.IsDone).ThenBy(r => r.Deadline.DueOn).FirstOrDefault();
        if (row is null)
        {
            return NotFound();
        }

        Row = row;
        var team = await TeamAsync();
        TeamItems = [new SelectListItem("Hele kontaktteamet", string.Empty), .. team.Select(t => new SelectListItem(t.Name, t.Id.ToString()))];
        return null;
    }

    private async Task<List<(Guid Id, string Name)>> TeamAsync() =>
        [.. (await Db.ContactTeamMembers.AsNoTracking().Where(m => m.CitizenId == Citizen.Id)
            .Join(Db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.FullName }).OrderBy(u => u.FullName)
            .ToListAsync(HttpContext.RequestAborted)).Select(u => (u.Id, u.FullName))];

    /// <summary>The tracked handling to change, new when none is recorded; null when it changed since the page was opened.</summary>
    private async Task<TaskHandling?> HandlingForChangeAsync()
    {
        var key = TaskHandling.KeyOf(Subject);
        var handling = await Db.TaskHandlings.FirstOrDefaultAsync(h => h.CitizenId == Citizen.Id && h.Kind == Kind && h.SubjectKey == key, HttpContext.RequestAborted);
        if (handling is null)
        {
            if (Version != 0)
            {
                return null;
            }

            // Version 1 from the start: a form opened before any handling existed carries 0 and so never matches a row made since.
            handling = new TaskHandling { CitizenId = Citizen.Id, Kind = Kind, SubjectKey = key, Version = 1 };
            Db.TaskHandlings.Add(handling);
            return handling;
        }

        return handling.Version == Version ? handling : null;
    }

    private async Task<IActionResult> SaveAsync(Guid id, string success)
    {
        try
        {
            await Db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch (DbUpdateException)
        {
            // A concurrent save won (the version moved, or the first handling row was made at the same moment).
            audit.DiscardUncommitted();
            return Conflicted(id);
        }

        myTasks.Forget();
        TempData["Success"] = success;
        return Redirect(Row.HandlingHref);
    }

    private RedirectResult Conflicted(Guid id)
    {
        TempData["Notice"] = ConflictMessage;
        return Redirect(Row.HandlingHref);
    }

    private async Task<IActionResult> ShowErrorsAsync(Guid id)
    {
        await audit.RecordAsync(AuditAction.Read, id, "Opgave: vist (fejl i formular)", Detail(), HttpContext.RequestAborted);
        return Page();
    }

    private string Detail() => $"opgave={Kind}; emne={Subject?.ToString() ?? "borgeren"}";
}
