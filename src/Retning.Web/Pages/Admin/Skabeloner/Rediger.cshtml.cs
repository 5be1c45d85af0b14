using System.Globalization;
using Retning.Domain.Plans;

namespace Retning.Web.Pages.Admin.Skabeloner;

/// <summary>
/// One template: the current version's sub-headings and help texts per theme, and the version
/// history. Saving makes a new version (number + 1); older versions stay untouched, so a plan keeps
/// the wording it was written on. Guarded by the template's concurrency version. An administrator,
/// or the Tilbudsleder of the template's offer; 403 for others. No citizen data.
/// </summary>
[Authorize]
public sealed partial class RedigerModel(AppDbContext db, CurrentUser me, AuditLog audit, TimeProvider clock, ILogger<RedigerModel> logger) : PageModel
{
    [BindProperty]
    public TemplateInput Input { get; set; } = new();

    public PlanTemplate Template { get; private set; } = default!;
    public TemplateVersion Current { get; private set; } = default!;
    public string OfferName { get; private set; } = string.Empty;

    /// <summary>The versions, newest first.</summary>
    public IReadOnlyList<TemplateVersion> History { get; private set; } = [];

    /// <summary>The stored newest wording per theme key when a save met a conflict.</summary>
    public IReadOnlyDictionary<string, TemplateTheme>? Stored { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }

        Input = TemplateInput.From(Template, Current);
        return Page();
    }

    [Idempotent]
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        var stored = Current.Themes.OrderBy(t => t.Order).ToList();
        // Keys, names and order are the stored version's; a form for another theme list is not ours.
        if (!Input.Themes.Select(t => t.Key).SequenceEqual(stored.Select(t => t.Key)))
        {
            return BadRequest();
        }

        Validate(stored);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (Input.Version != Template.Version)
        {
            return await ShowConflictAsync(id, ct);
        }

        var themes = stored.Select((t, i) => Input.Themes[i].ApplyTo(t)).ToList();
        if (themes.Zip(stored).All(pair => ThemeInput.SameWording(pair.First, pair.Second)))
        {
            TempData["Success"] = "Der var ingen ændringer, så der er ikke lavet en ny version.";
            return Redirect(Routes.Admin.Template(id));
        }

        var version = new TemplateVersion
        {
            TemplateId = Template.Id,
            Number = Current.Number + 1,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            CreatedBy = me.FullName,
            Themes = themes,
        };
        db.TemplateVersions.Add(version);
        // The template's version guards the save: the update must match the version the form was opened on.
        var token = db.Entry(Template).Property(t => t.Version);
        token.OriginalValue = Input.Version;
        token.IsModified = true;
        var changed = themes.Zip(stored).Where(pair => !ThemeInput.SameWording(pair.First, pair.Second)).Select(pair => pair.Second.Name);
        audit.Add(AuditAction.Update, null, AdminAudit.TemplateSubject, new AuditDetailBuilder().Key("tilbud", Template.OfferId)
            .Fact("skabelon", Template.Name).Change("version", Current.Number.ToString(CultureInfo.InvariantCulture), version.Number.ToString(CultureInfo.InvariantCulture))
            .Fact("ændrede temaer", string.Join(", ", changed)).ToString());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A concurrent save: the version check failed, or the same version number was just taken.
            audit.DiscardUncommitted();
            return await ShowConflictAsync(id, ct);
        }

        logger.LogInformation("User {UserId} saved version {Number} of template {TemplateId}", me.Id, version.Number, Template.Id);
        TempData["Success"] = $"Version {version.Number} af skabelonen er gemt. Nye planer bruger den; eksisterende planer beholder den version, de er skrevet på.";
        return Redirect(Routes.Admin.Template(id));
    }

    private void Validate(List<TemplateTheme> stored)
    {
        for (var i = 0; i < stored.Count; i++)
        {
            var name = stored[i].Name;
            foreach (var (field, label, isHeading, value) in Input.Themes[i].Fields())
            {
                var key = $"Input.Themes[{i}].{field}";
                var text = ThemeInput.Clean(value);
                if (isHeading && text is null)
                {
                    ModelState.AddModelError(key, $"{name}: skriv en {label.ToLowerInvariant()}.");
                }
            }
        }
    }

    private async Task<IActionResult> ShowConflictAsync(Guid id, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        if (await LoadAsync(id) is { } gone)
        {
            return gone;
        }

        Stored = Current.Themes.ToDictionary(t => t.Key);
        // Saving again is now a deliberate choice to make this form the next version.
        Input.Version = Template.Version;
        ModelState.Remove("Input.Version");
        ModelState.AddModelError(string.Empty,
            $"En anden har gemt en ny version af skabelonen (version {Current.Number}), mens du redigerede. Intet er overskrevet. " +
            "Felter, hvor den gemte version er anderledes end din formular, viser den gemte tekst. Ret formularen og gem igen.");
        logger.LogInformation("User {UserId} met a concurrency conflict on template {TemplateId}", me.Id, id);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        var template = await db.PlanTemplates.Include(t => t.Versions).FirstOrDefaultAsync(t => t.Id == id, ct);
        if (template is null || template.Versions.Count == 0)
        {
            return NotFound();
        }

        if (!TemplateAccess.MayAdminister(me, template.OfferId))
        {
            return Forbid();
        }

        Template = template;
        Current = template.Current;
        History = [.. template.Versions.OrderByDescending(v => v.Number)];
        OfferName = await db.Offers.Where(o => o.Id == template.OfferId).Select(o => o.Name).FirstAsync(ct);
        await LoadGuidelinesAsync(ct);
        return null;
    }

    /// <summary>The stored name of the theme at a position of the form.</summary>
    public string ThemeName(int index) =>
        Current.Themes.FirstOrDefault(t => t.Key == Input.Themes[index].Key)?.Name ?? Input.Themes[index].Key ?? string.Empty;

    /// <summary>The hint under a field during a conflict: the stored text when it differs from the form.</summary>
    public string? StoredHint(int index, string field)
    {
        if (Stored is null || index >= Input.Themes.Count || Input.Themes[index].Key is not { } key || !Stored.TryGetValue(key, out var theme))
        {
            return null;
        }

        var storedText = field switch
        {
            nameof(ThemeInput.HelpText) => theme.HelpText,
            nameof(ThemeInput.ResourcesLabel) => theme.ResourcesLabel,
            nameof(ThemeInput.ResourcesHelp) => theme.ResourcesHelp,
            nameof(ThemeInput.ChallengesLabel) => theme.ChallengesLabel,
            nameof(ThemeInput.ChallengesHelp) => theme.ChallengesHelp,
            nameof(ThemeInput.SupportNeedLabel) => theme.SupportNeedLabel,
            nameof(ThemeInput.SupportNeedHelp) => theme.SupportNeedHelp,
            _ => null,
        };
        var mine = Input.Themes[index].Fields().First(f => f.Field == field).Value;
        return ThemeInput.Clean(mine) == ThemeInput.Clean(storedText)
            ? null
            : $"Gemt i version {Current.Number}: {(string.IsNullOrWhiteSpace(storedText) ? "(tom)" : storedText)}";
    }
}
