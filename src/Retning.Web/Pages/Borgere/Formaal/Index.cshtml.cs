using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Retning.Domain.Citizens;
using Retning.Domain.Plans;

namespace Retning.Web.Pages.Borgere.Formaal;

/// <summary>
/// The citizen's purposes (formål) from the municipality's action plan or order, each with its
/// current wording and the history of earlier ones. The contact team and leaders add purposes
/// and revise them; a revision is a new wording, and earlier wordings are never edited or
/// deleted. Everyone in the department may read.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(AppDbContext db, CitizenAccessService access, AuditLog audit, CurrentUser me, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    public const string ConflictMessage =
        "En anden har revideret formålet, mens du skrev. Din revision er ikke gemt. Sammenlign med den gældende formulering herunder, ret formularen og gem igen.";

    /// <summary>A new purpose with its first wording.</summary>
    public sealed class PurposeInput
    {
        [TextLimit(PlanInputRules.TitleMaxLength)]
        public string? Title { get; set; }
        [TextLimit(PlanInputRules.MaxPurposeText)]
        public string? Text { get; set; }
        public DateOnly? ReceivedOn { get; set; }
        public PurposeSource? Source { get; set; }
        [TextLimit(PlanInputRules.ReferenceMaxLength)]
        public string? SourceReference { get; set; }
        public Guid? CategoryId { get; set; }
    }

    // RevisionInput repeats PurposeInput's wording fields: the two forms on the page bind under
    // their own prefixes, and a revision also names its purpose and version.
    /// <summary>A new wording of an existing purpose; carries the purpose's version it was opened on.</summary>
    public sealed class RevisionInput
    {
        public Guid? PurposeId { get; set; }
        [TextLimit(PlanInputRules.MaxPurposeText)]
        public string? Text { get; set; }
        public DateOnly? ReceivedOn { get; set; }
        public PurposeSource? Source { get; set; }
        [TextLimit(PlanInputRules.ReferenceMaxLength)]
        public string? SourceReference { get; set; }
        public Guid? CategoryId { get; set; }
        public int Version { get; set; }
    }

    [BindProperty]
    public PurposeInput Input { get; set; } = new();

    [BindProperty]
    public RevisionInput Revision { get; set; } = new();

    /// <summary>The purpose whose revision form is open (?revider=id).</summary>
    [BindProperty(SupportsGet = true, Name = "revider")]
    public Guid? ReviseId { get; set; }

    private readonly TimeProvider _clock = clock;

    public IReadOnlyList<Purpose> Purposes { get; private set; } = [];

    /// <summary>The categories of the citizen's region, to choose from and to name a purpose's category.</summary>
    public PurposeCategoryChoices Categories { get; private set; } = default!;
    public IReadOnlyList<ConflictRow>? Conflict { get; private set; }

    public IReadOnlyList<SelectListItem> Sources { get; } =
    [
        new("Vælg kilde", string.Empty),
        .. Enum.GetValues<PurposeSource>().Select(s => new SelectListItem(s.Danish(), s.ToString())),
    ];

    /// <summary>A purpose's wordings, newest (the basis) first.</summary>
    public static IEnumerable<PurposeRevision> Newest(Purpose purpose) =>
        purpose.Revisions.OrderByDescending(r => r.ReceivedOn).ThenByDescending(r => r.EnteredUtc);

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id, CitizenRight.Read) is { } notFound)
        {
            return notFound;
        }

        if (ReviseId is { } reviseId && CanEdit && Purposes.FirstOrDefault(p => p.Id == reviseId) is { } purpose)
        {
            // The current wording is the starting point of the new one.
            var current = purpose.Current;
            Revision = new RevisionInput
            {
                PurposeId = purpose.Id, Text = current?.Text, Source = current?.Source, CategoryId = Categories.StartingPoint(current?.CategoryId), Version = purpose.Version,
            };
        }
        else
        {
            ReviseId = null;
        }

        await audit.RecordAsync(AuditAction.Read, id, "Formål", ct: HttpContext.RequestAborted);
        return Page();
    }

    [Idempotent]
    public async Task<IActionResult> OnPostAddAsync(Guid id)
    {
        if (await LoadAsync(id, CitizenRight.Edit, "Formål: tilføj (uden ret til at redigere)") is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        ReviseId = null;
        AddUnfaulted("Input", [.. PlanInputRules.CheckPurpose(new PurposeDraft(Input.Title, Input.Text, Input.ReceivedOn, Input.Source, Input.SourceReference), Today, isRevision: false),
            .. PurposeCategoryRules.CheckChoice(Input.CategoryId, Categories.All)]);
        if (!ModelState.IsValid)
        {
            await audit.RecordAsync(AuditAction.Read, id, "Formål (fejl i formular)", ct: ct);
            return Page();
        }

        var purpose = new Purpose { CitizenId = id, Title = Input.Title!.Trim() };
        purpose.Revisions.Add(NewRevision(purpose.Id, Input.Text!, Input.ReceivedOn!.Value, Input.Source!.Value, Input.SourceReference, Input.CategoryId));
        Db.Purposes.Add(purpose);
        audit.Add(AuditAction.Create, id, "Formål", purpose.Title);
        await Db.SaveChangesAsync(ct);
        TempData["Success"] = "Formålet er tilføjet.";
        return Redirect(Routes.Citizen(id).Purposes);
    }

    [Idempotent]
    public async Task<IActionResult> OnPostReviseAsync(Guid id)
    {
        if (await LoadAsync(id, CitizenRight.Edit, "Formål: revision (uden ret til at redigere)") is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        var purpose = Purposes.FirstOrDefault(p => p.Id == Revision.PurposeId);
        if (purpose is null)
        {
            return NotFound();
        }

        ReviseId = purpose.Id;
        AddUnfaulted("Revision", [.. PlanInputRules.CheckPurpose(
            new PurposeDraft(purpose.Title, Revision.Text, Revision.ReceivedOn, Revision.Source, Revision.SourceReference), Today, isRevision: true, purpose.Current?.ReceivedOn),
            .. PurposeCategoryRules.CheckChoice(Revision.CategoryId, Categories.All)]);
        if (!ModelState.IsValid)
        {
            await audit.RecordAsync(AuditAction.Read, id, "Formål (fejl i formular)", ct: ct);
            return Page();
        }

        // The purpose's version guards against two revisions written on the same wording at once.
        var entry = Db.Entry(purpose);
        entry.Property(p => p.Version).OriginalValue = Revision.Version;
        entry.State = EntityState.Modified;
        Db.PurposeRevisions.Add(NewRevision(purpose.Id, Revision.Text!, Revision.ReceivedOn!.Value, Revision.Source!.Value, Revision.SourceReference, Revision.CategoryId));
        audit.Add(AuditAction.Update, id, "Formål: revision", purpose.Title);
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ShowConflictAsync(id, purpose.Id, ct);
        }

        TempData["Success"] = "Formålet er revideret. Den tidligere formulering står i historikken.";
        return Redirect(Routes.Citizen(id).Purposes);
    }

    private async Task<IActionResult> ShowConflictAsync(Guid id, Guid purposeId, CancellationToken ct)
    {
        audit.DiscardUncommitted();
        Db.ChangeTracker.Clear();
        await LoadPurposesAsync(id, ct);
        var stored = Purposes.FirstOrDefault(p => p.Id == purposeId);
        if (stored is null)
        {
            return NotFound();
        }

        var current = stored.Current;
        Conflict =
        [
            new("Formål", Revision.Text, current?.Text),
            new("Modtaget", ConflictRow.Date(Revision.ReceivedOn), ConflictRow.Date(current?.ReceivedOn)),
            new("Kilde", Revision.Source?.Danish(), current?.Source.Danish()),
            new("Reference", Revision.SourceReference, current?.SourceReference),
            new("Kategori", Revision.CategoryId is null ? null : Categories.Name(Revision.CategoryId), Categories.Name(current?.CategoryId)),
        ];
        // Saving again now deliberately adds this wording as the newest.
        Revision.Version = stored.Version;
        ModelState.Remove("Revision.Version");
        ModelState.AddModelError(string.Empty, ConflictMessage);
        await audit.RecordAsync(AuditAction.Read, id, "Formål (konflikt)", ct: ct);
        return Page();
    }

    private PurposeRevision NewRevision(Guid purposeId, string text, DateOnly receivedOn, PurposeSource source, string? reference, Guid? categoryId) => new()
    {
        PurposeId = purposeId,
        Text = text.Trim(),
        ReceivedOn = receivedOn,
        Source = source,
        SourceReference = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim(),
        CategoryId = categoryId,
        EnteredByUserId = me.Id,
        EnteredByName = string.IsNullOrWhiteSpace(me.FullName) ? me.UserName : me.FullName,
        EnteredUtc = Now,
    };

    private DateTime Now => _clock.GetUtcNow().UtcDateTime;

    /// <summary>The domain's errors at their fields; a field model binding already faulted keeps that one message.</summary>
    private void AddUnfaulted(string prefix, IEnumerable<FieldError> errors) =>
        ModelState.AddFieldErrors(errors.Where(e => ModelState.GetFieldValidationState($"{prefix}.{e.Field}") != ModelValidationState.Invalid), prefix);

    private async Task<IActionResult?> LoadAsync(Guid id, CitizenRight right, string? deniedSubject = null)
    {
        if (await LoadCitizenAsync(id, right, "formaal", deniedSubject) is { } notFound)
        {
            return notFound;
        }

        var ct = HttpContext.RequestAborted;
        await LoadPurposesAsync(id, ct);
        Categories = await PurposeCategoryChoices.LoadAsync(Db, Citizen.DepartmentId, ct);
        return null;
    }

    private async Task LoadPurposesAsync(Guid id, CancellationToken ct) =>
        Purposes = await Db.Purposes.Include(p => p.Revisions).Where(p => p.CitizenId == id).OrderBy(p => p.Title).ToListAsync(ct);
}
