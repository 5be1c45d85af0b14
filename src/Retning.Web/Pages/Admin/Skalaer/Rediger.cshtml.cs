using System.Globalization;
using Retning.Domain.Plans;
using Retning.Web.Pages.Admin.Skabeloner;

namespace Retning.Web.Pages.Admin.Skalaer;

/// <summary>
/// One scale: its name and levels, and every version with its levels. Saving makes a new version
/// through <see cref="IndicatorScale.NewVersion"/>; written versions are never changed, so a score
/// keeps the label and meaning it was given on. Guarded by the scale's version (and by the unique
/// version number, should two saves race). An administrator, or the Tilbudsleder of the scale's
/// offer; 403 for others. No citizen data.
/// </summary>
[Authorize]
public sealed class RedigerModel(AppDbContext db, CurrentUser me, AuditLog audit, TimeProvider clock, ILogger<RedigerModel> logger) : PageModel, IScaleForm
{
    [BindProperty]
    public ScaleInput Input { get; set; } = new();

    public IndicatorScale Scale { get; private set; } = default!;
    public string OfferName { get; private set; } = string.Empty;

    /// <summary>The versions, newest first.</summary>
    public IReadOnlyList<IndicatorScaleVersion> History { get; private set; } = [];

    /// <summary>True when a save met a conflict: the page then shows the stored version beside the form.</summary>
    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid scaleId)
    {
        if (await LoadAsync(scaleId) is { } denied)
        {
            return denied;
        }

        Input = ScaleInput.From(Scale).Padded();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid scaleId)
    {
        if (await LoadAsync(scaleId) is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        var others = await db.IndicatorScales.AsNoTracking()
            .Where(s => s.OfferId == Scale.OfferId && s.Id != scaleId).Select(s => s.Name).ToListAsync(ct);
        var levels = Input.Validate(ModelState, others);
        if (levels is null)
        {
            Input.Padded();
            return Page();
        }

        if (Input.Version != Scale.Version)
        {
            return await ShowConflictAsync(scaleId, ct);
        }

        var name = FormText.Clean(Input.Name)!;
        if (ScaleInput.Same(Scale, name, levels))
        {
            TempData["Success"] = "Der var ingen ændringer, så der er ikke lavet en ny version.";
            return Redirect(Routes.Admin.Scale(scaleId));
        }

        var detail = new AuditDetailBuilder().Key("tilbud", Scale.OfferId).Fact("skala", Scale.Name).Change("navn", Scale.Name, name)
            .Change("niveauer", Scale.Levels.Count.ToString(CultureInfo.InvariantCulture), levels.Count.ToString(CultureInfo.InvariantCulture));
        Scale.Name = name;
        var version = Scale.NewVersion(levels, me.FullName, clock.GetUtcNow().UtcDateTime);
        // Added explicitly: found only through the navigation, a version with its id already set would be taken for an existing row.
        db.IndicatorScaleVersions.Add(version);
        // The update must match the version the form was opened on.
        var token = db.Entry(Scale).Property(s => s.Version);
        token.OriginalValue = Input.Version;
        token.IsModified = true;
        audit.Add(AuditAction.Update, null, AdminAudit.ScaleSubject, detail.Fact("version", version.Number.ToString(CultureInfo.InvariantCulture)).ToString());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A concurrent save: the version check failed, or the same version number was just taken.
            audit.DiscardUncommitted();
            return await ShowConflictAsync(scaleId, ct);
        }

        logger.LogInformation("User {UserId} saved version {Number} of scale {ScaleId}", me.Id, version.Number, scaleId);
        TempData["Success"] = $"Version {version.Number} af skalaen er gemt. Nye scorer gives på den; scorer, der allerede er givet, beholder deres version.";
        return Redirect(Routes.Admin.Scale(scaleId));
    }

    private async Task<IActionResult> ShowConflictAsync(Guid scaleId, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        if (await LoadAsync(scaleId) is { } gone)
        {
            return gone;
        }

        Conflict = true;
        // Saving again is now a deliberate choice to make this form the next version.
        Input.Version = Scale.Version;
        ModelState.Remove("Input.Version");
        Input.Padded();
        ModelState.AddModelError(string.Empty,
            $"En anden har gemt en ny version af skalaen (version {Scale.CurrentVersion}), mens du redigerede. Intet er overskrevet. " +
            "Den gemte version står herunder, og din formular er bevaret. Ret formularen og gem igen.");
        logger.LogInformation("User {UserId} met a concurrency conflict on scale {ScaleId}", me.Id, scaleId);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid scaleId)
    {
        var ct = HttpContext.RequestAborted;
        var scale = await db.IndicatorScales.Include(s => s.Versions).FirstOrDefaultAsync(s => s.Id == scaleId, ct);
        if (scale is null)
        {
            return NotFound();
        }

        if (!TemplateAccess.MayAdminister(me, scale.OfferId))
        {
            return Forbid();
        }

        Scale = scale;
        History = [.. scale.Versions.OrderByDescending(v => v.Number)];
        OfferName = await db.Offers.Where(o => o.Id == scale.OfferId).Select(o => o.Name).FirstAsync(ct);
        return null;
    }
}
