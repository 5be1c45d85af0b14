using Microsoft.AspNetCore.Mvc.Rendering;
using Retning.Documents.Pdf;
using Retning.Domain.Status;
using Retning.Web.Services.Status;

namespace Retning.Web.Pages.Borgere.Status;

/// <summary>
/// One status: its document (the draft as it stands, or the approved revision), the colleagues'
/// comments, the workflow buttons the caller may use, and the history. Approval freezes the
/// content as a revision; the department head alone approves or sends back.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class VisModel(AppDbContext db, CitizenAccessService access, AuditLog audit, StatusService statuses, CurrentUser me, IPdfPrinter pdf, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    [BindProperty(SupportsGet = true)]
    public Guid StatusId { get; set; }

    /// <summary>?udgave=n shows an approved revision (not "version": that is the form's concurrency token).</summary>
    [BindProperty(SupportsGet = true, Name = "udgave")]
    public int? Revision { get; set; }

    [BindProperty]
    [TextLimit(StatusWorkflow.MaxReason)]
    public string? Reason { get; set; }

    [BindProperty]
    [TextLimit(StatusWorkflow.MaxComment)]
    public string? CommentText { get; set; }

    [BindProperty]
    public StatusSectionKey? CommentSection { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public StatusReport Report { get; private set; } = default!;
    public StatusContent Document { get; private set; } = default!;
    public bool Frozen { get; private set; }
    public StatusActor Caller { get; private set; } = default!;
    public bool CanComment { get; private set; }
    public IReadOnlyList<StatusComment> Comments { get; private set; } = [];
    public IReadOnlyList<StatusEvent> History { get; private set; } = [];
    public IReadOnlyList<int> Revisions { get; private set; } = [];
    public bool PdfAvailable => pdf.IsAvailable;
    public string PdfUnavailableMessage => pdf.UnavailableMessage;
    public IReadOnlyList<SelectListItem> SectionItems { get; private set; } = [];

    public bool Can(StatusStep step) => StatusWorkflow.CanTake(step, Report.State, Caller);

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Read, "status", include: StatusDocument.WithOffer) is { } denied)
        {
            return denied;
        }

        if (await LoadStatusAsync() is { } notFound)
        {
            return notFound;
        }

        await audit.RecordAsync(AuditAction.Read, id, "Status: vist", $"status={StatusId}; version={Document.RevisionNumber}", HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostStepAsync(Guid id, StatusStep step)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Read, "status", include: StatusDocument.WithOffer) is { } denied)
        {
            return denied;
        }

        if (await LoadStatusAsync() is { } notFound)
        {
            return notFound;
        }

        var ct = HttpContext.RequestAborted;
        if (step == StatusStep.MarkSent)
        {
            return Redirect(Routes.Citizen(id).StatusSend(StatusId));
        }

        // Only the department head approves or sends back; the contact team and leaders take the other steps.
        var mayAct = step is StatusStep.Approve or StatusStep.SendBack ? Caller.IsDepartmentHead : Caller.IsOwner;
        if (!mayAct)
        {
            await Access.RecordDeniedAsync(id, $"Status: {step.Danish()}", ct);
            return Forbid();
        }

        // A reason that is too long is already refused at the field (TextLimitAttribute).
        var problem = StatusWorkflow.Problem(step, Report.State, Caller, Reason);
        if (problem is not null || !ModelState.IsValid)
        {
            if (problem is not null)
            {
                ModelState.AddModelError(nameof(Reason), problem);
            }

            await audit.RecordAsync(AuditAction.Read, id, "Status: vist (fejl)", $"status={StatusId}", ct);
            return Page();
        }

        if (Version != Report.Version)
        {
            TempData["Notice"] = "Statussen er ændret af en anden, siden du åbnede siden. Se den nye udgave, og prøv igen.";
            return Redirect(Routes.Citizen(id).Status(StatusId));
        }

        var tracked = await StatusLoader.FindAsync(Db, id, StatusId, tracked: true, ct);
        if (step == StatusStep.Approve)
        {
            var content = await statuses.BuildAsync(Citizen, tracked!, me.FullName, Today, ct);
            Db.StatusRevisions.Add(new StatusRevision
            {
                StatusReportId = tracked!.Id, Number = tracked.RevisionNumber, ContentJson = Retning.Documents.Status.StatusContentJson.Serialize(content),
                ApprovedById = me.Id!.Value, ApprovedByName = me.FullName, ApprovedUtc = NowUtc,
            });
        }

        Db.StatusEvents.Add(StatusWorkflow.Apply(tracked!, step, Caller, Reason, NowUtc));
        audit.Add(AuditAction.Update, id, $"Status: {StatusWorkflow.EventOf(step).Danish().ToLowerInvariant()}", $"status={StatusId}; version={tracked!.RevisionNumber}");
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Notice"] = "Statussen blev ændret af en anden i samme øjeblik. Se den nye udgave, og prøv igen.";
            return Redirect(Routes.Citizen(id).Status(StatusId));
        }

        TempData["Success"] = step switch
        {
            StatusStep.AskForFeedback => "Statussen er sendt til sparring. Kollegerne kan nu kommentere afsnittene.",
            StatusStep.SubmitForApproval => "Statussen er sendt til godkendelse hos afdelingslederen.",
            StatusStep.SendBack => "Statussen er sendt tilbage til kontaktteamet med din begrundelse.",
            StatusStep.Approve => $"Statussen er godkendt (version {tracked.RevisionNumber}). Den kan nu hentes og sendes til rådgiveren.",
            StatusStep.Journalise => "Statussen er markeret som journaliseret.",
            StatusStep.NewRevision => $"Version {tracked.RevisionNumber} er påbegyndt. Den sendte version er uændret.",
            _ => "Gemt.",
        };
        return Redirect(Routes.Citizen(id).Status(StatusId));
    }

    [Idempotent]
    public async Task<IActionResult> OnPostCommentAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Read, "status", include: StatusDocument.WithOffer) is { } denied)
        {
            return denied;
        }

        if (await LoadStatusAsync() is { } notFound)
        {
            return notFound;
        }

        var ct = HttpContext.RequestAborted;
        if (!CanComment)
        {
            await Access.RecordDeniedAsync(id, "Status: kommentar", ct);
            return Forbid();
        }

        if (!StatusWorkflow.IsOpenForComments(Report.State))
        {
            ModelState.AddModelError(nameof(CommentText), "Statussen er godkendt; kommentarer gives til en ny version.");
        }
        else if (string.IsNullOrWhiteSpace(CommentText))
        {
            ModelState.AddModelError(nameof(CommentText), "Skriv din kommentar.");
        }

        if (!ModelState.IsValid)
        {
            await audit.RecordAsync(AuditAction.Read, id, "Status: vist (fejl)", $"status={StatusId}", ct);
            return Page();
        }

        Db.StatusComments.Add(new StatusComment
        {
            StatusReportId = Report.Id, Section = CommentSection is { } s && Enum.IsDefined(s) ? s : null, RevisionNumber = Report.RevisionNumber,
            AuthorId = me.Id!.Value, AuthorName = me.FullName, Text = CommentText!.Trim(), CreatedUtc = NowUtc,
        });
        audit.Add(AuditAction.Create, id, "Status: kommentar", $"status={StatusId}");
        await Db.SaveChangesAsync(ct);
        TempData["Success"] = "Din kommentar er gemt.";
        return Redirect(Routes.Citizen(id).StatusComments(StatusId));
    }

    /// <summary>The status, its content, comments, history and revisions; 404 when the status (or the asked revision) is not there.</summary>
    private async Task<IActionResult?> LoadStatusAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (await StatusDocument.LoadAsync(Db, statuses, Citizen, StatusId, Revision, ct) is not { } document)
        {
            return NotFound();
        }

        var report = document.Report;
        (Report, Document, Frozen) = document;
        Caller = StatusCaller.For(me, Access.RolesFor(Citizen), InContactTeam);
        CanComment = StatusWorkflow.MayComment(Access.RolesFor(Citizen));
        Comments = await Db.StatusComments.AsNoTracking().Where(c => c.StatusReportId == report.Id).OrderBy(c => c.CreatedUtc).ToListAsync(ct);
        History = await Db.StatusEvents.AsNoTracking().Where(e => e.StatusReportId == report.Id).OrderByDescending(e => e.AtUtc).ToListAsync(ct);
        Revisions = await Db.StatusRevisions.AsNoTracking().Where(v => v.StatusReportId == report.Id).OrderBy(v => v.Number).Select(v => v.Number).ToListAsync(ct);
        SectionItems = [new SelectListItem("Hele statussen", string.Empty), .. StatusSections.All.Select(k => new SelectListItem(StatusSections.Titles(k, report.Layout).Heading, k.ToString()))];
        if (Version == 0)
        {
            Version = report.Version;
        }

        return null;
    }
}
