using Retning.Domain.Access;
using Retning.Domain.Quality;

namespace Retning.Web.Pages.Retningslinjer;

/// <summary>
/// One guideline: the version in force (its text or its file), the history of versions, the plan templates that
/// build on it, "Jeg har læst og forstået" for the version in force, and for leaders who has and has not read it.
/// Who may do what: <see cref="GuidelineAccess"/>. Not citizen data, so no audit row; a refusal is a 403 (audited).
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class VisModel(AppDbContext db, CurrentUser me, TimeProvider clock) : PageModel
{
    public Guideline Guideline { get; private set; } = default!;
    public IReadOnlyList<VersionRow> Versions { get; private set; } = [];
    public VersionRow? InForce { get; private set; }
    public VersionRow? Draft { get; private set; }
    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();
    public IReadOnlyList<string> OfferNames { get; private set; } = [];
    public (Guid Id, string Title)? Extends { get; private set; }
    public IReadOnlyList<string> Templates { get; private set; } = [];
    public DateTime? MyAcknowledgement { get; private set; }
    public bool MayEdit { get; private set; }
    public bool SeesDrafts { get; private set; }

    /// <summary>Who has read the version in force, by department; null when the user may not see it.</summary>
    public IReadOnlyList<DepartmentReaders>? Readers { get; private set; }

    public DateOnly Today { get; private set; }

    public sealed record DepartmentReaders(string Department, IReadOnlyList<(string Name, DateTime? AcknowledgedUtc)> Staff)
    {
        public int Read => Staff.Count(s => s.AcknowledgedUtc is not null);
    }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        var (guideline, denied) = await GuidelineRegister.LoadAsync(this, db, me, id, GuidelineAccess.Reads, ct);
        if (guideline is null)
        {
            return denied!;
        }

        await LoadAsync(guideline, ct);
        return Page();
    }

    /// <summary>The uploaded file of a version, as an attachment with the type its content was checked to be.</summary>
    public async Task<IActionResult> OnGetDokumentAsync(Guid id, Guid version)
    {
        var ct = HttpContext.RequestAborted;
        var (guideline, denied) = await GuidelineRegister.LoadAsync(this, db, me, id, GuidelineAccess.Reads, ct);
        if (guideline is null)
        {
            return denied!;
        }

        var file = await db.GuidelineVersions.AsNoTracking().Where(v => v.GuidelineId == id && v.Id == version && v.Document != null)
            .Select(v => new { v.Document, v.DocumentContentType, v.DocumentName, v.ApprovedOn }).FirstOrDefaultAsync(ct);
        var type = file?.DocumentContentType;
        if (file?.Document is null || type is not (GuidelineDocument.Pdf or GuidelineDocument.Docx))
        {
            return NotFound();
        }

        if (file.ApprovedOn is null && !GuidelineAccess.SeesDrafts(me.Grants, me.Id!.Value, GuidelineRegister.ScopeOf(guideline)))
        {
            return Forbid(); // a draft is read by those who write it
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        return File(file.Document, type, GuidelineInputRules.SafeFileName(file.DocumentName, type));
    }

    /// <summary>"Jeg har læst og forstået": records the acknowledgement of the version in force, once.</summary>
    public async Task<IActionResult> OnPostLaestAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        var (guideline, denied) = await GuidelineRegister.LoadAsync(this, db, me, id, GuidelineAccess.Reads, ct);
        if (guideline is null)
        {
            return denied!;
        }

        var today = DanishTime.Today(clock);
        var facts = await db.GuidelineVersions.AsNoTracking().Where(v => v.GuidelineId == id)
            .Select(v => new GuidelineVersionFacts(v.Id, v.Number, v.ApprovedOn, v.ValidFrom)).ToListAsync(ct);
        if (GuidelineRules.InForce(facts, today) is not { } inForce)
        {
            TempData["Notice"] = "Retningslinjen har ingen gældende version, der kan kvitteres for.";
            return Redirect(Routes.Guidelines.Guideline(id));
        }

        var userId = me.Id!.Value;
        if (!await db.GuidelineAcknowledgements.AnyAsync(a => a.VersionId == inForce.Id && a.UserId == userId, ct))
        {
            db.GuidelineAcknowledgements.Add(new GuidelineAcknowledgement { VersionId = inForce.Id, UserId = userId, AcknowledgedUtc = clock.GetUtcNow().UtcDateTime });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // The same click sent twice at once: the first one recorded it.
            }
        }

        TempData["Success"] = $"Du har kvitteret for, at du har læst og forstået version {inForce.Number}.";
        return Redirect(Routes.Guidelines.Guideline(id));
    }

    private async Task LoadAsync(Guideline guideline, CancellationToken ct)
    {
        Guideline = guideline;
        Today = DanishTime.Today(clock);
        var userId = me.Id!.Value;
        var scope = GuidelineRegister.ScopeOf(guideline);
        MayEdit = GuidelineAccess.Edits(me.Grants, userId, scope);
        SeesDrafts = GuidelineAccess.SeesDrafts(me.Grants, userId, scope);
        var all = await GuidelineRegister.VersionsAsync(db, guideline.Id, ct);
        var inForce = GuidelineRules.InForce(all.Select(v => v.Facts), Today);
        InForce = all.FirstOrDefault(v => v.Id == inForce?.Id);
        Draft = SeesDrafts ? all.FirstOrDefault(v => v.ApprovedOn is null) : null;
        Versions = SeesDrafts ? all : [.. all.Where(v => v.ApprovedOn is not null)];
        Names = await GuidelineRegister.NamesAsync(db, all.SelectMany(v => new[] { v.CreatedByUserId, v.ApprovedByUserId ?? Guid.Empty }).Append(guideline.OwnerUserId), ct);
        var offerIds = scope.OfferIds.ToList();
        OfferNames = await db.Offers.AsNoTracking().Where(o => offerIds.Contains(o.Id)).OrderBy(o => o.Name).Select(o => o.Name).ToListAsync(ct);
        Extends = guideline.ExtendsId is { } e
            ? await db.Guidelines.AsNoTracking().Where(g => g.Id == e).Select(g => new ValueTuple<Guid, string>(g.Id, g.Title)).FirstOrDefaultAsync(ct)
            : null;
        Templates = await db.PlanTemplates.AsNoTracking().Where(t => t.GuidelineId == guideline.Id)
            .Join(db.Offers, t => t.OfferId, o => o.Id, (t, o) => new { t.Name, Offer = o.Name })
            .OrderBy(t => t.Offer).ThenBy(t => t.Name).Select(t => t.Name + " (" + t.Offer + ")").ToListAsync(ct);
        MyAcknowledgement = InForce is null ? null : await db.GuidelineAcknowledgements.AsNoTracking()
            .Where(a => a.VersionId == InForce.Id && a.UserId == userId).Select(a => (DateTime?)a.AcknowledgedUtc).FirstOrDefaultAsync(ct);
        if (GuidelineAccess.SeesAcknowledgements(me.Grants, userId, scope))
        {
            Readers = await ReadersAsync(guideline, scope, ct);
        }
    }

    /// <summary>The staff of the departments of the offers the guideline applies to, each with their acknowledgement of the version in force.</summary>
    private async Task<List<DepartmentReaders>> ReadersAsync(Guideline guideline, GuidelineScope scope, CancellationToken ct)
    {
        var offerIds = scope.OfferIds.ToList();
        var regional = scope.Level == GuidelineLevel.Regional;
        var members = await db.Memberships.AsNoTracking()
            .Where(m => m.Department!.Offer!.RegionId == guideline.RegionId && (regional || offerIds.Contains(m.Department.OfferId)))
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m.UserId, m.Role, Department = m.Department!.Offer!.Name + " – " + m.Department.Name, u.FullName })
            .ToListAsync(ct);
        var versionId = InForce?.Id;
        var acks = versionId is null ? [] : await db.GuidelineAcknowledgements.AsNoTracking().Where(a => a.VersionId == versionId)
            .ToDictionaryAsync(a => a.UserId, a => a.AcknowledgedUtc, ct);
        return [.. members.Where(m => CitizenAccess.GivesCitizenAccess(m.Role))
            .GroupBy(m => m.Department).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new DepartmentReaders(g.Key, [.. g.DistinctBy(m => m.UserId).OrderBy(m => m.FullName, StringComparer.Ordinal)
                .Select(m => (m.FullName, acks.TryGetValue(m.UserId, out var at) ? (DateTime?)at : null))]))];
    }
}
