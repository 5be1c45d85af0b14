using Microsoft.AspNetCore.Mvc.Rendering;
using Retning.Domain.Diary;
using Retning.Web.Services.Diary;

namespace Retning.Web.Pages.Borgere.Dagbog;

/// <summary>
/// One timeline of both diaries for a citizen, newest first: filters by sub-goal, theme,
/// context, type, author and period, a text search, and "Ældre"/"Nyere" links that page on
/// from the note at the page's edge (keyset paging, so every page reads only its own rows
/// from the timeline index; ADR 0006). The filters live in the address, so a filtered list can
/// be bookmarked. Notes marked as written on the wrong citizen are not shown. The count is
/// capped (<see cref="DiaryCountLabel"/>): exact up to 1,000, "over 1.000" above.
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
    [BindProperty(SupportsGet = true, Name = "markoer")] public string? CursorToken { get; set; }

    public IReadOnlyList<DiaryEntry> Notes { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Authors { get; private set; } = [];
    public ScoreLabels Scores { get; private set; } = ScoreLabels.None;
    public bool HasFilter { get; private set; }
    public DiaryChoices Choices { get; private set; } = DiaryChoices.Empty;

    /// <summary>"Viser 1–25 af over 1.000 notater, nyeste først." (<see cref="DiaryCountLabel.Timeline"/>).</summary>
    public string CountText { get; private set; } = string.Empty;

    /// <summary>Whether the count stopped at the cap ("over 1.000"): only then does the page explain why it is not exact.</summary>
    public bool CountIsCapped { get; private set; }

    /// <summary>Set when the address held a cursor this page cannot follow: the newest notes are shown instead.</summary>
    public string? CursorProblem { get; private set; }

    /// <summary>The links beside the list; null when there is no such page.</summary>
    public string? OlderHref { get; private set; }
    public string? NewerHref { get; private set; }
    public string? NewestHref { get; private set; }

    /// <summary>Whether the caller writes notes here (care workers and leaders); quality officers read.</summary>
    public bool CanWrite { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Read, "dagbog") is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        Choices = await DiaryChoices.ForCitizenAsync(Verified.Rows, ct);
        CanWrite = DiaryRules.CanWrite(Access.RolesFor(Citizen));
        var filter = Filter();
        HasFilter = filter.IsActive;
        var page = await DiaryTimelinePage.ReadAsync(Db, id, filter, CursorToken, PageSize, ct);
        var (rows, hasNewer, hasOlder) = (page.Rows, page.HasNewer, page.HasOlder);
        Notes = rows;
        CursorProblem = page.CursorProblem;
        var total = page.Total;
        CountText = DiaryCountLabel.Timeline(page.Newer, rows.Count, total, HasFilter);
        CountIsCapped = total > DiaryCountLabel.Cap;
        OlderHref = hasOlder ? DiaryTimeline.PageAddress(id, filter, new DiaryCursor(DiaryDirection.Older, rows[^1].Id)) : null;
        NewerHref = hasNewer && rows.Count > 0 ? DiaryTimeline.PageAddress(id, filter, new DiaryCursor(DiaryDirection.Newer, rows[0].Id)) : null;
        NewestHref = hasNewer ? DiaryTimeline.PageAddress(id, filter) : null;
        Scores = await ScoreLabels.ForAsync(Db, Notes, ct);
        Authors = await DiaryAuthors.ListAsync(Db, Citizen, AuthorId, ct);
        await audit.RecordAsync(AuditAction.Read, id, "Dagbog: tidslinje vist",
            $"{filter.Describe()}; side={(hasNewer ? "ældre" : "nyeste")}; viste={Notes.Count} {DiaryCountLabel.Of(total)}", ct);
        return Page();
    }

    public DiaryFilter Filter() => new(SubGoalId, Theme, ContextId, TypeId, AuthorId,
        KindFilter switch { "delmaal" => DiaryKind.SubGoal, "beboer" => DiaryKind.Resident, _ => null }, From, To, Query);
}
