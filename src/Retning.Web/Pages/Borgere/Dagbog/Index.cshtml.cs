using Microsoft.AspNetCore.Mvc.Rendering;
using Retning.Domain.Diary;
using Retning.Web.Services.Diary;

namespace Retning.Web.Pages.Borgere.Dagbog;

/// <summary>
/// One timeline of both diaries for a citizen, newest first: filters by sub-goal, theme,
/// context, type, author and period, a text search, and paging. The filters live in the
/// address, so a filtered list can be bookmarked. Notes marked as written on the wrong citizen
/// are not shown.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(AppDbContext db, CitizenAccessService access, AuditLog audit, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "delmaal")] public Guid? SubGoalId { get; set; }
    [BindProperty(SupportsGet = true, Name = "tema")] public string? Theme { get; set; }
    [BindProperty(SupportsGet = true, Name = "kontekst")] public Guid? ContextId { get; set; }
    [BindProperty(SupportsGet = true, Name = "type")] public Guid? TypeId { get; set; }
    [BindProperty(SupportsGet = true, Name = "forfatter")] public Guid? AuthorId { get; set; }
    [BindProperty(SupportsGet = true, Name = "slags")] public string? KindFilter { get; set; }
    [BindProperty(SupportsGet = true, Name = "fra")] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "til")] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    [BindProperty(SupportsGet = true, Name = "side")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<DiaryEntry> Notes { get; private set; } = [];
    public Paging Paging { get; private set; } = new(1, PageSize, 0);
    public IReadOnlyList<SelectListItem> Authors { get; private set; } = [];
    public ScoreLabels Scores { get; private set; } = ScoreLabels.None;
    public bool HasFilter { get; private set; }
    public DiaryChoices Choices { get; private set; } = DiaryChoices.Empty;

    /// <summary>Whether the caller writes notes here (care workers and leaders); quality officers read.</summary>
    public bool CanWrite { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Read, "dagbog") is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        Choices = await DiaryChoices.ForCitizenAsync(Db, Citizen, ct);
        CanWrite = DiaryRules.CanWrite(Access.RolesFor(Citizen));
        var notes = DiaryTimeline.Filter(Db.DiaryEntries.AsNoTracking().Where(e => e.CitizenId == id && e.WrongCitizenMarkedUtc == null), Filter());
        HasFilter = Filter().IsActive;
        var total = await notes.CountAsync(ct);
        Paging = Paging.Of(PageNumber, PageSize, total);
        Notes = await notes.OrderByDescending(e => e.ObservedAtUtc).ThenByDescending(e => e.CreatedUtc)
            .Skip(Paging.Skip).Take(PageSize).ToListAsync(ct);
        Scores = await ScoreLabels.ForAsync(Db, Notes, ct);
        var authors = await Db.DiaryEntries.AsNoTracking().Where(e => e.CitizenId == id)
            .Select(e => new { e.AuthorId, e.AuthorName }).Distinct().ToListAsync(ct);
        Authors = [new("Alle", string.Empty), .. authors.OrderBy(a => a.AuthorName).Select(a => new SelectListItem(a.AuthorName, a.AuthorId.ToString()))];
        await audit.RecordAsync(AuditAction.Read, id, "Dagbog: tidslinje vist", $"{Filter().Describe()}; side={Paging.Page}; viste={Notes.Count} af {total}", ct);
        return Page();
    }

    public DiaryFilter Filter() => new(SubGoalId, Theme, ContextId, TypeId, AuthorId,
        KindFilter switch { "delmaal" => DiaryKind.SubGoal, "beboer" => DiaryKind.Resident, _ => null }, From, To, Query);

    public string PageHref(int page) => DiaryTimeline.PageAddress(Citizen.Id, Filter(), page);
}
