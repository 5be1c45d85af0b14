using Retning.Documents.Charts;
using Retning.Domain.Access;
using Retning.Domain.Citizens;
using Retning.Web.Services.Diary;

namespace Retning.Web.Pages.Borgere;

/// <summary>
/// A citizen's overview: master data, representatives, municipality, contact team, placement
/// history, and — when there is a plan — the development of the support need per active sub-goal.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class VisModel(AppDbContext db, CitizenAccessService access, AuditLog audit, DiaryFigures figures, TimeProvider clock)
    : CitizenPageModel(db, access, clock)
{
    /// <summary>Null when the citizen has no plan yet.</summary>
    public Udvikling? Development { get; private set; }

    /// <summary>The development chart inline, so the page needs no second request (and no second audit row).</summary>
    public string? DevelopmentSvg { get; private set; }

    public bool CanMove { get; private set; }

    /// <summary>"Skriv notat" on the overview: care workers and leaders of an enrolled citizen's department.</summary>
    public bool CanWriteNotes { get; private set; }
    public IReadOnlyList<PlacementRow> History { get; private set; } = [];

    public sealed record PlacementRow(string Department, DateOnly From, DateOnly? To);

    /// <summary>The newest notes of both diaries, so the overview shows what happened lately.</summary>
    public IReadOnlyList<LatestNote> LatestNotes { get; private set; } = [];

    public sealed record LatestNote(Guid Id, DateTime ObservedAtUtc, string Kind, string Text, string AuthorName);

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadCitizenAsync(id, CitizenRight.Read, "overblik", include: q => q.Include(c => c.Representatives)) is { } notFound)
        {
            return notFound;
        }

        var ct = HttpContext.RequestAborted;
        CanMove = CitizenAccess.CanMoveCitizen(Access.RolesFor(Citizen));
        CanWriteNotes = Citizen.DischargedOn is null && Domain.Diary.DiaryRules.CanWrite(Access.RolesFor(Citizen));
        // The citizen's own rows on the reviewed path: scoping was paid by the lookup (docs/adr/0002-department-scoping-as-query-filter.md).
        History = await Verified.Rows.Placements
            .OrderByDescending(p => p.From)
            .Select(p => new PlacementRow(p.Department!.Offer!.Name + " – " + p.Department.Name, p.From, p.To))
            .ToListAsync(ct);
        LatestNotes = await Verified.Rows.DiaryEntries
            .Where(e => e.WrongCitizenMarkedUtc == null)
            .OrderByDescending(e => e.ObservedAtUtc).Take(5)
            .Select(e => new LatestNote(e.Id, e.ObservedAtUtc,
                e.Kind == Domain.Diary.DiaryKind.SubGoal ? "Delmålsnotat" : Db.DiaryCategories.Where(t => t.Id == e.NoteTypeId).Select(t => t.Name).FirstOrDefault() ?? "Beboerdagbog",
                e.Text, e.AuthorName))
            .ToListAsync(ct);
        Development = await Udvikling.LoadAsync(Db, figures, id, ct);
        DevelopmentSvg = Development is { Rows.Count: > 0 } d ? CitizenOverviewChart.Svg(d.Chart) : null;
        await audit.RecordAsync(AuditAction.Read, id, "Borger: overblik", ct: ct);
        return Page();
    }
}
