using System.ComponentModel;
using Retning.Domain.Deadlines;
using Retning.Web.Api.Auth;
using Retning.Web.Api.Http;
using Retning.Web.Services.Tasks;

namespace Retning.Web.Api.Plan;

/// <summary>
/// <c>/api/v1/borgere/{id}/frister</c>: the citizen's deadlines and tasks as the task lists compute them — the deadline
/// engine (<see cref="Deadlines.For"/>, docs/domain.md "Tasks and deadlines") fed by <see cref="TaskLoader"/>, with each
/// task's assignment and snooze. Nothing is recomputed here. One Read audit row.
/// </summary>
public static class DeadlineEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/borgere/{id:guid}/frister", ListAsync).WithName("ListDeadlines").WithTags("Frister")
            .WithSummary("Borgerens frister og opgaver")
            .WithDescription("Fristerne, som opgavelisterne beregner dem: næste evalueringer, nye mål til teammøde, statusmøde, status og referat, "
                             + "formål, samtykker, DPU, kompas, periode, 18 år og revision af planen — hver med forfaldsdato, tilstand, ansvarlig, "
                             + "tildeling og udsættelse. Åbne frister først efter forfaldsdato, så de udførte.")
            .Produces<DeadlineList>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(Guid id, CitizenAccessService access, TaskLoader tasks, AuditLog audit, CurrentUser me,
        TimeProvider clock, HttpContext http)
    {
        var ct = http.RequestAborted;
        if (await access.FindAsync(id, ct: ct) is null)
        {
            return ApiProblems.NotFound();
        }

        var today = DanishTime.Today(clock);
        var text = ApiText.For(me);
        var rows = await tasks.ForCitizensAsync([id], today, ct);
        var items = rows.OrderBy(r => r.Deadline.IsDone).ThenBy(r => r.Deadline.DueOn).ThenBy(r => r.Deadline.Kind).ThenBy(r => r.Deadline.SubjectId)
            .Select(r => DeadlineResource.Of(r, text, today)).ToList();
        var detail = new AuditDetailBuilder().Key("kanal", "api").Key("frister", items.Count).Key("overskredne", items.Count(i => i.IsOverdue)).ToString();
        await audit.RecordAsync(AuditAction.Read, id, "API: frister", detail, ct);
        return TypedResults.Ok(new DeadlineList(items));
    }
}

/// <summary>The citizen's deadlines: open ones by due date, then done ones.</summary>
[Description("Borgerens frister og opgaver: åbne efter forfaldsdato, derefter udførte.")]
public sealed record DeadlineList(
    [property: Description("Fristerne.")] IReadOnlyList<DeadlineResource> Items);

/// <summary>One deadline of the engine with its handling (assignment, snooze) as the task page shows it.</summary>
[Description("Én frist eller opgave.")]
public sealed record DeadlineResource(
    [property: Description("Slags, fx evaluationDue (evaluering), statusDue (statusmøde), purposeMissing (formål mangler), planRevision (revidér planen).")] DeadlineKind Kind,
    [property: Description("Slags på dansk, fx \"Evaluering\".")] string KindLabel,
    [property: Description("Opgavens titel på dansk (kan nævne et måls formulering); uden ret til fritekst kun slagsen på dansk.")] string Title,
    [property: Description("Det, fristen handler om (mål, statusmøde, samtykke, status …); null for borgeren som helhed.")] Guid? SubjectId,
    [property: Description("Forfaldsdato.")] DateOnly DueOn,
    [property: Description("Tilstand: upcoming (kommende), due (snart), overdue (overskredet) eller done (udført).")] DeadlineState State,
    [property: Description("Tilstanden på dansk.")] string StateLabel,
    [property: Description("Ansvarlig: contactTeam, leader, departmentHead eller colleagues.")] DeadlineResponsible Responsible,
    [property: Description("Den ansvarlige på dansk.")] string ResponsibleLabel,
    [property: Description("Hvornår fristen blev opfyldt; null mens den er åben.")] DateOnly? DoneOn,
    [property: Description("Det, der opfyldte den (fx evalueringens id), når det kendes.")] Guid? EvidenceId,
    [property: Description("Kontaktteammedlemmet, der har opgaven; null = hele kontaktteamet.")] string? AssignedToName,
    [property: Description("Udsat af en leder til og med denne dato; null hvis ikke udsat.")] DateOnly? SnoozedUntil,
    [property: Description("Hvorfor opgaven er udsat; null uden udsættelse eller uden ret til fritekst.")] string? SnoozeReason,
    [property: Description("true: udsat i dag (tælles ikke som overskredet).")] bool IsSnoozed,
    [property: Description("true: overskredet og ikke udsat.")] bool IsOverdue)
{
    public static DeadlineResource Of(TaskRow row, ApiText text, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(row);
        var d = row.Deadline;
        var snoozed = row.Handling?.IsSnoozedOn(today) == true;
        return new(d.Kind, d.Kind.Danish(), text.Of(d.Title) ?? d.Kind.Danish(), d.SubjectId, d.DueOn, d.State, d.State.Danish(),
            d.Responsible, d.Responsible.Danish(), d.DoneOn, d.EvidenceId, row.Handling?.AssignedToName,
            snoozed ? row.Handling!.SnoozedUntil : null, snoozed ? text.Of(row.Handling!.SnoozeReason) : null, row.IsSnoozed, row.IsOverdue);
    }
}
