using Retning.Domain.Deadlines;
using Retning.Domain.Quality;

namespace Retning.Web.Pages.Retningslinjer;

/// <summary>
/// The guideline register of the user's region (standard 1.3 step 1, indicators 1–3): staff see the guidelines that
/// apply to their offers, leaders, the quality officer and owners all of the region's; filtered by offer in the address.
/// Each row: level, indicators, owner, state, start, revision deadline and whether the user has read the version in force.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(AppDbContext db, CurrentUser me, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "tilbud")]
    public Guid? OfferId { get; set; }

    public IReadOnlyList<(Guid Id, string Name)> Offers { get; private set; } = [];
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool MayCreate => GuidelineAccess.CreatesAny(me.Grants);
    public DateOnly Today { get; private set; }

    public sealed record Row(Guid Id, string Title, GuidelineLevel Level, string? Extends, IReadOnlyList<string> OfferNames, GuidelineIndicators Indicators,
        string Owner, string State, DateOnly? ValidFrom, DateOnly? RevisionDueOn, DeadlineState? RevisionState, bool HasVersionInForce, DateTime? AcknowledgedUtc);

    public async Task<IActionResult> OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Today = DanishTime.Today(clock);
        var userId = me.Id!.Value;
        var regions = await GuidelineRegister.RegionIdsAsync(db, me, ct);
        Offers = (await db.Offers.AsNoTracking().Where(o => regions.Contains(o.RegionId)).OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name }).ToListAsync(ct)).Select(o => (o.Id, o.Name)).ToList();
        if (OfferId is { } chosen && Offers.All(o => o.Id != chosen))
        {
            OfferId = null; // an offer of another region filters nothing here
        }

        var guidelines = await db.Guidelines.AsNoTracking().Include(g => g.Offers).Where(g => regions.Contains(g.RegionId))
            .OrderBy(g => g.Level).ThenBy(g => g.Title).ToListAsync(ct);
        guidelines = [.. guidelines.Where(g => GuidelineAccess.Reads(me.Grants, userId, GuidelineRegister.ScopeOf(g))
            && (OfferId is not { } offer || GuidelineRegister.ScopeOf(g).AppliesTo(offer)))];
        var ids = guidelines.Select(g => g.Id).ToList();
        var versions = (await db.GuidelineVersions.AsNoTracking().Where(v => ids.Contains(v.GuidelineId))
            .Select(v => new { v.GuidelineId, v.Id, v.Number, v.ApprovedOn, v.ValidFrom }).ToListAsync(ct))
            .ToLookup(v => v.GuidelineId, v => new GuidelineVersionFacts(v.Id, v.Number, v.ApprovedOn, v.ValidFrom));
        var versionIds = versions.SelectMany(v => v).Select(v => v.Id).ToList();
        var mine = await db.GuidelineAcknowledgements.AsNoTracking().Where(a => a.UserId == userId && versionIds.Contains(a.VersionId))
            .ToDictionaryAsync(a => a.VersionId, a => a.AcknowledgedUtc, ct);
        var names = await GuidelineRegister.NamesAsync(db, guidelines.Select(g => g.OwnerUserId), ct);
        var titles = await db.Guidelines.AsNoTracking().Where(g => regions.Contains(g.RegionId) && g.Level == GuidelineLevel.Regional)
            .ToDictionaryAsync(g => g.Id, g => g.Title, ct);
        var offerNames = Offers.ToDictionary(o => o.Id, o => o.Name);

        Rows = [.. guidelines.Select(g =>
        {
            var all = versions[g.Id].ToList();
            var inForce = GuidelineRules.InForce(all, Today);
            var latest = all.MaxBy(v => v.Number);
            var state = inForce is not null ? GuidelineVersionState.Approved.Danish() + (latest!.ApprovedOn is null ? " · nyt udkast" : string.Empty)
                : latest is null ? "Ingen version" : GuidelineRules.StateOn(latest, all, Today).Danish();
            return new Row(g.Id, g.Title, g.Level, g.ExtendsId is { } e && titles.TryGetValue(e, out var t) ? t : null,
                [.. g.Offers.Select(o => offerNames.GetValueOrDefault(o.OfferId, "?")).Order(StringComparer.Ordinal)], g.Indicators,
                names.GetValueOrDefault(g.OwnerUserId, "?"), state, inForce?.ValidFrom, g.RevisionDueOn,
                g.RevisionDueOn is { } due ? GuidelineRules.RevisionStateOn(due, Today) : null,
                inForce is not null, inForce is not null && mine.TryGetValue(inForce.Id, out var at) ? at : null);
        })];
        return Page();
    }
}
